"""Run in a fresh process by the benchmark: start a window, report when it first painted.

Usage: python -m tests.bench.child qari|bare|widgets LIBRARY
Prints "PAINTED <rss_kb>" at the first paint of the main window, then exits.
"""

from __future__ import annotations

import os
import sys


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def widgets_window() -> object:
    """The widgets of Qari's window, filled with Arabic titles, with none of Qari's code: what
    any PySide6 program showing such a window pays beyond an empty one."""
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtGui import (
        QAction,
        QFont,
        QFontDatabase,
        QKeySequence,
        QStandardItem,
        QStandardItemModel,
    )
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QDockWidget,
        QLineEdit,
        QListView,
        QMainWindow,
        QPlainTextEdit,
        QPushButton,
        QSplitter,
        QTableView,
        QTextBrowser,
        QVBoxLayout,
        QWidget,
    )

    fonts = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    for name in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular",
                 "NotoSansArabic-Bold", "DejaVuSans"):
        QFontDatabase.addApplicationFont(str(fonts / f"{name}.ttf"))
    font = QFont()
    font.setFamilies(["Noto Sans", "Noto Sans Arabic", "DejaVu Sans"])
    QApplication.setFont(font)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = QMainWindow()
    for menu_name in ("ملف", "تحرير", "الملاحظات", "عرض", "مساعدة"):
        menu = window.menuBar().addMenu(menu_name)
        for n in range(9):
            action = QAction(f"أمر رقم {n}", window)
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{n}"))
            menu.addAction(action)
    toolbar = window.addToolBar("main")
    for name in ("استيراد ملفات", "نص أكبر", "نص أصغر"):
        toolbar.addAction(name)
    model = QStandardItemModel(0, 7, window)
    model.setHorizontalHeaderLabels(["العنوان", "الموقع", "تاريخ النشر", "أضيف", "★", "✎", "مقروء"])
    for n in range(256):
        model.appendRow([QStandardItem(f"عنوان مقال طويل عن المدينة والمكتبة رقم {n}"),
                         QStandardItem(""), QStandardItem(""), QStandardItem("٢٠٢٦/١١/٢٧"),
                         QStandardItem(""), QStandardItem(""), QStandardItem("")])
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.addWidget(QLineEdit())
    for name in ("مُعلَّم", "بملاحظات", "غير مقروءة"):
        layout.addWidget(QPushButton(name))
    layout.addWidget(QComboBox())
    table = QTableView()
    table.setModel(model)
    layout.addWidget(table)
    splitter = QSplitter()
    splitter.addWidget(panel)
    splitter.addWidget(QTextBrowser())
    window.setCentralWidget(splitter)
    for name in ("الملاحظات", "العلامات"):
        dock_body = QWidget()
        dock_layout = QVBoxLayout(dock_body)
        dock_layout.addWidget(QListView())
        dock_layout.addWidget(QPlainTextEdit())
        dock = QDockWidget(name, window)
        dock.setWidget(dock_body)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.statusBar().showMessage("")
    return window


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode, library = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                # Let the paint finish, then report.
                QTimer.singleShot(0, report)
                watched.removeEventFilter(self)
            return False

    def report() -> None:
        sys.stdout.write(f"PAINTED {rss_kb()}\n")
        sys.stdout.flush()
        if os.environ.get("QARI_BENCH_HOLD"):
            return
        os._exit(0)

    if mode == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
    elif mode == "widgets":
        app = QApplication(sys.argv[:1])
        window = widgets_window()
    else:
        from pathlib import Path

        from reader.library.articles import Library
        from reader.ui.app.settings import Settings
        from reader.ui.launch import create_window, make_app

        app = make_app(sys.argv[:1])
        window = create_window(Library(Path(library)), Settings(), "ar")
    window.resize(1200, 800)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()

"""Run in a fresh process by the benchmark: start a window, report when it first painted.

Usage: python -m tests.bench.child qari|bare|widgets LIBRARY
Prints "PAINTED <rss_kb> <cpu_ms>" at the first paint of the main window, then exits.
``qari`` is the ``qari`` command itself; ``widgets`` is the widgets of its window built with
none of its code; ``bare`` an empty window.
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


def report() -> None:
    times = os.times()  # CPU time too: steadier than the wall clock on a busy machine
    sys.stdout.write(f"PAINTED {rss_kb()} {(times.user + times.system) * 1000:.0f}\n")
    sys.stdout.flush()
    if os.environ.get("QARI_BENCH_HOLD"):
        return
    os._exit(0)


def first_paint_filter() -> object:
    """An event filter that reports once the first paint of its window has finished."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                # Let the paint finish, then report.
                QTimer.singleShot(0, report)
                watched.removeEventFilter(self)
            return False

    return FirstPaint()


def run_qari(library: str) -> None:
    """``qari --library LIBRARY`` as a user starts it, from the same entry point (its
    command line, log, settings, single-window check, session and window), reporting when its
    window's first paint has finished. The watcher goes on the window right after the
    window's own after-first-paint watcher: Qt asks the newest filter first, so the report
    comes before the work the window leaves until after its first frame."""
    from reader.cli.main import main as qari_main  # first, as the qari command imports it
    from reader.ui import launch

    after_first_paint = launch.AfterFirstPaint

    kept: list[object] = []

    def watched(widget: object, callbacks: list) -> object:
        made = after_first_paint(widget, callbacks)
        kept.append(first_paint_filter())
        widget.installEventFilter(kept[-1])  # type: ignore[attr-defined]
        return made

    launch.AfterFirstPaint = watched  # type: ignore[assignment,misc]
    sys.exit(qari_main(["--library", library, "--lang", "ar"]))


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode, library = sys.argv[1], sys.argv[2]
    if mode == "qari":
        run_qari(library)
        return
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow() if mode == "bare" else widgets_window()
    window.resize(1200, 800)
    watcher = first_paint_filter()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()

"""Run in a fresh process by the benchmark: start a window, report when it first painted.

Usage: python -m tests.bench.child qari|bare LIBRARY
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
    else:
        from pathlib import Path

        from reader.library.articles import Library
        from reader.ui.app import create_window, make_app
        from reader.ui.settings import Settings

        app = make_app(sys.argv[:1])
        window = create_window(Library(Path(library)), Settings(), "ar")
    window.resize(1200, 800)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()

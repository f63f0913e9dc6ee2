"""Start-up: the application, fonts, translations, the library, the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader import __version__, paths
from reader.library.articles import Library
from reader.logs import logger
from reader.ui.app import i18n
from reader.ui.app.first_paint import AfterFirstPaint
from reader.ui.app.session import Session
from reader.ui.app.settings import Settings
from reader.ui.app.tasks import TaskContext
from reader.ui.widgets import fonts
from reader.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer



def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Qari")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Qari")
    app.setDesktopFileName("io.github.qari.Qari")  # reader.desktop.APP_ID
    fonts.register_ui_fonts()
    app.setFont(fonts.ui_font(app.font().pointSizeF() or 10.0))
    return app


def set_window_icon(app: QApplication) -> None:
    """Qari's icon for its windows, set once the first frame is up: the SVG reader is a Qt
    plug-in of its own, 2 ms that the first frame need not wait for."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "qari.svg")))


def release_clipboard() -> None:
    """Drop our clipboard data before Qt tears down, on the platforms without a system
    clipboard (offscreen, minimal): their built-in clipboard crashes at exit when it still owns
    data set from Python. Real desktops keep the copied title for clipboard managers."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        QGuiApplication.clipboard().clear()


def start_daily_backup(session: Session) -> None:
    """At most one automatic backup a day, made as a task of the session (on its own
    connection); the program waits for it, or cancels it, at exit."""
    from reader.library.backup import daily_backup_due, make_backup, prune

    library = session.library.path
    if not daily_backup_due(library):
        return

    def work(context: TaskContext) -> None:
        make_backup(context.library.conn, library, "daily")
        prune(library)

    def missed(exc: BaseException) -> None:
        logger(__name__).warning("daily backup not made (retried at the next start): %s", exc)

    session.runner.run(work, failure=missed, name="backup")


def server_name(library: Path) -> str:
    """The socket's full path, in a folder only this user can enter: another local user can
    neither squat the name nor connect to it."""
    try:
        return str(paths.socket_path(library))
    except OSError:
        return ""


def same_user(descriptor: int) -> bool:
    """Whether the process at the other end of a local socket is this user's (Linux: the
    kernel's SO_PEERCRED; elsewhere the private folder is the only guard)."""
    import socket as sockets
    import struct

    if not hasattr(sockets, "SO_PEERCRED") or descriptor < 0:
        return True
    peer = sockets.socket(fileno=os.dup(descriptor))
    try:
        creds = peer.getsockopt(sockets.SOL_SOCKET, sockets.SO_PEERCRED, struct.calcsize("3i"))
    finally:
        peer.close()
    _pid, uid, _gid = struct.unpack("3i", creds)
    return uid == os.getuid()


def handed_to_running_window(library: Path, files: list[Path]) -> bool:
    """If a window already has this library open, give it our files and let it show them."""
    name = server_name(library)
    if not name:
        return False
    if sys.platform != "win32":
        # A listening window has a socket file; without one there is no window to ask, and
        # no need to load Qt's network module to find that out. One that is not this user's
        # is not asked.
        try:
            if Path(name).lstat().st_uid != os.getuid():
                return False
        except OSError:
            return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(300) or not same_user(int(socket.socketDescriptor())):
        socket.abort()
        return False
    import json

    message = json.dumps([str(f.expanduser().resolve()) for f in files]).encode("utf-8")
    socket.write(message + b"\n")
    socket.flush()
    socket.waitForBytesWritten(2000)
    answered = socket.waitForReadyRead(3000)
    socket.disconnectFromServer()
    return answered


def listen_for_other_launches(library: Path, window: Callable[[], MainWindow]) -> QLocalServer:
    """Accept files from later launches of qari on the same library."""
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    name = server_name(library)
    if name and not server.listen(name):
        QLocalServer.removeServer(name)  # a stale socket left by a killed window
        server.listen(name)

    def receive() -> None:
        connection = server.nextPendingConnection()
        if connection is None:
            return
        if not same_user(int(connection.socketDescriptor())):
            connection.abort()
            return

        def read() -> None:
            if not connection.canReadLine():
                return
            import json

            try:
                files = [Path(f) for f in json.loads(bytes(connection.readLine()).decode())]
            except ValueError:
                files = []
            connection.write(b"ok\n")
            connection.flush()
            target = window()
            target.show()
            target.raise_()
            target.activateWindow()
            if files:
                target.start_import(files, open_result=True)

        connection.readyRead.connect(read)
        read()

    server.newConnection.connect(receive)
    return server


def choose_language(settings: Settings, requested: str | None) -> str:
    return requested or settings.language() or i18n.system_language()


def create_window(
    library: Library, settings: Settings, lang: str, session: Session | None = None
) -> MainWindow:
    app = make_app()
    i18n.install(app, lang)
    session = session or Session(library, settings)
    window = MainWindow(session)
    session.window = window
    return window


def show_window(session: Session, language: str) -> MainWindow:
    """A new window on the session, replacing the one it had (a change of language). The
    session's tasks, undo history and open article carry on into the new window."""
    old = session.window
    if isinstance(old, MainWindow):
        old.save_state()
    window = create_window(
        session.library, session.settings, language or i18n.system_language(), session
    )
    window.language_change_requested.connect(lambda lang: show_window(session, lang))
    window.restore_state()
    window.show()
    if old is not None:
        old.hide()
        old.deleteLater()
    return window


def first_launch(window: MainWindow) -> None:
    path = window.library.path
    if window.library.count() == 0 and not window.settings.welcomed(path):
        window.settings.set_welcomed(path)
        window.help.open_welcome()


def run(files: list[Path] | None = None, lang: str | None = None) -> int:
    from reader import logs

    log_path = logs.setup()
    logs.keep_crash_traces(log_path)
    app = make_app()
    from reader.ui.app.evidence import SignalEnd, route_qt_messages

    route_qt_messages()
    settings = Settings()
    lang = choose_language(settings, lang)
    i18n.install(app, lang)
    library_path = paths.library_path()
    if handed_to_running_window(library_path, files or []):
        return 0
    from reader.ui.app.recovery import open_library

    library = open_library(library_path)
    if library is None:
        return 2
    session = Session(library, settings, log_path)
    session.errors.install()

    window = show_window(session, lang)
    servers: list[QLocalServer] = []

    def current() -> MainWindow:
        assert isinstance(session.window, MainWindow)
        return session.window

    def after_first_frame() -> None:
        # None is needed to show the window: each starts once it is on screen.
        set_window_icon(app)
        servers.append(listen_for_other_launches(library_path, current))
        start_daily_backup(session)
        session.subscriptions.start()
        session.sync.start()
        session.words.start()

    AfterFirstPaint(window, [after_first_frame])
    if files:
        window.start_import([f.expanduser() for f in files], open_result=True)
    else:
        first_launch(window)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    # SIGINT and SIGTERM close the window as a person would: its state saved, the import
    # cancelled and waited for below; the library keeps only whole transactions.
    ending = SignalEnd(lambda _name: current().close())
    code = app.exec()
    ending.restore()
    for server in servers:
        server.close()
    session.shutdown()
    session.errors.uninstall()
    release_clipboard()
    return code

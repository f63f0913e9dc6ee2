"""Articles that arrive without a file: pasted (HTML with its address, or saved-page text),
dropped, or fetched from a link the reader gives (a loopback server)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.fixtures_text import SAVED_PAGE
from tests.ui.conftest import make_window, settle

COPIED_HTML = (
    "<h1>رسالة من المكتبة</h1>"
    "<p>تفتح المكتبة العامة قاعاتها للقراء حتى منتصف الليل طوال شهر الربيع، ويجلس الطلاب "
    "إلى الطاولات الطويلة تحت الضوء الهادئ يقرؤون الكتب والمجلات والصحف القديمة.</p>"
    "<p>وقال مدير المكتبة إن القاعة الكبرى خصصت للطلاب، وإن المكتبة ستنظم أمسيات للقراءة "
    "الجماعية كل خميس يشارك فيها كتاب من المدينة ومن خارجها.</p>"
)


class _Page(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        body = f"<html><body><article>{COPIED_HTML}</article></body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _opened(qtbot, window) -> int:
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.current_id is not None)
    return window.current_id


def test_paste_as_article_takes_the_page_and_its_address(qtbot, qari_app, library):
    window = make_window(qtbot, library)
    mime = QMimeData()
    mime.setHtml(COPIED_HTML)
    mime.setText("رسالة من المكتبة")
    mime.setData("text/x-moz-url", "https://news.example/letter\nرسالة".encode("utf-16"))
    QGuiApplication.clipboard().setMimeData(mime)
    window.action("paste_article").trigger()
    article = library.get(_opened(qtbot, window))
    assert article.title == "رسالة من المكتبة"
    assert article.source == "https://news.example/letter"
    assert "منتصف الليل" in article.plain_text
    window.close()


def test_ctrl_v_in_the_list_pastes_saved_page_text(qtbot, qari_app, library):
    window = make_window(qtbot, library)
    QGuiApplication.clipboard().setText(SAVED_PAGE)
    window.panel.table.setFocus()
    QTest.keyClick(window.panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    article = library.get(_opened(qtbot, window))
    assert article.format == "saved-text"
    assert article.title == "مكتبة المدينة تفتح أبوابها ليلاً للقراء"
    window.close()


def test_a_link_pasted_or_dropped_is_fetched(qtbot, qari_app, library, server):
    window = make_window(qtbot, library)
    QGuiApplication.clipboard().setText(f"{server}/letter")
    window.action("paste_article").trigger()
    article = library.get(_opened(qtbot, window))
    assert article.source == f"{server}/letter" and article.title == "رسالة من المكتبة"
    mime = QMimeData()
    mime.setUrls([QUrl(f"{server}/other")])
    assert window.arrivals.drop(mime)
    settle(qtbot, window)
    # The server gives the same page at every address: a duplicate, not a second article.
    [outcome] = window.session.imports.last.outcomes
    assert (outcome.status, library.count()) == ("duplicate", 1)
    window.arrivals.add_from_link("ftp://example.org/file")
    settle(qtbot, window)
    [outcome] = window.session.imports.last.outcomes
    assert outcome.status == "failed" and "only http and https" in outcome.error
    assert window.import_status.progress.isHidden()
    window.close()


def test_dropped_text_becomes_an_article_and_an_empty_paste_says_so(qtbot, qari_app, library):
    window = make_window(qtbot, library)
    mime = QMimeData()
    mime.setText("عنوان النص المسقط\n\nفقرة أولى عن القراءة في المساء.\n\nفقرة ثانية.")
    assert window.arrivals.drop(mime)
    article = library.get(_opened(qtbot, window))
    assert article.title == "عنوان النص المسقط"
    QGuiApplication.clipboard().setMimeData(QMimeData())
    window.action("paste_article").trigger()
    assert "no text" in window.statusBar().currentMessage()
    window.close()


def test_a_link_only_article_is_fetched_on_request(qtbot, qari_app, library, server, tmp_path):
    """An entry of a read-it-later export with only its link: the reader fetches it when
    they choose, and the article (its tags kept) gets the page's text."""
    from reader.library.importer import import_paths

    export = tmp_path / "part_000000.csv"
    export.write_text(
        f"title,url,time_added,tags,status\nرسالة,{server}/letter,1700000000,مكتبات,unread\n",
        "utf-8",
    )
    [outcome] = import_paths(library, [export])
    window = make_window(qtbot, library)
    window.open_article(outcome.id)
    assert window.action("fetch_article").isEnabled()
    window.action("fetch_article").trigger()
    settle(qtbot, window)
    article = library.get(outcome.id)
    assert article.format == "html" and "منتصف الليل" in article.plain_text
    assert library.tags.of(outcome.id) == ["مكتبات"]
    assert "منتصف الليل" in window.reader.pane.document().toPlainText()
    assert not window.action("fetch_article").isEnabled()
    window.close()

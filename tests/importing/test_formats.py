from datetime import datetime
from pathlib import Path

import pytest

from reader.importing.model import ImportFailed
from reader.importing.pipeline import parse_bytes, parse_file, sniff
from tests.fixtures_text import (
    HTML_PAGE,
    MARKDOWN,
    PLAIN,
    PNG_1PX,
    SAVED_PAGE,
    SAVED_PAGE_ENGLISH_CHROME,
    TAGGED,
)

CHROME_WORDS = ("profile", "clock", "eye", "Slide", "تم نسخ", "التعليقات", "Comments")


def test_saved_page_fields_and_chrome_removed():
    article = parse_bytes(SAVED_PAGE.encode(), "page.txt")
    assert article.format == "saved-text"
    assert article.title == "مكتبة المدينة تفتح أبوابها ليلاً للقراء"
    assert article.published == datetime(2024, 3, 3, 20, 5, 12)
    assert article.views == 12480
    assert article.comments == 7
    assert article.paragraphs == [
        "قررت مكتبة المدينة العامة أن تفتح قاعاتها حتى منتصف الليل طوال شهر الربيع.",
        "وقال مدير المكتبة إن القرار جاء بعد استطلاع شارك فيه 1200 قارئ. "
        "وأضاف أن القاعة الكبرى ستخصص للطلاب.",
        "Wi-Fi مجاني متاح في كل الطوابق، بحسب بيان المكتبة.",
    ]
    for paragraph in article.paragraphs:
        assert not any(word in paragraph for word in CHROME_WORDS)


def test_saved_page_with_english_chrome():
    article = parse_bytes(SAVED_PAGE_ENGLISH_CHROME.encode(), "page.txt")
    assert article.format == "saved-text"
    assert article.published == datetime(2024, 3, 3, 20, 5)
    assert article.views == 1204
    assert article.comments == 12
    assert len(article.paragraphs) == 2
    assert article.direction == "ltr"


def test_arabic_paragraph_opening_with_latin_is_rtl():
    article = parse_bytes(SAVED_PAGE.encode(), "page.txt")
    last = article.blocks[-1]
    assert last.text.startswith("Wi-Fi")
    assert last.direction == "rtl"
    assert article.direction == "rtl"
    assert article.language == "ar"


def test_plain_text_title_and_blank_line_paragraphs():
    article = parse_bytes(PLAIN.encode(), "note.txt")
    assert article.format == "text"
    assert article.title == "رسالة قصيرة عن القراءة"
    assert article.paragraphs == [
        "القراءة في المساء عادة قديمة. تستمر السطور في الفقرة نفسها.",
        "الفقرة الثانية تبدأ هنا.",
    ]


def test_plain_text_without_blank_lines_has_a_paragraph_per_line():
    article = parse_bytes("عنوان\nسطر أول\nسطر ثان\n".encode(), "x.txt")
    assert article.paragraphs == ["سطر أول", "سطر ثان"]


def test_tagged_text_fields():
    article = parse_bytes(TAGGED.encode(), "doc.txt")
    assert article.format == "tagged-text"
    assert article.title == 'افتتاح معرض الكتاب "الدولي" في العاصمة'
    assert article.author == "سلمى ناصر"
    assert article.site == "ExampleNews"
    assert article.source == "https://news.example/ar/article/1"
    assert article.published is not None and article.published.year == 2024
    assert article.paragraphs == [
        "افتتح صباح اليوم معرض الكتاب بمشاركة 300 دار نشر.",
        "ويستمر المعرض عشرة أيام.",
    ]


def test_markdown_blocks():
    article = parse_bytes(MARKDOWN.encode(), "guide.md")
    assert article.format == "markdown"
    assert article.title == "دليل القارئ"
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert kinds[0] == ("paragraph", "مقدمة قصيرة عن التطبيق.")
    assert ("heading", "الميزات") in kinds
    assert ("list_item", "الملاحظات") in kinds
    assert ("quote", "القراءة غذاء العقل.") in kinds
    assert ("preformatted", 'print("مرحبا")') in kinds
    nested = next(b for b in article.blocks if b.text == "المتداخلة")
    assert nested.level == 2
    assert next(b for b in article.blocks if b.text == "أولاً").ordered


def test_markdown_sniffed_without_extension():
    assert sniff(MARKDOWN, "guide.txt")[0] == "markdown"


def test_html_page_main_content_metadata_and_local_image(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "garden.png").write_bytes(PNG_1PX)
    article, original = parse_file(page)
    assert original == HTML_PAGE.encode()
    assert article.format == "html"
    assert article.title == "حديقة السطح الخضراء"
    assert article.author == "كريم الحداد"
    assert article.site == "موقع المثال"
    assert article.published is not None and article.published.date().isoformat() == "2024-05-02"
    assert article.language == "ar" and article.direction == "rtl"
    text = article.plain_text
    assert "زرع سكان العمارة حديقة صغيرة" in text
    assert "كيف بدأت الفكرة" in text
    assert "الحديقة علمتنا الصبر والتعاون." in text
    for chrome in ("الرئيسية", "اشترِ الآن", "جميع الحقوق محفوظة"):
        assert chrome not in text
    images = [b for b in article.blocks if b.kind == "image"]
    assert len(images) == 1 and images[0].text == "صورة الحديقة فوق السطح"
    assert article.images[images[0].image] == (PNG_1PX, "image/png")
    kinds = {b.kind for b in article.blocks}
    assert {"heading", "quote", "list_item", "paragraph"} <= kinds


def test_html_image_outside_the_page_folder_is_not_read(tmp_path: Path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG_1PX)
    folder = tmp_path / "saved"
    folder.mkdir()
    page = folder / "page.html"
    page.write_text(HTML_PAGE.replace("page_files/garden.png", "../secret.png"), "utf-8")
    article, _ = parse_file(page)
    assert article.images == {}


def test_xhtml_with_xml_declaration(tmp_path: Path):
    xhtml = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        + HTML_PAGE.replace("<!DOCTYPE html>", "").replace(
            '<html lang="ar" dir="rtl">',
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" dir="rtl">',
        )
    )
    article = parse_bytes(xhtml.encode(), "page.xhtml")
    assert article.title == "حديقة السطح الخضراء"
    assert article.direction == "rtl"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8"),
        ("utf-16", "utf-16"),
        ("cp1256", "windows-1256"),
        ("iso-8859-6", "iso-8859-6"),
    ],
)
def test_encodings_detected(encoding, expected):
    article = parse_bytes(PLAIN.encode(encoding), "note.txt")
    assert article.encoding == expected
    assert article.title == PLAIN.splitlines()[0]
    assert article.paragraphs[-1] == "الفقرة الثانية تبدأ هنا."


def test_windows_1256_specific_letters():
    # پ and گ exist in windows-1256 but not in ISO-8859-6.
    text = "عنوان المقالة\n\nكلمة گل و پل في فقرة عربية طويلة بما يكفي للكشف."
    article = parse_bytes(text.encode("cp1256"), "x.txt")
    assert article.encoding == "windows-1256"
    assert article.paragraphs == [text.splitlines()[2]]


def test_presentation_forms_in_source_are_folded():
    import arabic_reshaper

    shaped = arabic_reshaper.reshape("عنوان المقال\n\nنص الفقرة الأولى")
    article = parse_bytes(shaped.encode(), "x.txt")
    assert article.title == "عنوان المقال"
    assert article.paragraphs == ["نص الفقرة الأولى"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t\n  ", "empty file (only white space)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file, not text"),
        (b"\xff\xfe" + "نص".encode("utf-16-le")[:-1], "invalid utf-16 text"),
    ],
)
def test_bad_input_gets_a_one_line_reason(data, reason):
    with pytest.raises(ImportFailed) as info:
        parse_bytes(data, "bad.txt")
    assert str(info.value).startswith(reason)
    assert "\n" not in str(info.value)


def test_damaged_utf8_is_refused_not_garbled():
    data = ("عنوان\n\n" + "فقرة عربية " * 50).encode() + b"\xd8"
    with pytest.raises(ImportFailed, match="invalid UTF-8"):
        parse_bytes(data, "x.txt")


def test_html_takes_images_only_from_its_own_files_folder(tmp_path: Path):
    """Private pictures beside a page (Pictures/, hidden caches, another page's folder, a
    remote address whose name matches a saved file) are never pulled in; a picture is told
    by its bytes, and an SVG is refused."""
    home = tmp_path / "home"
    (home / "Pictures").mkdir(parents=True)
    (home / "Pictures" / "passport.png").write_bytes(PNG_1PX)
    (home / ".cache" / "thumbnails").mkdir(parents=True)
    (home / ".cache" / "thumbnails" / "abc.png").write_bytes(PNG_1PX)
    (home / "other_files").mkdir()
    (home / "other_files" / "photo.png").write_bytes(PNG_1PX)
    own = home / "article_files"
    own.mkdir()
    (own / "fake.png").write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    (own / "drawing.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
        "<image xlink:href='/etc/hostname'/></svg>"
    )
    (own / "real.png").write_bytes(PNG_1PX)
    sources = [
        "Pictures/passport.png", ".cache/thumbnails/abc.png", "https://example.org/photo.png",
        "other_files/photo.png", str(home / "Pictures" / "passport.png"),
        "article_files/fake.png", "article_files/drawing.svg", "article_files/real.png",
    ]
    figures = "".join(f'<p><img src="{s}" alt="picture {n}"></p>' for n, s in enumerate(sources))
    page = home / "article.html"
    page.write_text(HTML_PAGE.replace("</article>", figures + "</article>"), "utf-8")
    article, _ = parse_file(page)
    assert list(article.images.values()) == [(PNG_1PX, "image/png")]


def test_a_stored_svg_is_never_decoded(qapp):
    from reader.ui.reading.reading_view import ReadingView

    view = ReadingView()
    view.article = type("A", (), {"id": 1})()
    view.image_loader = lambda _id, _name: (b"<svg xmlns='http://www.w3.org/2000/svg'/>",
                                            "image/svg+xml")
    assert view._load_image("img1.svg") is None
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    picture = QImage(3, 2, QImage.Format.Format_RGB32)
    picture.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    view.image_loader = lambda _id, _name: (bytes(data), "image/png")
    image = view._load_image("img1.png")
    assert image is not None and image.width() == 3


def _wrap(text: str, width: int = 70) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width)


HARD_PARAGRAPHS = [
    "افتتحت المدينة في الربيع مكتبة جديدة في الحي القديم، تضم آلاف الكتب والمجلات العربية "
    "والأجنبية، وتفتح أبوابها للقراء من الصباح الباكر حتى منتصف الليل طوال أيام الأسبوع.",
    "وقال مدير المكتبة إن القاعة الكبرى خصصت للطلاب الذين يستعدون للامتحانات، وإن المكتبة "
    "ستنظم أمسيات للقراءة الجماعية كل خميس يشارك فيها كتاب من المدينة ومن خارجها.",
    "ويأمل سكان الحي أن تعيد المكتبة الحياة إلى الشارع الذي كان يوما سوقا للكتب المستعملة، "
    "قبل أن تغلق معظم محلاته في السنوات الماضية بسبب الغلاء وقلة الزوار.",
]


def test_hard_wrapped_text_is_reflowed_by_blank_lines_and_by_indentation():
    by_blank = "عن المكتبة الجديدة\n\n" + "\n\n".join(
        "\n".join(_wrap(p)) for p in HARD_PARAGRAPHS
    )
    article = parse_bytes(by_blank.encode(), "note.txt")
    assert article.title == "عن المكتبة الجديدة" and article.paragraphs == HARD_PARAGRAPHS
    by_indent = "عن المكتبة الجديدة\n" + "\n".join(
        "\n".join(["    " + lines[0], *lines[1:]])
        for lines in (_wrap(p) for p in HARD_PARAGRAPHS)
    )
    assert parse_bytes(by_indent.encode(), "note.txt").paragraphs == HARD_PARAGRAPHS


def test_a_title_is_not_taken_from_a_line_that_ends_mid_sentence():
    text = "\n\n".join("\n".join(_wrap(p)) for p in HARD_PARAGRAPHS)
    article = parse_bytes(text.encode(), "note.txt")
    assert not article.title.endswith(("المدينة في", "الحي"))
    assert article.title.startswith("افتتحت المدينة في الربيع")
    assert article.paragraphs == HARD_PARAGRAPHS


def test_a_pages_meta_charset_is_used_only_where_utf8_is_not():
    """A page in windows-1251 that says so is read in it; a UTF-8 page under a template's
    "iso-8859-1" stays UTF-8; a page claiming UTF-16 in its own <meta> is not believed."""
    from reader.importing.decoding import decode

    russian = ('<html><head><meta charset="windows-1251"><title>Библиотека</title></head>'
               "<body><p>Новая библиотека открылась в старом квартале.</p></body></html>")
    text, encoding = decode(russian.encode("cp1251"))
    assert "Новая библиотека" in text and encoding == "windows-1251"
    arabic = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
              'charset=iso-8859-1"></head><body><p>مكتبة جديدة في الحي القديم</p></body></html>')
    assert "مكتبة جديدة" in decode(arabic.encode("utf-8"))[0]
    ascii_page = '<html><head><meta charset="utf-16"></head><body><p>plain words</p></body></html>'
    assert "plain words" in decode(ascii_page.encode("ascii"))[0]

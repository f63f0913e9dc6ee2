"""Saved pages read faithfully, on pages the tests write: loose text, dates with their time
(and none made up from a year), the headline over the site's name, news furniture left out,
the language the text is in."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from reader.importing.pipeline import parse_bytes

PARAGRAPHS = [
    "افتتحت المدينة مكتبة جديدة في الحي القديم تضم آلاف الكتب والمجلات العربية والأجنبية.",
    "وقال مدير المكتبة إن القاعة الكبرى خصصت للطلاب وإن الأمسيات ستقام كل خميس.",
    "ويأمل سكان الحي أن تعيد المكتبة الحياة إلى الشارع الذي كان سوقا للكتب المستعملة.",
]


def _page(head: str = "", body: str = "", lang: str = "ar") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body><article><h1>مكتبة جديدة في الحي القديم</h1>{body}{paragraphs}</article>"
        "<footer>© 2016 جميع الحقوق محفوظة</footer></body></html>"
    ).encode()


def test_text_loose_in_body_in_a_legacy_charset_is_kept():
    page = (
        "<html><head><title>صفحة قديمة عن المكتبات</title></head><body>"
        + "<br>".join(PARAGRAPHS) + "</body></html>"
    ).encode("windows-1256")
    article = parse_bytes(page, "old.html")
    assert article.encoding == "windows-1256"
    assert article.paragraphs == PARAGRAPHS
    iso = ("<html><body>" + "<br>\n".join(PARAGRAPHS) + "</body></html>").encode("iso-8859-6")
    assert parse_bytes(iso, "iso.html").paragraphs == PARAGRAPHS


def test_the_publication_date_keeps_its_time_and_zone():
    head = '<meta property="article:published_time" content="2013-08-03T14:25:00+03:00">'
    article = parse_bytes(_page(head), "a.html")
    assert article.published == datetime(2013, 8, 3, 14, 25, tzinfo=timezone(timedelta(hours=3)))


def test_a_year_alone_is_no_publication_date():
    article = parse_bytes(_page(), "a.html")  # only the footer's "© 2016"
    assert article.published is None


def test_the_day_is_the_one_the_site_printed_in_its_own_zone():
    """Meta tags in UTC, JSON-LD in the site's zone: 01:59 on the 25th in Beirut, never the
    24th that the UTC form shows."""
    head = (
        '<meta property="article:published_time" content="2021-03-24T23:59:50+00:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2021-03-25T01:59:50+02:00"}</script>'
    )
    published = parse_bytes(_page(head), "page.html").published
    assert published.isoformat() == "2021-03-25T01:59:50+02:00"


def test_a_date_printed_in_the_byline_is_found():
    """No tag, no <time>, no "date" in the class: the byline's words still give the day."""
    body = '<div class="article_created">نُشر يوم الخميس 11 آذار / مارس 2021 08:15 مساءً</div>'
    published = parse_bytes(_page(body=body), "page.html").published
    assert published == datetime(2021, 3, 11, 20, 15)


def test_a_date_only_the_text_gives_is_found_by_the_extensive_search():
    """Neither a tag nor a dateline: the date written in the page's text is searched for."""
    body = '<div class="kicker">الأخبار المحلية</div><span>2021-03-11</span>'
    published = parse_bytes(_page(body=body), "page.html").published
    assert published is not None and published.date().isoformat() == "2021-03-11"


def test_the_headline_wins_over_the_sites_name():
    head = (
        '<meta property="og:site_name" content="أخبار المدينة">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "name": "أخبار المدينة",'
        ' "headline": "مكتبة جديدة في الحي القديم", "publisher": {"name": "أخبار المدينة"}}'
        "</script>"
    )
    assert parse_bytes(_page(head), "a.html").title == "مكتبة جديدة في الحي القديم"
    head = (
        '<meta property="og:site_name" content="اليوم السابع">'
        '<meta property="og:title" content="مكتبة جديدة في الحي القديم - اليوم السابع">'
    )
    article = parse_bytes(_page(head), "a.html")
    assert article.title == "مكتبة جديدة في الحي القديم" and article.site == "اليوم السابع"


def test_news_furniture_is_left_out():
    body = "<p>نسخة للطباعة</p><p>12:58</p><p>0</p><p>اقرأ أيضاً</p>"
    article = parse_bytes(_page(body=body), "a.html")
    assert article.paragraphs == PARAGRAPHS


def test_the_language_follows_the_text():
    assert parse_bytes(_page(lang="en-US"), "a.html").language == "ar"


def test_links_are_kept_when_a_reader_may_follow_them():
    body = (
        '<p>للمزيد راجع <a href="https://library.example/hours">مواعيد المكتبة</a> أو راسل '
        '<a href="mailto:desk@library.example">مكتب الاستقبال</a> أو '
        '<a href="javascript:alert(1)">هذا الرابط</a> أو <a href="/events">قائمة الأمسيات</a> '
        "في الموقع نفسه طوال الأسبوع.</p>"
    )
    page = _page(body=body).replace(b"<head>", b'<head><link rel="canonical" '
                                    b'href="https://news.example/library">')
    article = parse_bytes(page, "a.html")
    [linked] = [b for b in article.blocks if b.links]
    assert dict(linked.links) == {
        "مواعيد المكتبة": "https://library.example/hours",
        "مكتب الاستقبال": "mailto:desk@library.example",
        "قائمة الأمسيات": "https://news.example/events",
    }


def test_text_around_a_comment_inside_a_paragraph_survives():
    """React leaves "<!-- -->" between words; the words after it are kept."""
    body = ("<p>وقال المدير<!-- --> إن المكتبة <a href='https://lib.example/'>ستفتح</a> ليلا"
            "<!-- x --> طوال الربيع.</p>")
    article = parse_bytes(_page(body=body), "page.html")
    assert "وقال المدير إن المكتبة ستفتح ليلا طوال الربيع." in article.paragraphs


PERSIAN = ("کتابخانه تازه شهر در محله قدیمی باز شد و هزاران کتاب و مجله فارسی دارد. "
           "مدیر کتابخانه گفت که سالن بزرگ برای دانشجویان است و هر پنجشنبه شب شعرخوانی دارد.")
URDU = ("شہر کی نئی لائبریری پرانے محلے میں کھل گئی ہے جس میں ہزاروں کتابیں ہیں۔ "
        "لائبریری کے منتظم نے کہا کہ بڑا ہال طلبہ کے لیے ہے اور ہر جمعرات کو مشاعرہ ہوگا۔")
HEBREW = ("הספרייה החדשה של העיר נפתחה בשכונה הישנה ויש בה אלפי ספרים. "
          "מנהל הספרייה אמר שהאולם הגדול מיועד לסטודנטים ושבכל יום חמישי יהיה ערב קריאה.")
FRENCH = ("La nouvelle bibliothèque de la ville est ouverte dans le vieux quartier. "
          "Le directeur a dit que la grande salle est pour les étudiants et les familles.")


@pytest.mark.parametrize("text, declared, expected", [
    (PERSIAN, "ar", "fa"), (PERSIAN, "", "fa"), (URDU, "ar", "ur"), (URDU, "fa", "ur"),
    (HEBREW, "", "he"), (HEBREW, "en", "he"), (FRENCH, "en", "fr"), (FRENCH, "", "fr"),
    (" ".join(PARAGRAPHS), "fa", "ar"), (" ".join(PARAGRAPHS), "en-US", "ar"),
])
def test_the_language_is_the_texts_and_the_declaration_only_a_hint(text, declared, expected):
    head_lang = declared or ""
    page = (
        f'<!DOCTYPE html><html lang="{head_lang}"><head><meta charset="utf-8"></head><body>'
        f"<article><h1>{text[:30]}</h1><p>{text}</p><p>{text}</p></article></body></html>"
    ).encode()
    assert parse_bytes(page, "page.html").language == expected

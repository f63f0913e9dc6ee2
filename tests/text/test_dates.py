from datetime import datetime, timedelta

import pytest

from reader.text.dates import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 نوفمبر 2022, 9:25:38 ص", datetime(2022, 11, 10, 9, 25, 38)),
        ("10 نوفمبر 2022, 9:25:38 م", datetime(2022, 11, 10, 21, 25, 38)),
        ("١٠ نوفمبر ٢٠٢٢، ٩:٢٥ م", datetime(2022, 11, 10, 21, 25)),
        ("۱۰ نوفمبر ۲۰۲۲", datetime(2022, 11, 10)),
        ("1 يناير 2020 12:10 ص", datetime(2020, 1, 1, 0, 10)),
        ("1 يناير 2020 12:10 م", datetime(2020, 1, 1, 12, 10)),
        ("2 مايو 2020 9:25 مساءً", datetime(2020, 5, 2, 21, 25)),
        # Egyptian / Gulf family, all twelve
        *[
            (f"5 {name} 2021", datetime(2021, month, 5))
            for month, name in enumerate(
                ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
                start=1,
            )
        ],
        # Levantine family, all twelve
        *[
            (f"5 {name} 2021", datetime(2021, month, 5))
            for month, name in enumerate(
                ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                 "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
                start=1,
            )
        ],
        # Maghrebi family, the names that differ
        ("5 جانفي 2021", datetime(2021, 1, 5)),
        ("5 فيفري 2021", datetime(2021, 2, 5)),
        ("5 أفريل 2021", datetime(2021, 4, 5)),
        ("5 ماي 2021", datetime(2021, 5, 5)),
        ("5 جوان 2021", datetime(2021, 6, 5)),
        ("5 جويلية 2021", datetime(2021, 7, 5)),
        ("5 أوت 2021", datetime(2021, 8, 5)),
        ("25 إبريل/نيسان 2022", datetime(2022, 4, 25)),
        ("25 أكتوبر/تشرين الأول 2022 10:00 ص", datetime(2022, 10, 25, 10, 0)),
        ("November 10, 2022 9:25 PM", datetime(2022, 11, 10, 21, 25)),
        ("10 Nov 2022", datetime(2022, 11, 10)),
        ("14/03/2018", datetime(2018, 3, 14)),
        ("03/14/2018", datetime(2018, 3, 14)),
    ],
)
def test_dates_as_pages_write_them(text, expected):
    assert parse_date(text) == expected


def test_rfc2822_and_iso_keep_their_zone():
    rfc = parse_date("Thu, 12 Jul 2018 01:34:05 GMT")
    assert rfc is not None and rfc.utcoffset() == timedelta(0)
    assert (rfc.year, rfc.month, rfc.day, rfc.hour) == (2018, 7, 12, 1)
    iso = parse_date("2018-03-14T21:05:43+04:00")
    assert iso is not None and iso.utcoffset() == timedelta(hours=4)


@pytest.mark.parametrize("text", ["", "   ", "no date here", "31 فبراير 2021", "99/99/2020"])
def test_no_date_gives_none(text):
    assert parse_date(text) is None


def test_pm_marker_needs_a_word_boundary():
    # "م" opening the next word (مصر) is not the PM marker.
    assert parse_date("1 يناير 2020 9:25 مصر") == datetime(2020, 1, 1, 9, 25)

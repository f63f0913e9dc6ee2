"""Dates as Arabic and English news pages write them.

Month names in all three Arabic families (Egyptian/Gulf يناير..ديسمبر, Levantine كانون الثاني..
كانون الأول, Maghrebi جانفي..ديسمبر), ص/م for AM/PM, Arabic-Indic and Persian digits, English
month names, numeric d/m/y, ISO 8601 and RFC 2822. Times without a zone stay naive: they are the
page's local time and we do not know better.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import cache

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

ARABIC_MONTHS: dict[str, int] = {
    # Egyptian / Gulf (from the Latin names), with common spelling variants
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi (Syriac names)
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    # Maghrebi (from the French names)
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
    "أوت": 8, "اوت": 8,
}

ENGLISH_MONTHS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Compiled on first use: only importing needs dates, and start-up should not pay."""
    names = sorted(set(ARABIC_MONTHS) | set(ENGLISH_MONTHS), key=len, reverse=True)
    months = "|".join(re.escape(m) for m in names)
    return {
        # "10 نوفمبر 2022" or "25 أكتوبر/تشرين الأول 2022": day, month ("X/Y" too), year.
        "day_month_year": re.compile(
            rf"(?<!\d)(\d{{1,2}})\s+(?:{months})(?:\s*/\s*(?:{months}))?\s*,?\s+(\d{{4}})",
            re.IGNORECASE,
        ),
        "month_day_year": re.compile(
            rf"(?:{months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})", re.IGNORECASE
        ),
        "numeric": re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)"),
        "iso": re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?"),
        "time": re.compile(
            r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*"
            r"(صباحاً|صباحا|مساءً|مساء|ص|م|[ap]\.?m\.?)?(?!\w)",
            re.IGNORECASE,
        ),
    }


_PM = ("م", "مساء", "مساءً", "pm", "p.m.", "p.m", "pm.")
_AM = ("ص", "صباحا", "صباحاً", "am", "a.m.", "a.m", "am.")


def to_ascii_digits(text: str) -> str:
    return text.translate(_DIGITS)


def _month_number(text: str) -> int | None:
    key = text.strip().lower()
    if key in ENGLISH_MONTHS:
        return ENGLISH_MONTHS[key]
    return ARABIC_MONTHS.get(text.strip())


def _apply_time(day: datetime, text: str) -> datetime:
    match = _patterns()["time"].search(text)
    if not match:
        return day
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    marker = (match.group(4) or "").lower()
    if marker in _PM and hour < 12:
        hour += 12
    elif marker in _AM and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return day
    return day.replace(hour=hour, minute=minute, second=second)


def _safe_date(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> datetime | None:
    """The first date (with its time, when one follows) found in ``text``, or None."""
    if not text or not text.strip():
        return None
    text = to_ascii_digits(text.strip())

    patterns = _patterns()
    iso = patterns["iso"].search(text)
    if iso:
        try:
            return datetime.fromisoformat(text[iso.start():].split()[0].replace("Z", "+00:00"))
        except ValueError:
            found = _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            if found:
                return _apply_time(found, text[iso.end():]) if not iso.group(4) else found

    if re.match(r"^[A-Za-z]{3},\s+\d", text):
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError):
            pass

    match = patterns["day_month_year"].search(text)
    if match:
        month_text = text[match.start(1) + len(match.group(1)):match.start(2)]
        month_text = month_text.split("/")[0].strip(" ,")
        month = _month_number(month_text)
        if month:
            found = _safe_date(int(match.group(2)), month, int(match.group(1)))
            if found:
                return _apply_time(found, text[match.end():])

    match = patterns["month_day_year"].search(text)
    if match:
        month_text = text[match.start():match.start(1)].strip(" .")
        month = _month_number(month_text)
        if month:
            found = _safe_date(int(match.group(2)), month, int(match.group(1)))
            if found:
                return _apply_time(found, text[match.end():])

    match = patterns["numeric"].search(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        # Arabic and European pages write day/month; a first number over 12 cannot be a month
        # anyway, and a second over 12 means the page wrote month/day.
        day, month = (second, first) if second > 12 >= first else (first, second)
        found = _safe_date(year, month, day)
        if found:
            return _apply_time(found, text[match.end():])
    return None


def iso_or_none(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


__all__ = ["parse_date", "to_ascii_digits", "iso_or_none", "utc_now", "timedelta"]

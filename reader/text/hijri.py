"""Dates in the Hijri calendar (Umm al-Qura, through hijridate), for the list and the article
header. hijridate covers 1343-1500 AH (1924-2077 CE); a date outside has no Hijri form here."""

from __future__ import annotations

from datetime import date

CALENDARS = ("gregorian", "hijri", "both")


def hijri(day: date) -> tuple[int, int, int, str, str] | None:
    """(day, month, year, month name in Arabic, in English), or None out of range."""
    from hijridate import Gregorian  # loaded with the first Hijri date shown

    try:
        found = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return found.day, found.month, found.year, found.month_name("ar"), found.month_name("en")


def format_hijri(day: date, language: str, long: bool) -> str | None:
    """``17 جمادى الآخرة 1448 هـ`` or ``17/6/1448 هـ`` (``AH`` in English); Western digits,
    for the caller to put in the reader's."""
    found = hijri(day)
    if found is None:
        return None
    d, m, y, name_ar, name_en = found
    era = "هـ" if language == "ar" else "AH"
    if long:
        return f"{d} {name_ar if language == 'ar' else name_en} {y} {era}"
    return f"{d}/{m}/{y} {era}"

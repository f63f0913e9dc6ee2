"""A saved page's publication date, as the site printed it: first what its tags state (meta
tags, JSON-LD, microdata, <time datetime>), in the site's own offset; then a dateline or
byline the page shows; last htmldate's extensive search of the page. Never a year alone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import datetime

from lxml import etree

from reader.text.dates import parse_date

# Whether a page's text is searched when it states no date (the slowest part of reading a
# page: a third of it). Turned off, in its own thread, by a caller that has the date already:
# a feed's entry brings its own.
SEARCH_TEXT = ContextVar("search_text_for_date", default=True)


def published(tree: etree._Element, metas: dict[str, str], scripts: list[str]) -> datetime | None:
    """``metas``: the page's meta tags by lowercased name; ``scripts``: its JSON-LD."""
    stated = _stated(tree, metas, scripts)
    if stated is not None or not SEARCH_TEXT.get():
        return stated
    return _dated_in_page(tree) or _searched_date(tree)


_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date",
)


def _stated(tree: etree._Element, metas: dict[str, str], scripts: list[str]) -> datetime | None:
    """The publication date the page states with its time and zone: meta tags, microdata,
    JSON-LD, a <time datetime>. Only full dates: a year alone is no date here."""
    candidates = [metas[name] for name in _DATE_META if metas.get(name)]
    for script in scripts:
        found = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script)
        if found:
            candidates.append(found.group(1))
    candidates += tree.xpath("//*[@itemprop='datePublished']/@datetime")
    candidates += tree.xpath("//time[@datetime][1]/@datetime")
    dates = [
        found for found in (
            parse_date(value) for value in candidates
            if re.match(r"^\s*\d{4}-\d{2}-\d{2}", value)
        ) if found is not None
    ]
    return _in_own_offset(dates[0], dates[1:]) if dates else None


def _in_own_offset(first: datetime, others: list[datetime]) -> datetime:
    """The date as the site printed it: where a page states one moment twice, in UTC (as
    some CMSs write their meta tags) and in its own zone (often its JSON-LD), the local
    one, so that 01:59 on the 25th in Beirut is not shown as the 24th."""
    if first.tzinfo is None or first.utcoffset():
        return first
    for other in others:
        if other.tzinfo is not None and other.utcoffset() and other == first:
            return other
    return first


# Where a page prints its date when no tag states one: a <time> element, or an element whose
# class or id names a date, a time, a byline or the act of publishing ("article_created",
# "post-meta", "publish_time").
_DATELINE = re.compile("date|time|created|publish|posted|byline|meta", re.IGNORECASE)


def _dateline_texts(tree: etree._Element, limit: int = 60) -> Iterator[str]:
    """The words of such elements in the page's order (one walk; stops after ``limit``)."""
    count = 0
    for element in tree.iter():
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if element.tag == "time" or (names != " " and _DATELINE.search(names)):
            for text in element.itertext():
                yield text
                count += 1
                if count >= limit:
                    return


def _dated_in_page(tree: etree._Element) -> datetime | None:
    """A date the article's own header or byline shows (a <time> element's words, a
    dateline), when no tag states one; the first in the page's order, never a year alone."""
    for text in _dateline_texts(tree):
        found = parse_date(text) if len(text) < 100 else None
        if found is not None and re.search(r"\d{1,2}\D+\d{4}|\d{4}\D+\d{1,2}", text):
            return found
    return None


def _searched_date(tree: etree._Element) -> datetime | None:
    """Last, htmldate's extensive search (trafilatura's own date finder: already a
    dependency), where neither the tags nor a dateline give a date: on htmldate's public
    evaluation pages it finds the right day on 122 of the 165 pages the first two miss."""
    from htmldate import find_date  # only for a page that states no date of its own

    try:
        found = find_date(tree, extensive_search=True, original_date=True)
    except (ValueError, TypeError, RecursionError):
        return None
    try:
        day = datetime.fromisoformat(found) if found else None
    except ValueError:
        return None
    if day is not None and (day.month, day.day) == (1, 1) and not _written(tree, day):
        return None  # htmldate's guess from a year alone ("© 2016"): a year is no date
    return day


def _written(tree: etree._Element, day: datetime) -> bool:
    """Whether the page writes this 1 January out in full, as digits."""
    text = " ".join(tree.itertext())
    year = day.year
    return any(form in text for form in (
        f"{year}-01-01", f"01-01-{year}", f"01/01/{year}", f"1/1/{year}", f"01.01.{year}",
        f"1.1.{year}",
    ))

"""What narrows the library's list: shelves, flags, a site, tags, a collection, and the same
written into a query (``tag:أخبار -tag:رياضة is:archived site:aljazeera.net``).

One SQL builder serves the list, search and the command line, so a filter means the same
thing wherever it is set. A saved search is stored as a query in this syntax: it reads as
what it does, and opens in the search box as it was typed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

SHELVES = ("inbox", "archive", "all")
_IS = {"is:archived": "archive", "is:inbox": "inbox", "is:all": "all"}


@dataclass(frozen=True)
class SearchFilters:
    bookmarked: bool = False
    with_notes: bool = False
    unread: bool = False
    site: str | None = None
    shelf: str = "all"  # inbox | archive | all
    tags: tuple[str, ...] = ()  # every one of these
    without_tags: tuple[str, ...] = ()  # none of these
    collection: int | None = None  # only the articles of this collection
    feed: int | None = None  # only the articles this feed brought
    roots: tuple[str, ...] = ()  # a word of each of these roots (root:كتب)
    lemmas: tuple[str, ...] = ()  # a form of each of these lemmas (lemma:كتاب)

    @property
    def by_words(self) -> bool:
        """Whether it asks for words by root or lemma: a ranked search, not a list."""
        return bool(self.roots or self.lemmas)

def shelf_sql(shelf: str) -> str | None:
    """The condition for a shelf of the library: the inbox (not archived), the archive."""
    if shelf not in SHELVES:
        raise ValueError(f"no shelf {shelf!r}")
    return {"inbox": "a.archived_at IS NULL", "archive": "a.archived_at IS NOT NULL"}.get(shelf)


def filter_sql(filters: SearchFilters, scan: bool = False) -> tuple[list[str], list[object]]:
    """Conditions over articles ``a`` and their bound values.

    ``scan``: the caller reads the first rows in list order, and the filters keep many
    articles. SQLite is then steered to walk the order's index and test each row (``+``
    keeps it from using the shelf's index; a tag is tested per article), which finds a
    first page in a fraction of a millisecond where gathering every match and sorting it
    takes tens of milliseconds in a 100,000-article library. Without it, a tag's articles
    are gathered from its own index, which is what a rare tag or a whole list wants."""
    where: list[str] = []
    params: list[object] = []
    if filters.bookmarked:
        where.append("a.bookmarked = 1")
    if filters.unread:
        where.append("a.read_progress = 0")
    if filters.with_notes:
        where.append(
            "EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id"
            " AND n.kind != 'bookmark')"
        )
    if filters.site:
        where.append("a.site = ?")
        params.append(filters.site)
    if (condition := shelf_sql(filters.shelf)) is not None:
        where.append(("+" if scan else "") + condition)
    if filters.tags or filters.without_tags:
        from reader.library.tags import tag_condition

        for name, negate in [(t, False) for t in filters.tags] + [
            (t, True) for t in filters.without_tags
        ]:
            sql, key = tag_condition(name, negate, gather=not scan and not negate)
            where.append(sql)
            params.append(key)
    if filters.collection is not None:
        where.append(
            "EXISTS (SELECT 1 FROM collection_items ci"
            " WHERE ci.article_id = a.id AND ci.collection_id = ?)"
        )
        params.append(filters.collection)
    if filters.roots or filters.lemmas:
        from reader.library.word_index import match_expression

        where.append(
            "a.id IN (SELECT d.article_id FROM word_index JOIN word_docs d"
            " ON d.doc = word_index.rowid WHERE word_index MATCH ?)"
        )
        params.append(match_expression(filters.roots, filters.lemmas))
    if filters.feed is not None:
        where.append(
            "EXISTS (SELECT 1 FROM feed_entries fe WHERE fe.article_id = a.id AND fe.feed_id = ?)"
        )
        params.append(filters.feed)
    return where, params


def query_filters(query: str, filters: SearchFilters) -> tuple[str, SearchFilters]:
    """The words of a query and its filters: ``is:archived``, ``is:inbox``, ``is:all``,
    ``is:unread``, ``is:bookmarked``, ``has:notes``, ``site:NAME``, ``tag:NAME`` and
    ``-tag:NAME``, ``feed:ID``, ``root:كتب`` and ``lemma:كتاب`` combine with the words and
    the given filters."""
    words = []
    for token in query.split():
        lowered = token.lower()
        if lowered in _IS:
            filters = replace(filters, shelf=_IS[lowered])
        elif lowered == "is:unread":
            filters = replace(filters, unread=True)
        elif lowered == "is:bookmarked":
            filters = replace(filters, bookmarked=True)
        elif lowered == "has:notes":
            filters = replace(filters, with_notes=True)
        elif lowered.startswith("site:") and len(token) > 5:
            filters = replace(filters, site=token[5:])
        elif lowered.startswith("tag:") and len(token) > 4:
            filters = replace(filters, tags=(*filters.tags, token[4:]))
        elif lowered.startswith("root:") and len(token) > 5:
            filters = replace(filters, roots=(*filters.roots, token[5:]))
        elif lowered.startswith("lemma:") and len(token) > 6:
            filters = replace(filters, lemmas=(*filters.lemmas, token[6:]))
        elif lowered.startswith("feed:") and token[5:].isdigit():
            filters = replace(filters, feed=int(token[5:]))
        elif lowered.startswith("-tag:") and len(token) > 5:
            filters = replace(filters, without_tags=(*filters.without_tags, token[5:]))
        else:
            words.append(token)
    return " ".join(words), filters


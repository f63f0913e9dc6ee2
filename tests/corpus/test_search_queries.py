"""The query set: what an Arabic reader types, and the articles it must find."""

import json
from pathlib import Path

import pytest

from reader.library.importer import import_paths

QUERIES = json.loads((Path(__file__).with_name("search_queries.json")).read_text("utf-8"))


@pytest.fixture(scope="module")
def corpus_library(tmp_path_factory):
    from reader.library.articles import Library
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    library = Library(tmp_path_factory.mktemp("search") / "library.sqlite3")
    outcomes = import_paths(library, [CORPUS])
    by_path = {
        str(Path(o.path).relative_to(CORPUS)): o.id for o in outcomes if o.id is not None
    }
    yield library, by_path
    library.close()


@pytest.mark.parametrize("case", QUERIES["queries"], ids=lambda c: f"{c['kind']}:{c['query']}")
def test_query_returns_its_articles(corpus_library, case):
    library, by_path = corpus_library
    hits = library.search(case["query"], limit=10)
    found = [h.id for h in hits]
    for path in case["must"]:
        assert by_path[path] in found, (case, [h.title for h in hits])
    if case.get("exactly"):
        assert len(found) == len(case["must"])
    for hit in hits:
        if hit.match is not None:
            assert hit.marks, hit  # the match is marked in its snippet
            body = library.get(hit.id).plain_text
            start, end = hit.marks[0]
            assert hit.snippet[start:end] == body[hit.match : hit.match + end - start]


def test_query_set_covers_every_kind():
    kinds = {c["kind"] for c in QUERIES["queries"]}
    assert kinds >= {"clitic", "phrase", "prefix", "hamza", "harakat", "ta-marbuta", "digits",
                     "latin"}

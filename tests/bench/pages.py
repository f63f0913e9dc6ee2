"""Real saved pages (../shared/corpus/html/aeb: 88 pages with the article body a person
marked): `qari import` of all of them in a fresh process, start-up included, beside
trafilatura's own extraction of the same pages in one fresh process; and how much of each
marked body the imported text holds (token F1), for Qari and for trafilatura alone."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.bench.__main__ import CORPUS, ROOT, Figure, compile_sources, median

PAGES = CORPUS / "html" / "aeb"
TRAFILATURA_ALONE = """
import sys, json, time
started = time.perf_counter()
import trafilatura
out = {}
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        out[path] = trafilatura.extract(handle.read().decode("utf-8", "replace")) or ""
json.dump(out, sys.stdout)
"""


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def f1(got: str, want: str) -> float:
    found, marked = tokens(got), tokens(want)
    common = sum((found & marked).values())
    if not common:
        return 0.0
    precision, recall = common / sum(found.values()), common / sum(marked.values())
    return 2 * precision * recall / (precision + recall)


def real_pages(runs: int) -> list[Figure]:
    if not PAGES.is_dir():
        return []  # the shared corpus is not beside the project
    from reader.library.articles import Library

    compile_sources()
    pages = sorted(PAGES.glob("*.html"))
    truth = json.loads((PAGES / "ground-truth.json").read_text("utf-8"))
    ours, floor = [], []
    ours_f1 = alone_f1 = 0.0
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp())
        started = time.perf_counter()
        alone = subprocess.run(
            [sys.executable, "-c", TRAFILATURA_ALONE, *map(str, pages)],
            capture_output=True, text=True, check=True,
        )
        floor.append(time.perf_counter() - started)
        library_path = folder / "pages.sqlite3"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "reader", "import", "--json", "--library",
             str(library_path), *map(str, pages)],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )
        ours.append(time.perf_counter() - started)
        extracted = json.loads(alone.stdout)
        alone_f1 = sum(
            f1(extracted[str(p)], truth[p.stem]["articleBody"]) for p in pages
        ) / len(pages)
        library = Library(library_path)
        rows = library.conn.execute(
            "SELECT o.name, b.plain_text FROM originals o JOIN bodies b USING (article_id)"
        ).fetchall()
        library.close()
        by_name = {name: text for name, text in rows}
        ours_f1 = sum(
            f1(by_name.get(p.name, ""), truth[p.stem]["articleBody"]) for p in pages
        ) / len(pages)
    rate, base = len(pages) / median(ours), len(pages) / median(floor)
    return [Figure(
        f"`qari import` of {len(pages)} real saved pages (html/aeb)", rate, "pages/s",
        ">= 1.5x trafilatura alone", rate >= 1.5 * base, base,
        f"start-up included; the marked body's token F1: Qari {ours_f1:.3f}, trafilatura "
        f"alone {alone_f1:.3f}",
    )]

"""Hostile input: each file gets an article or a one-line reason, quickly, and never leaves
anything half-written behind."""

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.importing.model import ImportFailed
from reader.importing.pipeline import parse_bytes
from reader.library.importer import import_paths
from tests.fixtures_text import HTML_PAGE, SAVED_PAGE

ALLOWED = (ImportFailed,)


def _parse(data: bytes, name: str = "x.txt"):
    try:
        return parse_bytes(data, name)
    except ALLOWED as exc:
        assert str(exc) and "\n" not in str(exc)
        return None


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096), st.sampled_from(["x.txt", "x.html", "x.md", "x"]))
def test_random_bytes(data, name):
    _parse(data, name)


@settings(max_examples=150, deadline=2000)
@given(st.text(max_size=3000), st.sampled_from(["x.txt", "x.html", "x.md"]))
def test_random_unicode(text, name):
    article = _parse(text.encode("utf-8", "surrogatepass"), name)
    if article is not None:
        assert article.title and article.paragraphs


@settings(max_examples=60, deadline=3000)
@given(st.data())
def test_truncated_and_flipped_pages(data):
    source = data.draw(st.sampled_from([SAVED_PAGE.encode(), HTML_PAGE.encode()]))
    cut = data.draw(st.integers(0, len(source)))
    damaged = bytearray(source[:cut])
    for _ in range(data.draw(st.integers(0, 8))):
        if damaged:
            at = data.draw(st.integers(0, len(damaged) - 1))
            damaged[at] = data.draw(st.integers(0, 255))
    _parse(bytes(damaged), data.draw(st.sampled_from(["x.txt", "x.html"])))


def test_damaged_corpus_files(corpus: Path):
    import random

    rng = random.Random(7)
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".html"))
    for path in files[:: max(1, len(files) // 25)]:
        data = bytearray(path.read_bytes())
        for _ in range(20):
            data[rng.randrange(len(data))] = rng.randrange(256)
        started = time.perf_counter()
        _parse(bytes(data[: rng.randrange(1, len(data))]), path.name)
        assert time.perf_counter() - started < 3 + 3 * len(data) / 1e6


def _timed(data: bytes, name: str, limit: float):
    started = time.perf_counter()
    result = _parse(data, name)
    elapsed = time.perf_counter() - started
    assert elapsed < limit, f"{name}: {elapsed:.1f} s"
    return result


def test_nul_bytes_and_invalid_utf8():
    assert _timed(b"\x00" * 1000, "nul.txt", 1) is None
    assert _timed(b"title\n\n\xff\xfe\xfa broken \xc3\x28 text" * 10, "bad.txt", 1) is not None


def test_mixed_encodings_in_one_file():
    data = "عنوان\n\n".encode() + "نص بترميز آخر".encode("cp1256")
    result = _timed(data, "mixed.txt", 1)
    assert result is None or result.title  # a clear reason, or the best reading


def test_one_five_megabyte_line():
    line = ("كلمة " * 1_000_000).encode()
    article = _timed(line, "long.txt", 10)
    assert article is not None and len(article.title) <= 1000


def test_fifty_megabytes_of_text(tmp_path: Path, library):
    path = tmp_path / "big.txt"
    paragraph = ("فقرة عربية طويلة فيها كلام كثير. " * 120 + "\n\n").encode()
    with path.open("wb") as handle:
        handle.write("عنوان الملف الكبير\n\n".encode())
        while handle.tell() < 50 * 1024 * 1024 - len(paragraph):
            handle.write(paragraph)
    started = time.perf_counter()
    [outcome] = import_paths(library, [path])
    elapsed = time.perf_counter() - started
    assert outcome.status == "imported", outcome
    assert elapsed < 5 * 50, f"{elapsed:.0f} s for 50 MB"
    [over] = import_paths(library, [path], max_bytes=10 * 1024 * 1024)
    assert over.status == "failed" and over.error.startswith("too large")


def test_deeply_nested_html():
    html = "<html><body>" + "<div>" * 10_000 + "نص عميق جداً" + "</div>" * 10_000 + "</body></html>"
    _timed(html.encode(), "deep.html", 10)


def test_html_with_scripts_forms_styles_and_remote_images():
    html = """<!DOCTYPE html><html lang="ar"><head><title>صفحة خطرة</title>
    <style>body { background: url(http://127.0.0.1:9/bg.png) }</style>
    <script>document.title = "اختراق"; fetch("http://127.0.0.1:9/steal")</script></head>
    <body><article><h1>صفحة خطرة</h1>
    <p>هذه فقرة حقيقية من المقال تتحدث عن موضوع مهم للقراء العرب في كل مكان.</p>
    <iframe src="http://127.0.0.1:9/frame"></iframe>
    <form action="http://127.0.0.1:9/post"><input name="q" value="سر"></form>
    <img src="http://127.0.0.1:9/remote.png" alt="صورة بعيدة">
    <p>وهذه فقرة ثانية تكمل المقال بكلام مفيد وواضح عن الموضوع نفسه.</p>
    </article></body></html>"""
    article = _timed(html.encode(), "danger.html", 5)
    assert article is not None
    text = article.plain_text
    assert "fetch(" not in text and "document.title" not in text and "background" not in text
    assert article.images == {}  # nothing fetched


def test_bidi_controls_in_titles_cannot_spoof(tmp_path: Path, library, capsys):
    from reader.cli import main
    from reader.library.notes_export import to_markdown

    path = tmp_path / "spoof.txt"
    path.write_text("invoice\u202egnp.exe\u200b \u2066title\u2069\n\nنص المقال.", "utf-8")
    [outcome] = import_paths(library, [path])
    title = library.get(outcome.id).title
    assert title == "invoicegnp.exe title"
    library.annotations.add_article_note(outcome.id, "ملاحظة")
    markdown = to_markdown(library, [outcome.id])
    assert "\n# invoicegnp.exe title\n" in markdown and "\u202e" not in markdown
    main(["list"])
    assert "\u202e" not in capsys.readouterr().out


@pytest.mark.parametrize("name", ["مقال عربي.txt", "with spaces.txt", "new\nline.txt"])
def test_awkward_file_names(tmp_path: Path, library, name):
    path = tmp_path / name
    path.write_text("عنوان\n\nنص.", "utf-8")
    [outcome] = import_paths(library, [tmp_path])
    assert outcome.status == "imported" and outcome.path == str(path)


def test_file_vanishing_or_locked_mid_import(tmp_path: Path, library, monkeypatch):
    from reader.importing import pipeline

    files = []
    for i in range(4):
        path = tmp_path / f"{i}.txt"
        path.write_text(f"عنوان {i}\n\nنص {i}.", "utf-8")
        files.append(path)
    real_read = pipeline.read_file

    def flaky(path, max_bytes):
        if path.name == "1.txt":
            path.unlink()  # gone between listing and reading
        if path.name == "2.txt":
            raise ImportFailed("permission denied")
        return real_read(path, max_bytes)

    monkeypatch.setattr(pipeline, "read_file", flaky)
    outcomes = import_paths(library, [tmp_path])
    statuses = {Path(o.path).name: (o.status, o.error) for o in outcomes}
    assert statuses["1.txt"] == ("failed", "file not found (moved or deleted?)")
    assert statuses["2.txt"] == ("failed", "permission denied")
    assert statuses["0.txt"][0] == statuses["3.txt"][0] == "imported"
    assert library.count() == 2 and library.integrity_ok()


def test_a_file_name_that_is_not_utf8_imports_alone(tmp_path: Path, capsys):
    """Bytes in a name that are not UTF-8 are shown escaped; the file imports, the batch and
    the JSON summary go on."""
    import json
    import os

    from reader.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.path.join(os.fsencode(folder), b"caf\xe9-\xff.txt")
    with open(bad, "wb") as handle:
        handle.write(SAVED_PAGE.encode("utf-8"))
    (folder / "good.txt").write_text("عنوان آخر\n\nنص آخر مختلف تماما.", "utf-8")
    code = main(["--library", str(tmp_path / "lib.sqlite3"), "import", str(folder), "--json"])
    outcomes = json.loads(capsys.readouterr().out)
    assert code == 0
    assert sorted(o["status"] for o in outcomes) == ["imported", "imported"]
    shown = next(o["path"] for o in outcomes if "caf" in o["path"])
    assert shown.endswith("caf\\xe9-\\xff.txt")


def test_a_fifo_fails_with_a_reason_and_never_blocks(tmp_path: Path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(SAVED_PAGE, "utf-8")
    from reader.library.articles import Library

    with Library(tmp_path / "lib.sqlite3") as library:
        started = time.monotonic()
        outcomes = import_paths(library, [tmp_path])
    assert time.monotonic() - started < 10
    by_name = {Path(o.path).name: o for o in outcomes}
    assert by_name["pipe.txt"].status == "failed"
    assert "not a regular file" in by_name["pipe.txt"].error
    assert by_name["good.txt"].status == "imported"


def test_files_too_long_for_an_article_fail_fast_with_a_reason(tmp_path: Path):
    """Millions of lines or tens of thousands of paragraphs would take minutes and gigabytes
    to import and to open: they are refused, with the numbers, before they are parsed."""
    from reader.importing.pipeline import MAX_BLOCKS, MAX_LINES
    from reader.library.articles import Library

    lines = tmp_path / "lines.txt"
    lines.write_text("عنوان\n\n" + "".join(f"سطر {i}\n" for i in range(MAX_LINES + 10)), "utf-8")
    paragraphs = tmp_path / "paragraphs.txt"
    paragraphs.write_text(
        "عنوان\n\n" + "".join(f"فقرة {i}\n\n" for i in range(MAX_BLOCKS + 10)), "utf-8"
    )
    with Library(tmp_path / "lib.sqlite3") as library:
        outcomes = {Path(o.path).name: o for o in import_paths(library, [lines, paragraphs])}
    assert outcomes["lines.txt"].status == "failed"
    assert outcomes["lines.txt"].error.startswith("too many lines")
    assert outcomes["paragraphs.txt"].status == "failed"
    assert outcomes["paragraphs.txt"].error.startswith("too many paragraphs")

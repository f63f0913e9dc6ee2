"""Every test runs offscreen, with a temporary library and temporary settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from reader import paths

    library = tmp_path / "library" / "library.sqlite3"
    monkeypatch.setenv("QARI_LIBRARY", str(library))
    monkeypatch.setenv("QARI_SETTINGS", str(tmp_path / "settings" / "qari.ini"))
    monkeypatch.setenv("QARI_STATE", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("QARI_AUDIO", "null")  # reading aloud at its pace, into no device
    paths.set_library_override(None)
    return library


@pytest.fixture
def library(isolated_home: Path):
    from reader.library.articles import Library

    lib = Library(isolated_home)
    yield lib
    lib.close()


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS

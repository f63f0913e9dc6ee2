"""The Arabic interface is complete, compiled, loaded and mirrored."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from reader import paths
from tests.ui.conftest import make_window

TS = paths.translations_dir() / "qari_ar.ts"
ROOT = Path(__file__).resolve().parents[2]


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).iter("message"))


def _pairs(ts: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).iter("context")
        for message in context.iter("message")
    }


def _unfinished(ts: Path) -> list[str | None]:
    messages = _messages(ts)
    assert len(messages) > 50
    problems = []
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(source)
        elif message.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            if len(forms) != 6 or not all(forms):
                problems.append(source)
        elif not (translation.text or "").strip():
            problems.append(source)
    return problems


def test_no_unfinished_or_empty_arabic_string():
    assert _unfinished(TS) == []


def _tool(name: str) -> str:
    """Qt Linguist's tools as PySide6-Essentials installs them (a dependency, so they are on
    every machine that runs the tests), wherever the scripts folder is or is not on PATH."""
    import PySide6

    path = Path(PySide6.__file__).resolve().parent / (name + (".exe" if os.name == "nt" else ""))
    assert path.is_file(), f"{name} is missing from PySide6: reinstall PySide6-Essentials"
    return str(path)


def _readme_lupdate() -> str:
    """README's command for refreshing the .ts file, as a reader would run it in a shell."""
    readme = (ROOT / "README.md").read_text("utf-8")
    return next(x for x in readme.splitlines() if x.startswith("pyside6-lupdate "))


def test_every_interface_string_is_in_the_ts_file(tmp_path: Path):
    fresh = tmp_path / "fresh.ts"
    # The interface, and the core's marked messages (reader/messages.py).
    sources = sorted(str(p) for p in (ROOT / "reader").rglob("*.py"))
    subprocess.run([_tool("lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    # Context and text: a string moved to another class is looked up under its new context,
    # and shows in English until that context has it.
    assert _pairs(fresh) - _pairs(TS) == set()


def test_readmes_translation_command_keeps_every_entry(tmp_path: Path):
    """Run as README writes it, on a copy of the .ts file: every translated entry is still
    there afterwards (an earlier command dropped the core's 53 messages)."""
    copy = tmp_path / "qari_ar.ts"
    shutil.copyfile(TS, copy)
    command = _readme_lupdate()
    target = " -ts resources/translations/qari_ar.ts "
    assert target in command and command.endswith(" -no-obsolete")
    command = command.replace("pyside6-lupdate", shlex.quote(_tool("lupdate")), 1)
    command = command.replace(target, f" -ts {shlex.quote(str(copy))} ")
    subprocess.run(["sh", "-c", command], check=True, capture_output=True, cwd=ROOT)
    assert _pairs(copy) == _pairs(TS)
    assert _unfinished(copy) == []


def test_compiled_qm_is_current(tmp_path: Path):
    out = tmp_path / "qari_ar.qm"
    subprocess.run(
        [_tool("lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == (paths.translations_dir() / "qari_ar.qm").read_bytes()


def test_arabic_interface_is_translated_and_mirrored(qtbot, qari_app, library):
    window = make_window(qtbot, library, "ar")
    assert qari_app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:5] == ["&ملف", "&تحرير", "المل&احظات", "&عرض", "م&ساعدة"]
    assert window.panel.filter_edit.placeholderText() == "بحث في المكتبة"
    # Qt's own strings come from qtbase_ar.
    qt_cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert qt_cancel != "Cancel" and "ل" in qt_cancel
    # The library (leading side) sits right of the reading view in the mirrored window.
    def x(widget):
        return widget.mapTo(window, widget.rect().topLeft()).x()

    assert x(window.panel) > x(window.reader)
    assert x(window.notes_dock) < x(window.reader)


def test_english_interface(qtbot, qari_app, library):
    window = make_window(qtbot, library, "en")
    assert qari_app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]
    def x(widget):
        return widget.mapTo(window, widget.rect().topLeft()).x()

    assert x(window.panel) < x(window.reader) < x(window.notes_dock)


def test_language_follows_settings_then_system(qari_app, monkeypatch):
    from reader.ui.app.settings import Settings
    from reader.ui.launch import choose_language, i18n

    settings = Settings()
    monkeypatch.setattr(i18n, "system_language", lambda: "ar")
    assert choose_language(settings, None) == "ar"
    settings.set_language("en")
    assert choose_language(settings, None) == "en"
    assert choose_language(settings, "ar") == "ar"


def test_key_names_stay_latin_in_arabic_menus(qari_app):
    """Qt's Arabic key names between Latin modifiers read backwards in a right-to-left menu;
    the shortcut reads as typed."""
    from PySide6.QtGui import QKeySequence

    from reader.ui.app import i18n

    i18n.install(qari_app, "ar")
    try:
        sequence = QKeySequence("Alt+Shift+Up")
        assert sequence.toString(QKeySequence.SequenceFormat.NativeText) == "Alt+Shift+Up"
        # Everything else is still Qt's Arabic.
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ألغِ"
    finally:
        i18n.install(qari_app, "en")

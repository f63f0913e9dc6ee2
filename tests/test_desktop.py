"""qari desktop-install puts Qari in the application menu, valid by the freedesktop specs."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest


def test_desktop_files_install_validate_and_uninstall(tmp_path: Path, monkeypatch, capsys):
    from reader.cli import main

    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert main(["desktop-install"]) == 0
    listed = [Path(line) for line in capsys.readouterr().out.split()]
    assert all(path.is_file() and home in path.parents for path in listed)
    desktop = home / "applications" / "io.github.qari.Qari.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "qari %F"
    assert section["Name[ar]"] == "قارئ" and section["Comment[ar]"]
    assert "text/html" in section["MimeType"].split(";")
    assert section["Icon"] == "qari"
    icons = home / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "qari.svg").is_file()
    from PySide6.QtGui import QImage

    for size in (16, 48, 256):
        image = QImage(str(icons / f"{size}x{size}" / "apps" / "qari.png"))
        assert image.width() == size and image.height() == size
    metainfo = home / "metainfo" / "io.github.qari.Qari.metainfo.xml"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stdout + done.stderr
    if shutil.which("appstreamcli"):
        done = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
    else:
        import xml.etree.ElementTree as ET

        assert ET.parse(metainfo).getroot().findtext("id") == "io.github.qari.Qari"
    assert main(["desktop-install", "--uninstall"]) == 0
    assert not desktop.exists() and not metainfo.exists()
    assert not list(icons.rglob("qari.*"))


@pytest.mark.skipif(os.name != "posix", reason="freedesktop is for Linux and the BSDs")
def test_the_icon_says_reader_in_arabic():
    from reader import paths

    svg = (paths.resources_dir() / "icons" / "qari.svg").read_text("utf-8")
    assert "<svg" in svg and "ق" in svg and "Licence" in svg  # its comment names the letter

"""Desktop integration on Linux (freedesktop.org): `qari desktop-install` puts Qari in the
desktop's application menu with its icon, its AppStream description and the file types it
opens, in the user's XDG data folder; `--uninstall` takes them away again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from reader import __version__, paths

APP_ID = "io.github.qari.Qari"
ICON = "qari"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# What Qari imports, as the desktop names them: "Open with" offers Qari for these.
MIME_TYPES = (
    "text/plain", "text/html", "application/xhtml+xml", "text/markdown", "text/x-markdown",
)

DESKTOP_ENTRY = f"""[Desktop Entry]
Type=Application
Version=1.0
Name=Qari
Name[ar]=قارئ
GenericName=Article Reader
GenericName[ar]=قارئ المقالات
Comment=Read saved articles in Arabic, with notes and highlights
Comment[ar]=اقرأ المقالات المحفوظة بالعربية، مع الملاحظات والتظليل
Icon={ICON}
Exec=qari %F
TryExec=qari
Terminal=false
Categories=Office;Viewer;
Keywords=Arabic;articles;reader;notes;highlights;
Keywords[ar]=عربي;مقالات;قارئ;ملاحظات;تظليل;
MimeType={";".join(MIME_TYPES)};
StartupWMClass=qari
"""

METAINFO = f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{APP_ID}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>GPL-3.0-or-later</project_license>
  <name>Qari</name>
  <name xml:lang="ar">قارئ</name>
  <summary>Read saved articles in Arabic, with notes and highlights</summary>
  <summary xml:lang="ar">اقرأ المقالات المحفوظة بالعربية، مع الملاحظات والتظليل</summary>
  <description>
    <p>
      Qari keeps the articles you save (page text, web pages, Markdown) in one library and
      shows Arabic the way a good typesetter would: shaped by Qt in bundled fonts, each
      paragraph in its own direction. Highlights and notes stay with their passage, search
      ignores harakat and hamza forms, and the interface speaks Arabic and English.
    </p>
  </description>
  <launchable type="desktop-id">{APP_ID}.desktop</launchable>
  <provides>
    <binary>qari</binary>
    {"".join(f"<mediatype>{m}</mediatype>" for m in MIME_TYPES)}
  </provides>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="{__version__}" date="2026-11-27"/>
  </releases>
</component>
"""


def data_home() -> Path:
    env = os.environ.get("XDG_DATA_HOME")
    return Path(env) if env else Path.home() / ".local" / "share"


def icon_source() -> Path:
    return paths.resources_dir() / "icons" / "qari.svg"


def targets(home: Path | None = None) -> dict[str, Path]:
    home = home or data_home()
    found = {
        "desktop": home / "applications" / f"{APP_ID}.desktop",
        "metainfo": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON}.svg",
    }
    for size in ICON_SIZES:
        found[f"png{size}"] = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON}.png"
    return found


def _render_png(svg: Path, size: int, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _render_png.app = QGuiApplication([])  # type: ignore[attr-defined]
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")


def _refresh_caches(home: Path) -> None:
    """Tell the desktop (where its tools are installed); nothing depends on them."""
    for command in (
        ["update-desktop-database", str(home / "applications")],
        ["gtk-update-icon-cache", "--quiet", "--ignore-theme-index",
         str(home / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, capture_output=True, check=False, timeout=60)


def install(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    where = targets(home)
    for path in where.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    where["desktop"].write_text(DESKTOP_ENTRY, encoding="utf-8")
    where["metainfo"].write_text(METAINFO, encoding="utf-8")
    shutil.copyfile(icon_source(), where["svg"])
    for size in ICON_SIZES:
        _render_png(icon_source(), size, where[f"png{size}"])
    _refresh_caches(home)
    return list(where.values())


def uninstall(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = []
    for path in targets(home).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(home)
    return removed

"""qari says which libraries its window needs instead of letting Qt abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.platform_check import debian_package


def test_package_names_follow_debian():
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libEGL.so.1") == "libegl1"
    assert debian_package("libdbus-1.so.3") == "libdbus-1-3"


@pytest.mark.skipif(not shutil.which("gcc") or not sys.platform.startswith("linux"),
                    reason="needs gcc on Linux to build a plugin that cannot load")
def test_a_plugin_that_cannot_load_gives_one_clear_line(tmp_path: Path):
    # A stand-in for Qt's xcb plugin that needs a library this machine does not have.
    (tmp_path / "dep.c").write_text("int qari_missing_dep(void) { return 7; }\n")
    (tmp_path / "plugin.c").write_text(
        "int qari_missing_dep(void);\nint qari_plugin(void) { return qari_missing_dep(); }\n"
    )
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(tmp_path / "libqarimissing.so.7"),
                    "-Wl,-soname,libqarimissing.so.7", str(tmp_path / "dep.c")], check=True)
    plugins = tmp_path / "platforms"
    plugins.mkdir()
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(plugins / "libqxcb.so"),
                    str(tmp_path / "plugin.c"), str(tmp_path / "libqarimissing.so.7")],
                   check=True)
    (tmp_path / "libqarimissing.so.7").unlink()
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":99",
               QT_QPA_PLATFORM_PLUGIN_PATH=str(plugins))
    done = subprocess.run([sys.executable, "-m", "reader"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "libqarimissing.so.7 not found" in lines[0]
    assert "sudo apt-get install libqarimissing7" in lines[0]


def test_no_display_is_said_plainly():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run([sys.executable, "-m", "reader"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.startswith("qari: no display")

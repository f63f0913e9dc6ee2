"""Before Qt starts: can its window system plugin load here?

Without some X libraries Qt's xcb plugin fails to load, Qt prints a misleading hint and aborts
the process (status 134, a core dump). ``qari`` asks first, reads the names of the missing
libraries from the plugin itself (what the dynamic loader says it cannot find), and says in one
line which packages to install.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path


def plugin_dir() -> Path | None:
    env = os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if env:
        return Path(env)
    try:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"


def platform() -> str:
    """The plugin Qt will try: the one asked for, else xcb on X11 (Qt's own default)."""
    asked = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if asked:
        return asked
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin needs that the loader cannot find, as it names them."""
    import subprocess  # only when the plugin cannot load: 3 ms of every window's start-up

    try:
        done = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        done = None
    if done is not None and done.returncode == 0:
        return re.findall(r"^\s*(\S+) => not found", done.stdout, re.MULTILINE)
    import ctypes  # no ldd: the loader's own error names the first missing library

    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        found = re.match(r"([^:\s]+\.so[^:\s]*): cannot open shared object file", str(exc))
        return [found.group(1)] if found else []
    return []


def debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 -> libxcb-icccm4; libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    found = re.match(r"lib(.+?)\.so\.(\d+)", soname)
    if not found:
        return soname
    base, version = found.group(1).lower(), found.group(2)
    return f"lib{base}{'-' if base[-1].isdigit() else ''}{version}"


def problem() -> str | None:
    """One line saying why a window cannot open here, or None when it can be tried."""
    if not sys.platform.startswith("linux"):
        return None
    name = platform()
    if name in ("offscreen", "minimal", "vnc"):
        return None
    if name == "xcb" and not os.environ.get("DISPLAY"):
        return (
            "qari: no display to open a window on (DISPLAY is not set); run it from a "
            "desktop session, or use the commands (qari --help)"
        )
    folder = plugin_dir()
    plugin = folder / f"libq{name}.so" if folder else None
    if plugin is None or not plugin.is_file():
        return None  # Qt will say what it says about a plugin it does not have
    import ctypes

    try:
        ctypes.CDLL(str(plugin))  # loads as Qt would: a millisecond when all is there
        return None
    except OSError:
        pass
    missing = missing_libraries(plugin)
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(debian_package(m) for m in missing))
    return (
        f"qari: Qt's {name} window plugin cannot load: {', '.join(missing)} not found; "
        f"install them with: sudo apt-get install {packages}"
    )

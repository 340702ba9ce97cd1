"""Can Qt open a window here? Asked before Qt is imported, so a missing system library
or a missing display ends in one helpful line instead of Qt's abort.

Qt's own failure is an ``abort()`` after a paragraph about the "xcb" platform plugin,
which tells a new user nothing about what to install. This module imports no Qt
module that needs system libraries until it has checked for them.
"""
from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Shared library → the Debian/Ubuntu package that provides it.
DEBIAN_PACKAGES = {
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
}
_MISSING = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")
_LDD_MISSING = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.M)
NO_DISPLAY = ("no display to open a window on: start it from a desktop session, run "
              "'xvfb-run -a lstm-sim', or render PNGs without a display with "
              "'lstm-sim screenshot --out DIR'")


def packages_for(libraries) -> list[str]:
    """The packages to install for these missing libraries, in a stable order."""
    return sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in libraries})


def install_hint(libraries) -> str:
    libs = sorted(set(libraries))
    packages = packages_for(libs)
    known = all(lib in DEBIAN_PACKAGES for lib in libs)
    action = (f"install them with: sudo apt-get install -y {' '.join(packages)}" if known
              else "install the packages that provide them (on Debian/Ubuntu: apt-file search NAME)")
    return f"cannot open a window: missing system {'library' if len(libs) == 1 else 'libraries'} " \
           f"{', '.join(libs)}; {action}"


def missing_in_error(message: str) -> list[str]:
    """Library names in a loader error ("libEGL.so.1: cannot open shared object file")."""
    return _MISSING.findall(message)


def missing_in_ldd(output: str) -> list[str]:
    return _LDD_MISSING.findall(output)


def _platform() -> str:
    explicit = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if explicit:
        return explicit
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def _plugin_problems(plugin: Path) -> list[str]:
    """Libraries the platform plugin needs but cannot find (ldd names them all)."""
    if shutil.which("ldd"):
        try:
            out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=20).stdout
            return missing_in_ldd(out)
        except (OSError, subprocess.SubprocessError):
            pass
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return missing_in_error(str(exc)) or [str(exc)]
    return []


def _display_reachable() -> bool:
    """Whether the X server named by $DISPLAY accepts a connection (via libxcb)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True          # the plugin check reports the missing library instead
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(None, None)
    ok = xcb.xcb_connection_has_error(conn) == 0
    xcb.xcb_disconnect(conn)
    return ok


def window_problem() -> str | None:
    """One line saying why no window can open here, or None when Qt should manage."""
    try:
        import PySide6.QtGui  # noqa: F401  (needs libGL, libEGL, fontconfig … on Linux)
    except ImportError as exc:
        missing = missing_in_error(str(exc))
        return install_hint(missing) if missing else f"cannot load Qt: {exc}"
    if not sys.platform.startswith("linux") or _platform() != "xcb":
        return None
    import PySide6
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if plugin.is_file():
        missing = _plugin_problems(plugin)
        if missing:
            return install_hint(missing)
    if not os.environ.get("DISPLAY"):
        return NO_DISPLAY
    if not _display_reachable():
        return f"cannot connect to the display {os.environ['DISPLAY']!r}: " + NO_DISPLAY.split(": ", 1)[1]
    return None

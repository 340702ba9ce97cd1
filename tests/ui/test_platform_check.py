"""Without a display or Qt's system libraries, the app says what to do in one line and exits 2."""
import os
import subprocess
import sys

import pytest

from lstm_sim.ui import platform_check as pc

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f)
"""


def test_missing_libraries_map_to_the_packages_to_install():
    missing = pc.missing_in_ldd(LDD)
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    hint = pc.install_hint(missing)
    assert hint.endswith("sudo apt-get install -y libxcb-cursor0 libxcb-icccm4")
    assert "\n" not in hint


def test_import_error_names_the_library():
    err = "libEGL.so.1: cannot open shared object file: No such file or directory"
    assert pc.missing_in_error(err) == ["libEGL.so.1"]
    assert "libegl1" in pc.install_hint(pc.missing_in_error(err))


def test_unknown_library_gets_a_generic_hint():
    hint = pc.install_hint(["libweird.so.3"])
    assert "libweird.so.3" in hint and "apt-file search" in hint


def test_the_app_without_a_display_prints_one_line_and_exits_2():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "lstm_sim"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    # Either the libraries are missing (named with their package) or the display is.
    assert lines[0].startswith("lstm-sim: cannot open a window: missing system librar") \
        or lines[0] == "lstm-sim: " + pc.NO_DISPLAY


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 displays are a Linux matter")
def test_an_unreachable_display_is_named(monkeypatch):
    monkeypatch.setattr(pc, "_plugin_problems", lambda plugin: [])
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":97")
    problem = pc.window_problem()
    assert problem is not None and "cannot connect to the display ':97'" in problem
    assert "xvfb-run" in problem

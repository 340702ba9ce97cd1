"""Python's cycle collector never runs in a training or comparison thread: there it would
delete widgets off the GUI thread and crash Qt (the monkey test met it as a segfault while
a comparison trained). The app turns the automatic collector off and collects on a timer
of the GUI thread. Checked in a fresh interpreter, as the app starts (the test session
itself collects the same way, see conftest.py)."""
import os
import subprocess
import sys

SCRIPT = r"""
import gc, threading, weakref
from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication
from lstm_sim.ui.app import configure

app = configure()
print("automatic", gc.isenabled())
collected_in = []

class Node:
    pass

class Watched(Node):
    def __del__(self):
        collected_in.append(threading.current_thread().name)

a, b = Watched(), Node()
a.other, b.other = b, a              # a cycle: only the collector frees it
ref = weakref.ref(a)
del a, b

def allocate():                      # lots of garbage in another thread, as training makes
    for _ in range(200_000):
        x = Node()
        x.me = x
t = threading.Thread(target=allocate, name="worker")
t.start()
t.join()
clock = QElapsedTimer()
clock.start()
while ref() is not None and clock.elapsed() < 10_000:
    app.processEvents()
print("collected in", collected_in)
"""


def test_cycles_are_collected_by_the_gui_thread_only():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True,
                         timeout=120).stdout
    assert "automatic False" in out, out
    assert "collected in ['MainThread']" in out, out


SETTLED = r"""
import gc
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import lstm_sim.ui.app as app_module

app_module.configure()                     # the application run() goes on to use

def report():
    print("frozen", gc.get_freeze_count(), flush=True)
    QApplication.instance().quit()
QTimer.singleShot(2500, report)            # after the app has settled (1.5 s after its window)
app_module.run()
"""


def test_once_the_window_is_up_what_lives_on_is_frozen_out_of_collections(tmp_path):
    """A full collection walking the whole window's objects takes ~30 ms, a hitch: the app
    freezes them once it is up, so later collections walk only what was made since."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))   # its own settings
    out = subprocess.run([sys.executable, "-c", SETTLED], env=env, capture_output=True, text=True,
                         timeout=120).stdout
    assert "frozen" in out, out
    assert int(out.split("frozen")[1].split()[0]) > 20_000, out

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

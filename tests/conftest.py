import importlib.util
import os

# Qt runs headless in tests; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _torch_status() -> str:
    if importlib.util.find_spec("torch") is None:
        return ("SKIPPED: torch is not installed, so our model is NOT compared with "
                "torch.nn.LSTM in this run (make test installs the CPU wheel where it can)")
    import torch
    return f"on (torch {torch.__version__})"


def pytest_report_header(config):
    return f"torch parity tests: {_torch_status()}"


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(f"torch parity tests: {_torch_status()}")

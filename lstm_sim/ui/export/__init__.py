"""Exports a teacher pastes into slides: the whole cell (PNG, vector SVG/PDF), the
heatmaps, a replay GIF, a handout PDF, the trace (CSV/JSON), from the window or headless
(``lstm-sim export``). Views drawn offscreen, so this is view code (ui), asked by the
File menu and the CLI."""
from .exports import FORMATS, Cancelled, ExportError, ExportState, export, scene_svg, state_of  # noqa: F401

"""The main window: diagram in the middle, timeline above it, panes in docks.

It builds the panes (a table of docks) and the menus and hands the panes to the
presenter (``controller.presenter``), which feeds them from the session and the view
state and turns what the user asks for into session calls; the window computes nothing
itself and never touches a model file (the File menu asks ``controller.documents``
through ``FileActions``). The menus are ``menus``', the screen, zoom and layout
``window_actions``'. View ▸ Language switches in place: every widget re-words itself
(see ``i18n.Retranslates``).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (QDockWidget, QMainWindow, QMessageBox, QTabBar, QTextBrowser, QUndoView, QVBoxLayout,
                               QWidget)

from ..controller import Session
from ..controller.presenter import Presenter
from ..controller.training import Trainer
from ..controller.view_state import ViewState
from ..controller.views import Views
from ..resources import resource
from . import window_layout
from .diagram import CellDiagram
from .diagram.style import set_type
from .editor import WeightEditor
from .file_actions import svg_bytes
from .heatmaps import HeatmapPane
from .i18n import CJK_FONT_HINT, Retranslates, can_draw_chinese, current_language, install_language
from .layer_bar import LayerBar
from .later_panes import LaterPanes
from .menus import WindowMenus, unique_shortcuts  # noqa: F401  (unique_shortcuts: callers import it here)
from .predictions import PredictionsPane
from .presentation import Presentation
from .timeline import Timeline
from .window_actions import WindowScreen

#: Every dock and the area it first opens in. Training, memory flow, lessons and units
#: hold a placeholder until first shown (``LATER``); lessons and units start hidden.
DOCKS = (("heatmaps", Qt.BottomDockWidgetArea), ("memory", Qt.RightDockWidgetArea),
         ("predictions", Qt.RightDockWidgetArea), ("about", Qt.RightDockWidgetArea),
         ("editor", Qt.RightDockWidgetArea), ("history", Qt.RightDockWidgetArea),
         ("training", Qt.RightDockWidgetArea), ("lessons", Qt.LeftDockWidgetArea),
         ("units", Qt.LeftDockWidgetArea))
#: Dock → the window's property that makes its pane the first time the dock is shown.
LATER = {"training": "training", "memory": "provenance", "lessons": "lessons", "units": "units_pane"}


class MainWindow(WindowMenus, WindowScreen, LaterPanes, Retranslates, QMainWindow):
    def __init__(self, settings: QSettings | None = None, session: Session | None = None,
                 view_state: ViewState | None = None):
        super().__init__()
        self.compare = None                     # the comparison dialog, made when first asked for
        self._training = self._provenance = self._lessons = self._units = None   # made when first shown
        self._lesson_drawing = None             # how the lesson on screen wants the cell drawn
        self.settings = settings or QSettings()
        #: View ▸ Zoom: the whole UI's type (and the diagram's), remembered between runs.
        self.ui_zoom = min(max(self.settings.value("uiZoom", 1.0, type=float), window_layout.ZOOMS[0]),
                           window_layout.ZOOMS[-1])
        window_layout.apply_ui_zoom(self.ui_zoom)
        set_type(self.ui_zoom)
        self._normal_state = None               # the layout to go back to when the lessons close
        self._lesson_layout = False             # the panes are in the lesson arrangement
        self._was_maximized = False             # before F11: to go back to
        self._arranging = False                 # moving docks about: their signals mean nothing
        self.presentation = Presentation(self)
        # Neither is a child of the window: both outlive it (the session's undo stack also
        # announces its own destruction, which must not reach a window half torn down).
        self.session = session or Session()
        self.view_state = view_state or ViewState(other_names=current_language() == "zh-TW")
        self.setWindowTitle("LSTM Sim[*]")
        self.setWindowIcon(QIcon(str(resource("icons", "lstm-sim.svg"))))
        self.setDockNestingEnabled(True)
        self.setAcceptDrops(True)
        self._build_panes()
        self._build_docks()
        self._build_menus()
        view = self.view_menu                   # Lessons first, Units before the first separator
        view.insertAction(view.actions()[0], self.docks["lessons"].toggleViewAction())
        view.insertAction(next(a for a in view.actions() if a.isSeparator()), self.docks["units"].toggleViewAction())
        self._build_keys()
        self.presenter = Presenter(self.session, self.view_state, Views(
            self.timeline, self.diagram, self.layer_bar, self.heatmaps, self.predictions, self.editor,
            self.about, shell=self), self.trainer, status=lambda text: self.statusBar().showMessage(text, 5000),
            language=current_language, parent=self)
        self.presenter.connect()
        self.animate_action.toggled.connect(lambda on: setattr(self.presenter, "animate", on))
        self._restore_settings()
        if self.session.original is not None:   # handed a session already open
            self.presenter.relabel(take_back=False)
        self.retranslate()
        # Start with the keys stepping through the sentence, not editing the text;
        # Enter or Esc in the text field hands them back.
        self.diagram.setFocus(Qt.OtherFocusReason)
        self.timeline.edit.returnPressed.connect(self.diagram.setFocus)

    def _build_panes(self) -> None:
        self.timeline, self.diagram, self.layer_bar = Timeline(self), CellDiagram(self), LayerBar(self)
        self.central = QWidget(self)
        layout = QVBoxLayout(self.central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timeline)
        layout.addWidget(self.layer_bar)
        layout.addWidget(self.diagram, 1)
        self.setCentralWidget(self.central)
        self.heatmaps = HeatmapPane(self)
        self.heatmaps.graphics.setMinimumHeight(130)     # the diagram gets the room first
        self.predictions = PredictionsPane(self)
        self.about = QTextBrowser(self)
        self.about.setObjectName("aboutNetwork")
        self.editor = WeightEditor(self)
        self.editor.setMinimumSize(200, 120)    # its tables scroll; small windows stay usable
        self.trainer = Trainer(self.session, self)
        self.undo_view = QUndoView(self.session.undo_stack, self)

    def _build_docks(self) -> None:
        panes = {"heatmaps": self.heatmaps, "predictions": self.predictions, "about": self.about,
                 "editor": self.editor, "history": self.undo_view}
        self.docks = {}
        for name, area in DOCKS:
            dock = self.docks[name] = QDockWidget(self)
            dock.setObjectName(f"dock:{name}")           # restoreState matches docks by name
            dock.setWidget(panes.get(name) or QWidget())
            self.addDockWidget(area, dock)
        self.tabifyDockWidget(self.docks["about"], self.docks["editor"])
        self.tabifyDockWidget(self.docks["editor"], self.docks["training"])
        self.tabifyDockWidget(self.docks["training"], self.docks["memory"])
        self.docks["about"].raise_()
        for name in ("history", "lessons", "units"):     # Edit ▸ Undo history, View ▸ Lessons, Units
            self.docks[name].hide()
        for name, make in LATER.items():                  # panes most sessions never open
            self.docks[name].visibilityChanged.connect(lambda visible, m=make: visible and getattr(self, m))

    # -- what the presenter asks of the window (controller.views.ShellView) -------------
    def set_title(self, title: str, modified: bool) -> None:
        self.setWindowTitle(title)
        self.setWindowModified(modified)

    def show_pane(self, name: str) -> None:
        if name in self.docks:
            self.docks[name].show()
            self.docks[name].raise_()

    def presenting(self) -> bool:
        return self.presentation.active

    def memory_pane(self, shown: bool = True):
        made = self._provenance
        return made if made is not None and (not shown or self.docks["memory"].isVisible()) else None

    def training_pane(self):
        return self.training

    def allow_edits(self, idle: bool, undo: bool, redo: bool) -> None:
        self.reset_all_action.setEnabled(idle)
        self.undo_action.setEnabled(undo)
        self.redo_action.setEnabled(redo)

    def set_other_names_available(self, available: bool) -> None:
        self.other_names_action.setEnabled(available)

    def maybe_save(self) -> bool:
        return self.files.maybe_save()

    def redraw_lesson(self) -> None:
        if self._lesson_drawing is not None:
            self._lesson_drawing.redraw()

    # -- the presenter's, under the names callers know ----------------------------------
    def show_path(self, path: str, raise_dock: bool = True) -> None:
        self.presenter.show_path(path, raise_dock)

    def move_substep(self, delta: int) -> None:
        self.presenter.move_substep(delta)

    def preset_texts(self):
        return self.presenter.preset_texts()

    def _show_layer(self, *args) -> None:
        self.presenter.show_layer()

    @property
    def _last_step_time(self) -> float:
        return self.presenter.last_step_time

    @_last_step_time.setter
    def _last_step_time(self, when: float) -> None:
        self.presenter.last_step_time = when

    # -- actions ----------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        """View ▸ Language: swap the translator; every widget re-words itself in place
        (``QEvent.LanguageChange``), and the choice is remembered for the next start."""
        if not install_language(code):
            QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)     # it fell back to English
            self.findChild(QAction, f"language:{current_language()}").setChecked(True)
            QMessageBox.warning(self, "LSTM Sim", QCoreApplication.translate(
                "App", "The {0} translation is missing from this installation.").format(code))
            return
        self.settings.setValue("language", code)
        # Re-word every widget now rather than on the next pass of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
        self.other_names_action.setChecked(code == "zh-TW")    # Chinese: 道格, 珍, 小點 … by default
        if code == "zh-TW" and not can_draw_chinese():
            # Said where it is seen, without a modal box that stops everything until dismissed.
            self.statusBar().showMessage(QCoreApplication.translate("App", CJK_FONT_HINT), 30000)

    def open_model(self, path: str) -> bool:
        """Open a session or model file (asks to save unsaved changes first)."""
        return self.files.open_path(path)

    def diagram_svg(self) -> bytes:
        scene = self.diagram.scene()
        return svg_bytes(scene, scene.sceneRect(), self.preset_texts().title)

    # -- drag and drop, closing ----------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_model(urls[0].toLocalFile())

    def childEvent(self, event) -> None:
        """Tabbed panes keep their order: Qt's own tab bars of tabbed docks slide tabs when
        dragged, and a slide there crashed Qt (seen under random input, in moveTab)."""
        super().childEvent(event)
        if event.type() == QEvent.ChildPolished and isinstance(event.child(), QTabBar):
            event.child().setMovable(False)

    def closeEvent(self, event) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.trainer.runner.stop(wait=True)     # no thread outlives the window
        if self._units is not None:
            self._units.shutdown()
        if self.compare is not None:
            self.compare.finish_run()           # also when Esc only hid the dialog
            self.compare.close()
        self.session.pause()
        self._save_settings()
        super().closeEvent(event)

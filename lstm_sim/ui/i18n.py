"""The app's languages: English (the source) and Traditional Chinese (zh-TW).

Translations are Qt's own machinery: every string goes through ``tr()``, the sources are
``resources/i18n/lstm_sim_<code>.ts`` (``make translations`` refreshes and compiles
them), and the compiled ``.qm`` files ship in the wheel.

Switching language at run time happens in place, as in any Qt application:
``install_language`` swaps the translator, Qt sends ``QEvent.LanguageChange`` to every
widget, and each widget that shows text re-words itself (:class:`Retranslates`). Nothing
is rebuilt, so the session, the lesson on show, the layout and every view's state stay.
"""
from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..glossary import QT_TRANSLATE_NOOP
from ..resources import qm_path

#: Language code → its name in that language (what the menu shows).
LANGUAGES = {"en": "English", "zh-TW": "繁體中文"}
CJK_FONT_HINT = QT_TRANSLATE_NOOP("App", "No installed font can draw Chinese characters, so they would show as boxes. "
                 "Install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) and restart.")

#: Faces that draw Traditional Chinese with Taiwan's glyph shapes, best first. Without
#: them in the font's list, Qt takes the first CJK face fontconfig offers (often a
#: Japanese one, whose 看 or 點 are drawn differently).
TRADITIONAL_FACES = ("Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC", "Source Han Sans TW",
                     "PingFang TC", "Microsoft JhengHei", "Microsoft JhengHei UI", "Heiti TC", "AR PL UMing TW",
                     "AR PL UKai TW", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei")

_installed: list[QTranslator] = []
_current = "en"


def traditional_faces(available=None) -> list[str]:
    """The installed faces of TRADITIONAL_FACES, in that order (``available``: the
    installed families, default the font database's)."""
    have = set(QFontDatabase.families() if available is None else available)
    return [face for face in TRADITIONAL_FACES if face in have]


def prefer_faces_for(code: str) -> None:
    """In Chinese, a Traditional Chinese face right after the UI's own face (Latin text
    keeps its face, Chinese text takes the TC one); in English, the UI's face alone.
    Only the families change: the size (the UI's zoom) stays."""
    app = QGuiApplication.instance()
    if app is None:
        return
    font = QFont(app.font())
    own = [f for f in font.families() if f not in TRADITIONAL_FACES] or [font.family()]
    families = own + (traditional_faces() if code == "zh-TW" else [])
    if families != font.families():
        font.setFamilies(families)
        app.setFont(font)


def default_language() -> str:
    """The system's language if we have it, else English."""
    name = QLocale.system().name()               # e.g. zh_TW, en_US
    return "zh-TW" if name.startswith(("zh_TW", "zh_HK", "zh_Hant")) else "en"


def current_language() -> str:
    """The code of the language installed now ("en" or "zh-TW"): texts that come from
    data rather than ``tr()`` (a preset's About lines and notes) are picked by it."""
    return _current


def install_language(code: str) -> bool:
    """Make ``code`` the language of every string created from now on; False if its
    translation file is missing (the app then stays in English)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    if code == "en" or code not in LANGUAGES:
        prefer_faces_for("en")
        return code == "en"
    ours = QTranslator(app)
    if not ours.load(str(qm_path(code))):
        return False
    qt = QTranslator(app)                       # Qt's own dialogs' buttons (Save, Cancel …)
    if qt.load(f"qtbase_{code.replace('-', '_')}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    _current = code
    prefer_faces_for(code)
    return True


def can_draw_chinese() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.TraditionalChinese))


class Retranslates:
    """Mix in before a QWidget base: a ``QEvent.LanguageChange`` calls ``retranslate()``.

    A widget builds every text it shows in ``retranslate()`` (from ``tr()``, the glossary,
    or data picked by :func:`current_language`) and calls it once from ``__init__``; the
    same code then re-words it whenever the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.LanguageChange:
            self.retranslate()


class Translated(dict):
    """A table (of the Qt-free glossary's strings) whose values are looked up in the
    current language each time they are read."""

    def __init__(self, context: str, table: dict):
        super().__init__(table)
        self.context = context

    def __getitem__(self, key):
        return QCoreApplication.translate(self.context, super().__getitem__(key))

    def get(self, key, default=None):
        return self[key] if key in self else default

    def later(self, key):
        """``self[key]`` as a callable, looked up in the language of the moment it is
        called: for texts that re-word themselves when the language changes."""
        return lambda: self[key]

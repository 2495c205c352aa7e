"""The window's language and fonts: Chinese or English, and a CJK font that is always there.

Why here: most Linux machines have no CJK font, so Chinese would show as empty boxes; the bundled
WenQuanYi Micro Hei is added as a fallback family of the application font. Qt's own dialogs and
buttons are translated by Qt's ``qtbase_<lang>.qm``; our strings by ``commandpost_<lang>.qm``.

The language: ``--lang`` for one run, else the one chosen in View → Language (saved with
QSettings), else the system's. :func:`install_translators` replaces whatever it installed before,
so switching while the application runs is calling it again (the windows are then rebuilt, see
``ui/sign_in_flow.py``); it also sets the default :class:`QLocale`, which dates are written in
(``ui/when.py``).

Qt's catalogue lags behind Qt's own strings: Qt 6 added keyboard mnemonics to some labels of the
file dialog ("&Look in:", "Files of &type:") and ``qtbase_zh_CN.qm`` still translates only the
old texts, so those labels showed in English in an otherwise Chinese dialog. ``qt_extra_<lang>.qm``
(ours, in resources/i18n) fills those gaps and is searched before Qt's. Qt's catalogue is looked
for where Qt says its translations are, then in the PySide6 package (a frozen bundle may move it).
"""

from __future__ import annotations

import logging
import sys
from importlib.resources import as_file
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from commandpost.assets import resource

LANGUAGES = ("zh", "en")
LANGUAGE_NAMES = {"zh": "中文", "en": "English"}
"""Each language in its own words (the Language menu)."""
LANGUAGE_SETTING = "view/language"
_QT_LOCALE_NAMES = {"zh": "zh_CN", "en": "en"}

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current = ["en"]


def saved_language() -> str | None:
    """The language chosen in View → Language on this desktop, if any."""
    value = QSettings().value(LANGUAGE_SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(lang: str) -> None:
    QSettings().setValue(LANGUAGE_SETTING, lang)


def choose_language(
    requested: str | None, system: QLocale | None = None, saved: str | None = None
) -> str:
    """``requested`` (``--lang``) if given, else ``saved`` (the preference), else zh for any
    Chinese system locale and en for the rest."""
    if requested in LANGUAGES:
        return requested
    if saved in LANGUAGES:
        return saved
    locale = system if system is not None else QLocale.system()
    return "zh" if locale.language() == QLocale.Language.Chinese else "en"


def current_language() -> str:
    """The language last installed (English before any)."""
    return _current[0]


def locale_for(lang: str) -> QLocale:
    """How dates and numbers are written: Chinese as in mainland China, English as the system
    writes English (``ui/when.py``)."""
    if lang == "zh":
        return QLocale("zh_CN")
    from commandpost.ui.when import english_locale

    return english_locale()


def install_cjk_font(app: QApplication) -> list[str]:
    """Register the bundled CJK font and make it the fallback of the application font."""
    data = resource("fonts", "wqy-microhei.ttc").read_bytes()
    font_id = QFontDatabase.addApplicationFontFromData(data)
    if font_id < 0:
        log.warning("the bundled CJK font could not be loaded; Chinese may not render")
        return []
    families = QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(app.font())
    primary = font.family()
    font.setFamilies([primary, *families])
    app.setFont(font)
    # Widgets that pick a family of their own (monospace, a bold heading…) fall back to it too.
    for family in {primary, QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()}:
        QFont.insertSubstitutions(family, families)
    return list(families)


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues may be: Qt's translations path, then the PySide6 package's."""
    import PySide6

    folders = [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        folders.append(str(Path(bundle) / "PySide6" / "Qt" / "translations"))
    return list(dict.fromkeys(f for f in folders if f))


def _load_ours(app: QCoreApplication, name: str) -> QTranslator | None:
    translator = QTranslator(app)
    with as_file(resource("i18n", f"{name}.qm")) as path:
        loaded = translator.load(str(path))
    if not loaded:
        return None
    app.installTranslator(translator)
    return translator


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source language (English): the translators installed here are removed."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our and Qt's translations for ``lang`` in place of those installed before (English is
    the source language); set the default locale to ``lang``'s."""
    remove_translators(app)
    _current[0] = lang
    locale_name = _QT_LOCALE_NAMES[lang]
    QLocale.setDefault(locale_for(lang))
    qt_translator = QTranslator(app)
    for folder in qt_translation_folders():
        if qt_translator.load(f"qtbase_{locale_name}", folder):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
            break
    else:
        if lang != "en":
            log.warning("Qt's own translation for %s was not found", locale_name)
    if lang != "en":
        # Installed last, searched first: our fixes to Qt's catalogue, then our own strings.
        extra = _load_ours(app, f"qt_extra_{locale_name}")
        if extra is not None:
            _installed.append(extra)
        ours = _load_ours(app, f"commandpost_{locale_name}")
        if ours is not None:
            _installed.append(ours)
        else:
            log.warning("no translation for %s; the window stays in English", locale_name)
    return list(_installed)

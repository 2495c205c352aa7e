"""The window's language and fonts: Chinese or English, and a CJK font that is always there.

Why here: most Linux machines have no CJK font, so Chinese would show as empty boxes; the bundled
WenQuanYi Micro Hei is added as a fallback family of the application font. Qt's own dialogs and
buttons are translated by Qt's ``qtbase_<lang>.qm``; our strings by ``commandpost_<lang>.qm``.
"""

from __future__ import annotations

import logging
from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from commandpost.assets import resource

LANGUAGES = ("zh", "en")
_QT_LOCALE_NAMES = {"zh": "zh_CN", "en": "en"}

log = logging.getLogger(__name__)


def choose_language(requested: str | None, system: QLocale | None = None) -> str:
    """``requested`` if given, else zh for any Chinese system locale and en for the rest."""
    if requested in LANGUAGES:
        return requested
    locale = system if system is not None else QLocale.system()
    return "zh" if locale.language() == QLocale.Language.Chinese else "en"


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


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our and Qt's translations for ``lang``; English is the source language."""
    locale_name = _QT_LOCALE_NAMES[lang]
    QLocale.setDefault(QLocale(locale_name))
    installed: list[QTranslator] = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{locale_name}", qt_translations):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if lang != "en":
        ours = QTranslator(app)
        with as_file(resource("i18n", f"commandpost_{locale_name}.qm")) as path:
            loaded = ours.load(str(path))
        if loaded:
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("no translation for %s; the window stays in English", locale_name)
    return installed

"""Translations: the one translation context, ``tr`` and the translator QGIS's locale selects.

Every user-visible string of the plugin is looked up with :func:`tr` (algorithms use
``UsmAlgorithm.tr``, which calls it) in the single context ``UrbanSafetyMonitor``, with the
English text as the key.  ``packaging/i18n.py`` collects those keys -- the literal
``tr("...")`` / ``self.tr("...")`` / ``QCoreApplication.translate(...)`` calls in the code and
the algorithms' metadata as the algorithms look it up at run time -- into ``i18n/usm_<lang>.ts``;
``make package`` compiles them to ``.qm`` files that :func:`install_translator` loads.

Messages with values use named placeholders, translated before formatting::

    tr("Read {n} features from {layer}.").format(n=count, layer=name)
"""

from __future__ import annotations

import os
from typing import Callable, List, Optional

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "UrbanSafetyMonitor"
PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
I18N_DIR = os.path.join(PLUGIN_DIR, "i18n")
#: Languages shipped (i18n/usm_<code>.qm).
LANGUAGES = ("es", "fr", "pt")

#: packaging/i18n.py sets this to a list to record every key looked up (the run-time keys).
_recorder: Optional[List[str]] = None
_translator: Optional[QTranslator] = None
_translator_language: Optional[str] = None


def tr(text: str) -> str:
    """``text`` in the user's language (``text`` itself when there is no translation)."""
    if _recorder is not None and text:
        _recorder.append(text)
    return QCoreApplication.translate(CONTEXT, text)


def tr_noop(text: str) -> str:
    """Mark ``text`` for extraction without translating it now (translate later with tr)."""
    return text


def record_lookups(target: Optional[List[str]]) -> None:
    """Record every key :func:`tr` looks up into ``target`` (None stops); for packaging/i18n.py."""
    global _recorder
    _recorder = target


def qgis_locale() -> str:
    """QGIS's user interface locale, e.g. ``es_ES``: QgsSettings ``locale/userLocale`` when
    ``locale/overrideFlag`` is set (as QGIS itself decides), otherwise the system's locale.

    The environment variable ``USM_LOCALE`` (e.g. ``en``, ``es``), when set, wins: the test
    suite sets it to ``en`` so that a developer's Spanish desktop does not change the messages
    the tests read, and a batch script can choose the language of its logs."""
    forced = os.environ.get("USM_LOCALE", "").strip()
    if forced:
        return forced
    try:
        from qgis.core import QgsSettings

        settings = QgsSettings()
        override = settings.value("locale/overrideFlag", False)
        if isinstance(override, str):
            override = override.strip().lower() in ("true", "1", "yes")
        if override:
            value = settings.value("locale/userLocale", "") or ""
            if value:
                return str(value)
    except Exception:  # noqa: BLE001 -- no QGIS settings: the system's locale
        pass
    return QLocale.system().name()


def language_of(locale: str) -> str:
    """The two-letter language of a locale name (``pt_BR`` -> ``pt``, ``es-419`` -> ``es``)."""
    return (locale or "").replace("-", "_").split("_")[0].split(".")[0].lower()


def qm_path(language: str) -> str:
    return os.path.join(I18N_DIR, f"usm_{language}.qm")


def install_translator(locale: Optional[str] = None) -> Optional[str]:
    """Install the translator for ``locale`` (default: QGIS's locale) and return the language
    installed, or None (English, or no compiled translation: the English texts are used).

    Idempotent: a second call for the same language does nothing; another language replaces
    the previous translator.  Never raises.
    """
    global _translator, _translator_language
    try:
        language = language_of(locale if locale is not None else qgis_locale())
        if language == _translator_language and _translator is not None:
            return language
        remove_translator()
        path = qm_path(language)
        if language in ("", "en", "c") or not os.path.isfile(path):
            return None
        translator = QTranslator()
        if not translator.load(path):
            return None
        QCoreApplication.installTranslator(translator)
        _translator, _translator_language = translator, language
        return language
    except Exception:  # noqa: BLE001 -- a translation problem must never stop the plugin
        return None


def remove_translator() -> None:
    """Remove the translator installed by :func:`install_translator`, if any."""
    global _translator, _translator_language
    if _translator is not None:
        try:
            QCoreApplication.removeTranslator(_translator)
        except Exception:  # noqa: BLE001
            pass
    _translator, _translator_language = None, None


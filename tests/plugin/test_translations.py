"""Translations: valid .ts files whose translations keep the placeholders of their sources,
the .qm files in the package, and the plugin speaking Spanish under QGIS's Spanish locale
(and English under English) -- names, help, log lines and error messages of a real run.

The locale is a QGIS setting read when the plugin starts, so each locale runs in its own
QGIS process (a fresh profile with ``locale/userLocale`` and ``locale/overrideFlag``).
"""

import collections
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
LANGUAGES = ("es", "fr", "pt")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}|%n|%L?\d+")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")


def _messages(path):
    root = ET.parse(path).getroot()
    assert root.tag == "TS"
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            yield (context.findtext("name"), message.findtext("source") or "",
                   "" if translation is None else (translation.text or ""),
                   None if translation is None else translation.get("type"))


def placeholder_problems(source: str, translation: str):
    """What a translation lost or added: placeholders ({name}, %1, %n) and HTML tags."""
    problems = []
    for what, pattern, group in (("placeholders", PLACEHOLDER, 0), ("HTML tags", TAG, 1)):
        wanted = collections.Counter(m.group(group).lower() if group else m.group(0)
                                     for m in pattern.finditer(source))
        got = collections.Counter(m.group(group).lower() if group else m.group(0)
                                  for m in pattern.finditer(translation))
        if wanted != got:
            problems.append(f"{what}: source {sorted(wanted.elements())}, "
                            f"translation {sorted(got.elements())}")
    return problems


def test_placeholder_check_catches_lost_and_renamed_placeholders():
    assert placeholder_problems("Read {n} rows of {layer}.", "Leídas {n} filas de {layer}.") == []
    assert placeholder_problems("Read {n} rows of {layer}.", "{layer}: {n} filas.") == []
    assert placeholder_problems("Read {n} rows.", "Leídas {número} filas.")
    assert placeholder_problems("Read {n} rows.", "Leídas filas.")
    assert placeholder_problems("<b>Bold</b> %1", "<b>Negrita</b>")
    assert placeholder_problems("<b>Bold</b>", "Negrita</b>")


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_is_valid_and_translations_keep_placeholders(language):
    path = I18N / f"usm_{language}.ts"
    assert path.exists(), f"{path} is missing: run make translations"
    messages = list(_messages(path))
    assert len(messages) > 1000
    assert {context for context, *_ in messages} == {"UrbanSafetyMonitor"}
    sources = [source for _, source, _, kind in messages if kind not in ("obsolete", "vanished")]
    assert len(sources) == len(set(sources)), "a source appears twice"
    bad = []
    for _, source, translation, kind in messages:
        if translation.strip() and kind not in ("obsolete", "vanished"):
            for problem in placeholder_problems(source, translation):
                bad.append(f"{source[:60]!r}: {problem}")
    assert not bad, f"{len(bad)} translations in {path.name} break placeholders:\n" + \
        "\n".join(bad[:20])


def test_spanish_is_translated_in_full():
    """The Spanish file is complete: every current string has a translation."""
    missing = [source for _, source, translation, kind in _messages(I18N / "usm_es.ts")
               if kind not in ("obsolete", "vanished") and not translation.strip()]
    assert not missing, f"{len(missing)} Spanish strings untranslated, e.g. {missing[:3]}"


def test_ts_files_have_every_current_string():
    """packaging/i18n.py --check: a tr() string or algorithm text added without running
    `make translations` fails here."""
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "i18n.py"), "--check"],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def _make(*targets):
    if shutil.which("make") is None:
        pytest.fail("make is not installed")
    done = subprocess.run(["make", "-s", *targets], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_make_package_ships_the_compiled_translations():
    _make("package")
    with zipfile.ZipFile(ROOT / "dist" / "urban_safety_monitor.zip") as archive:
        names = set(archive.namelist())
        for language in LANGUAGES:
            assert f"urban_safety_monitor/i18n/usm_{language}.qm" in names, language
        assert not [n for n in names if n.endswith(".ts")]
        spanish = archive.read("urban_safety_monitor/i18n/usm_es.qm")
    assert spanish[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt .qm magic
    assert len(spanish) > 50_000


RUN_SCRIPT = textwrap.dedent(r"""
    import json, os, sys, tempfile
    sys.path.insert(0, sys.argv[1])
    locale = sys.argv[2]
    from qgis.core import (QgsApplication, QgsProcessingException, QgsProcessingFeedback,
                           QgsSettings, QgsVectorLayer, QgsFeature, QgsGeometry, QgsField,
                           QgsVectorFileWriter, QgsCoordinateTransformContext)
    from qgis.PyQt.QtCore import QVariant
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False, tempfile.mkdtemp(prefix="usm-locale-"))
    app.initQgis()
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    from urban_safety_monitor import classFactory
    plugin = classFactory(None)
    plugin.initProcessing()
    registry = QgsApplication.processingRegistry()
    algorithm = registry.createAlgorithmById("usm:globalmoran")

    folder = tempfile.mkdtemp()
    layer = QgsVectorLayer("Polygon?crs=EPSG:32630&field=nid:string&field=value:double",
                           "grid", "memory")
    features = []
    for row in range(6):
        for col in range(6):
            feature = QgsFeature(layer.fields())
            x, y = 500000 + col * 100, 4000000 + row * 100
            feature.setGeometry(QgsGeometry.fromWkt(
                f"POLYGON(({x} {y},{x+100} {y},{x+100} {y+100},{x} {y+100},{x} {y}))"))
            value = None if (row, col) == (0, 0) else float(row * 3 + (col * 7) % 5)
            feature.setAttributes([f"N{row}{col}", value])
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    path = os.path.join(folder, "grid.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)

    class Recording(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []
        def pushInfo(self, text):
            self.lines.append(text); super().pushInfo(text)
        def pushWarning(self, text):
            self.lines.append(text); super().pushWarning(text)
        def reportError(self, text, fatal=False):
            self.lines.append(text); super().reportError(text, fatal)

    base = {"INPUT": path, "ID_FIELD": "nid", "FIELD": "value", "WEIGHTS": 0,
            "OUTPUT": os.path.join(folder, "moran.csv")}
    feedback = Recording()
    processing.run("usm:globalmoran", base, feedback=feedback)
    errors = []
    for change in ({"FIELD": "no_such_field"}, {"OUTPUT": "/no/such/folder/moran.csv"},
                   {"OUTPUT": path}):
        try:
            processing.run("usm:globalmoran", {**base, **change}, feedback=Recording())
            errors.append("")
        except QgsProcessingException as error:
            errors.append(str(error))
    print(json.dumps({
        "name": algorithm.displayName(),
        "group": algorithm.group(),
        "short": algorithm.shortDescription(),
        "help": algorithm.shortHelpString(),
        "labels": [p.description() for p in algorithm.parameterDefinitions()],
        "log": feedback.lines,
        "errors": errors,
    }))
    app.exitQgis()
""")


def _without_forced_locale():
    """The environment without USM_LOCALE (tests/conftest.py sets it to English): here QGIS's
    locale setting must decide."""
    return {key: value for key, value in os.environ.items() if key != "USM_LOCALE"}


def _run_under(locale, tmp_path):
    _make("i18n/usm_es.qm")
    script = tmp_path / "run.py"
    script.write_text(RUN_SCRIPT, encoding="utf-8")
    import_root = ROOT / "build" / "importroot"
    # QgsSettings of a bare QgsApplication live in the user's Qt settings file: a private
    # XDG_CONFIG_HOME keeps this locale out of every other QGIS process on the machine
    # (and a private HOME: where a bare QgsApplication keeps them differs between QGIS versions)
    config, home = tmp_path / "config", tmp_path / "home"
    config.mkdir()
    home.mkdir()
    done = subprocess.run([sys.executable, str(script), str(import_root), locale],
                          capture_output=True, text=True, timeout=300,
                          env={**_without_forced_locale(), "QT_QPA_PLATFORM": "offscreen",
                               "XDG_CONFIG_HOME": str(config), "HOME": str(home)})
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def spanish(tmp_path_factory):
    return _run_under("es_ES", tmp_path_factory.mktemp("es"))


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    return _run_under("en_US", tmp_path_factory.mktemp("en"))


def test_spanish_names_help_and_labels(spanish):
    assert spanish["name"] == "I de Moran global"
    assert spanish["group"] == "Puntos calientes y agrupamientos"
    assert "Parámetros" in spanish["help"] and "Campos de salida" not in spanish["short"]
    assert "Referencias" in spanish["help"]
    assert "Campo de identificador" in spanish["labels"]
    assert "Capa de entrada" in spanish["labels"]
    # no English paragraph left in the help page (names of fields and references aside)
    assert "The " not in re.sub(r"<li>.*?</li>", "", spanish["help"])


def test_spanish_log_and_error_messages(spanish):
    log = "\n".join(spanish["log"])
    assert "Procedencia: usm:globalmoran" in log, log
    assert "no tienen valor de value" in log, log   # the feature with a NULL value
    no_field, no_folder, overwrite = spanish["errors"]
    assert "FIELD: el campo 'no_such_field' no está en la capa dada para INPUT" in no_field
    assert "no existe" in no_folder and "/no/such/folder" in no_folder
    assert "es el archivo del que se lee INPUT" in overwrite


def test_algorithm_log_lines_in_spanish(spanish, english):
    """Lines written by the algorithm itself (not the bridge): each statistic by its meaning
    and the one-sentence verdict, translated before formatting (the values stay as computed)."""
    log = "\n".join(spanish["log"])
    assert re.search(r"^puntuación z bajo normalidad: -?\d", log, re.M), log
    assert re.search(r"^value está agrupado espacialmente de forma significativa "
                     r"\(I = 0\.\d{4}, p = [\d.e-]+ <= 0\.05\)\.$", log, re.M), log
    assert "significantly" not in log and "z-score under normality" not in log
    english_log = "\n".join(english["log"])
    assert re.search(r"^z-score under normality: -?\d", english_log, re.M), english_log
    assert re.search(r"^value is significantly spatially clustered \(I = 0\.\d{4}, p = [\d.e-]+ "
                     r"<= 0\.05\)\.$", english_log, re.M), english_log


def test_translated_moran_verdict_matches_the_core_in_english(qgis_app):
    """The algorithm writes the verdict itself (to translate it); in English it must say what
    the core's global_moran_verdict says, in each of its three cases."""
    from urban_safety_monitor.processing_algorithms.global_moran import GlobalMoranAlgorithm
    from urban_safety_monitor.usm_plugin.core.stats.autocorrelation import global_moran_verdict

    class Result:
        def __init__(self, i, p_sim, p_rand):
            self.I, self.EI, self.p_sim, self.p_rand = i, -0.01, p_sim, p_rand

    algorithm = GlobalMoranAlgorithm()
    for result in (Result(0.31, 0.001, 0.0), Result(-0.2, float("nan"), 0.004),
                   Result(0.02, 0.4, 0.38), Result(0.02, float("nan"), float("nan"))):
        assert algorithm._verdict(result, "rate", 0.05) == \
            global_moran_verdict(result, "rate", 0.05)


def test_english_stays_english(english):
    assert english["name"] == "Global Moran's I"
    assert english["group"] == "Hot spots and clusters"
    assert "<h3>Parameters</h3>" in english["help"]
    log = "\n".join(english["log"])
    assert "Provenance: usm:globalmoran" in log
    no_field, no_folder, overwrite = english["errors"]
    assert "FIELD: field 'no_such_field' is not in the layer given for INPUT" in no_field
    assert "does not exist" in no_folder
    assert "is the file that INPUT is read from" in overwrite


def test_usm_locale_overrides_qgis_locale(monkeypatch):
    from urban_safety_monitor.usm_plugin import i18n

    monkeypatch.setenv("USM_LOCALE", "pt_BR")
    assert i18n.qgis_locale() == "pt_BR"
    monkeypatch.delenv("USM_LOCALE")
    assert i18n.qgis_locale()  # QGIS's setting or the system's locale


def test_no_translation_file_no_crash(tmp_path):
    """A language without a .qm (or a broken one) leaves the English texts, without error."""
    from urban_safety_monitor.usm_plugin import i18n

    assert i18n.language_of("pt_BR") == "pt" and i18n.language_of("es-419") == "es"
    assert i18n.install_translator("xx_YY") is None
    broken = tmp_path / "usm_zz.qm"
    broken.write_bytes(b"not a qm file")
    original = i18n.I18N_DIR
    try:
        i18n.I18N_DIR = str(tmp_path)
        assert i18n.install_translator("zz") is None
    finally:
        i18n.I18N_DIR = original
        i18n.remove_translator()

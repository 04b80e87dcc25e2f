"""Static check: nothing in the shipped code that breaks on QGIS 4 (Qt 6) or warns on 3.40+.

QGIS 4 is Qt 6 only and is not packaged by Debian yet, so this is what can be checked
without it: the sources are scanned for Qt 5-only APIs, imports that bypass ``qgis.PyQt``,
unscoped enums (Qt 6 and QGIS 4 only keep the scoped names, e.g.
``Qgis.ProcessingSourceType.VectorPoint`` instead of ``QgsProcessing.TypeVectorPoint``)
and QGIS calls deprecated since 3.40.  The one module allowed to name old spellings is
``usm_plugin/qgis_compat.py``, which picks the right one for the running QGIS.
Each finding is listed as ``file:line: text`` in the failure message.
"""

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMPAT = ROOT / "usm_plugin" / "qgis_compat.py"

#: (pattern, why) -- checked on every line of every shipped .py file, comments removed.
FORBIDDEN = [
    (r"\b(from|import)\s+(PyQt5|PyQt6|PySide2|PySide6|sip)\b",
     "import Qt through qgis.PyQt (from qgis.PyQt import sip), never a binding directly"),
    (r"\.exec_\(|\.print_\(", "exec_()/print_() do not exist in PyQt6: use exec()/print()"),
    (r"\bQRegExp\b", "QRegExp is gone in Qt 6: use QRegularExpression"),
    (r"\bQDesktopWidget\b", "QDesktopWidget is gone in Qt 6: use QScreen"),
    (r"\bQtWebKit\w*\b", "Qt WebKit is gone in Qt 6"),
    (r"\bQStringList\b|\bQString\(", "QString/QStringList do not exist in PyQt: use str/list"),
    (r"\.toPyObject\(\)|\.toString\(\)\.toUtf8", "PyQt4-era QVariant API"),
    (r"\bQFontMetrics\w*\([^)]*\)\.width\(", "QFontMetrics.width() is gone in Qt 6: horizontalAdvance()"),
    (r"\bQVariant\.(Int|Double|String|LongLong|Bool|Date|DateTime|Time|Type)\b",
     "QVariant.Type is gone in Qt 6: field types through qgis_compat.field_type()"),
    (r"\.parameterAsFields\(", "deprecated since QGIS 3.40: qgis_compat.parameter_as_strings()"),
]

#: Enums QGIS 3.x moved to ``Qgis`` (the class-scoped names are gone in QGIS 4).
MOVED_ENUM = re.compile(
    r"\b(QgsProcessing\.SourceType|QgsWkbTypes\.(Type|GeometryType)|QgsFeatureRequest\.(Flag|"
    r"InvalidGeometryCheck)|QgsFeatureSink\.Flag|QgsProcessingParameterDefinition\.Flag|"
    r"QgsProcessingParameterNumber\.Type|QgsProcessingParameterField\.DataType|"
    r"QgsProcessingFeatureSourceDefinition\.Flag|QgsCoordinateReferenceSystem\.WktVariant|"
    r"QgsUnitTypes\.\w+Unit|QgsMapLayer\.LayerType|QgsProcessingParameterFile\.Behavior|"
    r"QgsProcessingAlgorithm\.Flag|QgsProcessingParameterDateTime\.Type)\b")

#: ``Class.Name`` not followed by ``.`` or ``(``: an enum value read from its class without
#: the enum's scope (ALL_CAPS constants such as Qgis.QGIS_VERSION_INT are not enums).
UNSCOPED_ENUM = re.compile(r"\b(Qt|Qgs\w*|Qgis|Q[A-Z]\w*)\.([A-Z]\w*)\b(?!\s*[.(])")


def _sources():
    files = [ROOT / "__init__.py"]
    for folder in ("usm_plugin", "processing_algorithms"):
        files += [p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts]
    return sorted(files)


def _code_lines(path):
    """(line number, code) for each line, with strings and comments blanked out."""
    text = path.read_text(encoding="utf-8")
    lines = [list(line) for line in text.splitlines()]
    hidden = {tokenize.STRING, tokenize.COMMENT}
    hidden |= {getattr(tokenize, name) for name in ("FSTRING_MIDDLE", "TSTRING_MIDDLE")
               if hasattr(tokenize, name)}
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type not in hidden:
            continue
        (row0, col0), (row1, col1) = token.start, token.end
        for row in range(row0, row1 + 1):
            line = lines[row - 1]
            first = col0 if row == row0 else 0
            last = col1 if row == row1 else len(line)
            line[first:last] = " " * (last - first)
    for number, chars in enumerate(lines, 1):
        yield number, "".join(chars)


def find_qt6_problems(paths):
    """Every finding as 'file:line: text -- why'."""
    found = []
    for path in paths:
        for number, code in _code_lines(path):
            where = f"{path.relative_to(ROOT)}:{number}: {code.strip()}"
            for pattern, why in FORBIDDEN:
                if re.search(pattern, code) and not (path == COMPAT and "parameterAs" in pattern):
                    found.append(f"{where} -- {why}")
            if path == COMPAT:
                continue
            for match in MOVED_ENUM.finditer(code):
                found.append(f"{where} -- {match.group(0)} moved to Qgis (gone in QGIS 4): "
                             "take it from qgis_compat")
            for match in UNSCOPED_ENUM.finditer(code):
                name = match.group(2)
                if name.isupper() or match.group(1) == name:
                    continue
                found.append(f"{where} -- unscoped enum {match.group(0)}: take it from qgis_compat")
    return found


def test_no_qt5_only_api_unscoped_enum_or_deprecated_call_in_shipped_code():
    problems = find_qt6_problems(_sources())
    assert not problems, "Qt 6 / QGIS 4 problems:\n" + "\n".join(problems)


def test_the_check_finds_what_it_looks_for():
    """The scanner itself: each kind of problem in a sample file is reported."""
    sample = ROOT / "build" / "qt6_check_sample.py"
    sample.parent.mkdir(exist_ok=True)
    sample.write_text(
        "from PyQt5.QtCore import QVariant\n"
        "dialog.exec_()\n"
        "field = QgsField('n', QVariant.Int)\n"
        "kind = QgsProcessing.TypeVectorPoint\n"
        "align = Qt.AlignLeft\n"
        "fields = self.parameterAsFields(parameters, 'F', context)\n"
        "ok = Qgis.ProcessingSourceType.VectorPoint  # scoped: fine\n"
        "version = Qgis.QGIS_VERSION_INT  # a constant: fine\n"
        "request.setFlags(QgsFeatureRequest.Flag.NoGeometry)\n"
        "# dialog.exec_() in a comment: fine\n",
        encoding="utf-8")
    try:
        problems = find_qt6_problems([sample])
    finally:
        sample.unlink()
    lines = sorted({int(p.split(":")[1]) for p in problems})
    assert lines == [1, 2, 3, 4, 5, 6, 9], problems

"""Running the declarative algorithm cases of tests/cases/*.yaml in a real headless QGIS.

One YAML file per case (the format is described in tests/cases/README.md). This module
reads a case, resolves its parameters (demo-city layers, repository files, output files
in a work folder), runs the algorithm the way the Processing toolbox does
(``processing.runAndLoadResults``: outputs are loaded into the project and the
algorithm's layer post-processors -- its styles -- run), and checks the expectations.

It is used by tests/plugin/test_cases.py and by tests/cases/make_expected.py; it needs
QGIS only inside the functions that run or read layers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import yaml

CASES_DIR = Path(__file__).resolve().parent
EXPECTED_DIR = CASES_DIR / "expected"
ROOT = CASES_DIR.parents[1]
DEMO_GPKG = ROOT / "sample_layers" / "demo_city.gpkg"
STYLES_DIR = ROOT / "resources" / "styles"

TABLE_CHECKS = {"feature_count", "key", "compare_file", "fields", "values", "sums", "null_count",
                "fields_present"}
KNOWN_KEYS = {"algorithm", "description", "source", "params", "expected", "error",
              "log_contains", "style", "xfail", "xfail_fields"}


# ----------------------------------------------------------------------------- reading cases
def case_files() -> List[Path]:
    return sorted(CASES_DIR.glob("*.yaml"))


class _StrictLoader(yaml.SafeLoader):
    """YAML without duplicate keys: a repeated key would silently drop a check."""


def _no_duplicates(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
    if repeated:
        raise yaml.constructor.ConstructorError(None, None, f"repeated keys {repeated}",
                                                node.start_mark)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def load_case(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        case = yaml.load(handle, Loader=_StrictLoader)  # noqa: S506 (a safe loader)
    if not isinstance(case, dict):
        raise ValueError(f"{path.name}: a case is a mapping")
    unknown = set(case) - KNOWN_KEYS
    if unknown:
        raise ValueError(f"{path.name}: unknown keys {sorted(unknown)} (known: {sorted(KNOWN_KEYS)})")
    for key in ("algorithm", "description", "source", "params"):
        if key not in case:
            raise ValueError(f"{path.name}: '{key}' is required")
    if ("error" in case) == ("expected" in case):
        raise ValueError(f"{path.name}: give either 'expected' (a run that succeeds) or "
                         "'error' (the message of a run that must fail)")
    case["name"] = path.stem
    return case


def algorithm_id(case: dict) -> str:
    return case["algorithm"] if ":" in case["algorithm"] else f"usm:{case['algorithm']}"


# ----------------------------------------------------------------------------- parameters
def resolve(value, workdir: Path, key: str = ""):
    """A case's parameter value as Processing wants it.

    ``{layer: name}`` (optionally ``subset: <OGR SQL where clause>``) is a layer of the demo
    city; ``{file: path}`` a file relative to the repository; ``{output: ext}`` a new file in
    the work folder named after the parameter; lists are resolved item by item.
    """
    if isinstance(value, list):
        return [resolve(v, workdir, key) for v in value]
    if not isinstance(value, dict):
        return value
    if "layer" in value:
        uri = f"{DEMO_GPKG}|layername={value['layer']}"
        if value.get("subset"):
            uri += f"|subset={value['subset']}"
        return uri
    if "file" in value:
        path = ROOT / value["file"]
        if not path.exists():
            raise FileNotFoundError(f"case input {value['file']} does not exist")
        return str(path)
    if "output" in value:
        return str(workdir / f"{key.lower()}.{value['output']}")
    raise ValueError(f"parameter {key}: cannot read {value!r}")


def parameter_words(case: dict) -> set:
    """Every plain string a case passes as a parameter (field names, prefixes...)."""
    words = set()
    for value in case["params"].values():
        for item in (value if isinstance(value, list) else [value]):
            if isinstance(item, str):
                words.update(w for w in re.split(r"[;,]", item) if w)
            elif isinstance(item, dict) and isinstance(item.get("layer"), str):
                words.add(item["layer"])  # a layer's name can prefix fields (fulldiagnosis)
    return words


# ----------------------------------------------------------------------------- running
@dataclass
class Run:
    """What one case run produced."""

    case: dict
    parameters: dict
    results: Optional[dict] = None
    error: Optional[str] = None
    log: str = ""
    loaded: Dict[str, object] = field(default_factory=dict)   # output key -> loaded map layer
    output_fields: Dict[str, List[str]] = field(default_factory=dict)
    input_fields: set = field(default_factory=set)


def _recording_feedback():
    from qgis.core import QgsProcessingFeedback

    class Recording(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append(warning)
            super().pushWarning(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            self.lines.append(error)
            super().reportError(error, fatalError)

    return Recording()


def run_case(case: dict, workdir: Path) -> Run:
    """Run a case as the Processing toolbox would: outputs loaded into the project, the
    algorithm's post-processors (styles) applied by QGIS's own result handling."""
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingException, QgsProject,
                           QgsVectorLayer)

    workdir.mkdir(parents=True, exist_ok=True)
    parameters = {key: resolve(value, workdir, key) for key, value in case["params"].items()}
    run = Run(case=case, parameters=dict(parameters))
    project = QgsProject.instance()
    before = set(project.mapLayers())
    feedback = _recording_feedback()
    context = QgsProcessingContext()
    context.setProject(project)
    try:
        run.results = processing.runAndLoadResults(algorithm_id(case), parameters,
                                                   feedback=feedback, context=context)
    except QgsProcessingException as error:
        run.error = str(error)
    run.log = "\n".join(feedback.lines)
    new_layers = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    for key, value in (run.results or {}).items():
        if not isinstance(value, str):
            continue
        path = value.split("|")[0]
        for layer in new_layers:
            if layer.source().split("|")[0] == path:
                run.loaded[key] = layer
    for key, value in (run.results or {}).items():
        if isinstance(value, str) and value.split("|")[0].endswith((".gpkg", ".csv")):
            layer = QgsVectorLayer(value, key, "ogr")
            if layer.isValid():
                run.output_fields[key] = [f.name() for f in layer.fields() if f.name() != "fid"]
    _summary_as_output(run)
    for value in parameters.values():
        for item in (value if isinstance(value, list) else [value]):
            if isinstance(item, str) and (item.startswith(str(DEMO_GPKG)) or item.split(
                    "|")[0].endswith(".gpkg")):
                layer = QgsVectorLayer(item, "input", "ogr")
                run.input_fields.update(f.name() for f in layer.fields())
    return run


def _summary_as_output(run: Run) -> None:
    """A chain writing a package (fulldiagnosis) has no OUTPUT: the package's one-row-per-
    neighbourhood layer (the algorithm's SUMMARY_LAYER) stands for it, with the fields its
    OUTPUT_FIELDS document."""
    from qgis.core import QgsApplication, QgsVectorLayer

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id(run.case))
    layer_name = getattr(algorithm, "SUMMARY_LAYER", None)
    package = (run.results or {}).get("OUTPUT_GPKG")
    if "OUTPUT" in run.output_fields or not layer_name or not isinstance(package, str):
        return
    layer = QgsVectorLayer(f"{package}|layername={layer_name}", layer_name, "ogr")
    if layer.isValid():
        run.output_fields["OUTPUT"] = [f.name() for f in layer.fields() if f.name() != "fid"]


def unload(run: Run) -> None:
    from qgis.core import QgsProject

    for layer in list(run.loaded.values()):
        QgsProject.instance().removeMapLayer(layer.id())
    run.loaded.clear()


# ----------------------------------------------------------------------------- reading outputs
def _python(value):
    """A QGIS attribute value as a plain Python value (NULL -> None, dates -> ISO text)."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if hasattr(value, "toString") and hasattr(value, "isValid"):   # QDate, QDateTime, QTime
        from qgis.PyQt.QtCore import Qt

        return value.toString(Qt.DateFormat.ISODate)
    return value


def read_table(path_or_uri: str):
    """A vector output's attributes as a pandas DataFrame (geometry left out)."""
    import pandas as pd
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path_or_uri, "output", "ogr")
    if not layer.isValid():
        raise AssertionError(f"cannot open the output {path_or_uri}")
    names = [f.name() for f in layer.fields()]
    rows = [[_python(v) for v in feature.attributes()] for feature in layer.getFeatures()]
    frame = pd.DataFrame(rows, columns=names)
    return frame.drop(columns=[c for c in ("fid",) if c in frame.columns])


def read_raster(path: str):
    """Band 1 of a raster output as a float numpy array (nodata as NaN) and its layer."""
    import numpy as np
    from qgis.core import QgsRasterLayer

    layer = QgsRasterLayer(path, "raster")
    if not layer.isValid():
        raise AssertionError(f"cannot open the raster {path}")
    provider = layer.dataProvider()
    block = provider.block(1, layer.extent(), layer.width(), layer.height())
    values = np.array([[block.value(r, c) for c in range(layer.width())]
                       for r in range(layer.height())], dtype=float)
    if provider.sourceHasNoDataValue(1):
        values[values == provider.sourceNoDataValue(1)] = np.nan
    return values, layer


# ----------------------------------------------------------------------------- comparing
def _tolerance(spec):
    """(absolute, relative) from a field's tolerance: a number (absolute) or {abs, rel}."""
    if spec is None:
        return 0.0, 0.0
    if isinstance(spec, (int, float)):
        return float(spec), 0.0
    return float(spec.get("abs", 0.0)), float(spec.get("rel", 0.0))


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def same_value(actual, expected, tolerance=None) -> bool:
    if _missing(expected) or _missing(actual):
        return _missing(expected) and _missing(actual)
    if isinstance(expected, bool) or isinstance(actual, bool):
        return bool(actual) == bool(expected)
    try:
        a, e = float(actual), float(expected)
    except (TypeError, ValueError):
        return str(actual) == str(expected)
    if isinstance(expected, str) and not re.fullmatch(r"[-+0-9.eE]+", expected.strip()):
        return str(actual) == expected
    absolute, relative = _tolerance(tolerance)
    return abs(a - e) <= absolute + relative * abs(e)


def expected_file(case: dict, key: str) -> Path:
    return EXPECTED_DIR / f"{case['name']}.{key.lower()}.csv"


def read_expected(path: Path):
    import pandas as pd

    # keep_default_na=False + explicit NULL: empty text stays text, NULL is missing
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=["NULL"])
    return frame.astype(object).where(frame.notna(), None)


def check_table(case: dict, key: str, spec: dict, actual, problems: List[str]) -> None:
    """Feature count, field values by key, sums and the expected file of one output."""
    label = f"{case['name']} {key}"
    unknown = set(spec) - TABLE_CHECKS
    if unknown:
        raise ValueError(f"{label}: unknown checks {sorted(unknown)} (known: {sorted(TABLE_CHECKS)})")
    if "feature_count" in spec and len(actual) != spec["feature_count"]:
        problems.append(f"{label}: {len(actual)} features, expected {spec['feature_count']}")
    for name in spec.get("fields_present", []):
        if name not in actual.columns:
            problems.append(f"{label}: field {name} missing (fields: {list(actual.columns)})")
    tolerances = spec.get("fields", {}) or {}
    id_field = spec.get("key")
    if spec.get("values"):
        if id_field is None:
            raise ValueError(f"{label}: 'values' needs a 'key' field")
        indexed = actual.set_index(actual[id_field].astype(str))
        for id_value, expected_row in spec["values"].items():
            if str(id_value) not in indexed.index:
                problems.append(f"{label}: no row with {id_field} = {id_value}")
                continue
            row = indexed.loc[str(id_value)]
            for name, expected in expected_row.items():
                if name not in actual.columns:
                    problems.append(f"{label}: field {name} missing")
                elif not same_value(_python_scalar(row[name]), expected, tolerances.get(name)):
                    problems.append(f"{label}: {id_field}={id_value} {name} = {row[name]!r}, "
                                    f"expected {expected!r}")
    for name, expected in (spec.get("sums") or {}).items():
        if name not in actual.columns:
            problems.append(f"{label}: field {name} missing")
            continue
        total = float(actual[name].dropna().astype(float).sum())
        if not same_value(total, expected, tolerances.get(name)):
            problems.append(f"{label}: sum of {name} = {total!r}, expected {expected!r}")
    for name, expected in (spec.get("null_count") or {}).items():
        nulls = int(actual[name].isna().sum()) if name in actual.columns else None
        if nulls != expected:
            problems.append(f"{label}: {nulls} NULL values of {name}, expected {expected}")
    if spec.get("compare_file"):
        _compare_file(case, key, spec, actual, problems)


def _python_scalar(value):
    item = getattr(value, "item", None)
    return item() if item is not None and getattr(value, "shape", None) == () else value


def _compare_file(case, key, spec, actual, problems):
    label = f"{case['name']} {key}"
    path = expected_file(case, key)
    if not path.exists():
        problems.append(f"{label}: expected file {path.relative_to(ROOT)} is missing "
                        "(tests/cases/make_expected.py writes it)")
        return
    expected = read_expected(path)
    id_field = spec["key"]
    tolerances = spec.get("fields", {}) or {}
    missing_fields = [c for c in expected.columns if c not in actual.columns]
    if missing_fields:
        problems.append(f"{label}: fields {missing_fields} of the expected file are not written")
        return
    a = actual.set_index(actual[id_field].astype(str))
    e = expected.set_index(expected[id_field].astype(str))
    if set(a.index) != set(e.index) or len(a) != len(e):
        problems.append(f"{label}: rows differ from the expected file: "
                        f"{sorted(set(e.index) - set(a.index))[:5]} missing, "
                        f"{sorted(set(a.index) - set(e.index))[:5]} extra, {len(a)} vs {len(e)}")
        return
    for column in expected.columns:
        if column == id_field:
            continue
        bad = [i for i in e.index if not same_value(_python_scalar(a.at[i, column]),
                                                     e.at[i, column], tolerances.get(column))]
        if bad:
            problems.append(f"{label}: {column} differs from the expected file for {len(bad)} "
                            f"rows, e.g. {id_field}={bad[0]}: {a.at[bad[0], column]!r} vs "
                            f"{e.at[bad[0], column]!r} (tolerance {tolerances.get(column, 0)})")


def check_raster(case, key, spec, path, problems):
    import numpy as np

    label = f"{case['name']} {key}"
    values, layer = read_raster(path)
    cell_x = layer.rasterUnitsPerPixelX()
    checks = {
        "width": layer.width(), "height": layer.height(), "cell_size": cell_x,
        "crs": layer.crs().authid(),
        "sum": float(np.nansum(values)), "max": float(np.nanmax(values)),
        "min": float(np.nanmin(values)),
        # density per km² times the cell area in km²: the mass of the surface
        "sum_times_cell_km2": float(np.nansum(values)) * cell_x * layer.rasterUnitsPerPixelY() / 1e6,
    }
    tolerances = spec.get("tolerance", {}) or {}
    for name, expected in spec.items():
        if name in ("tolerance", "type"):
            continue
        if name not in checks:
            raise ValueError(f"{label}: unknown raster check {name} (known: {sorted(checks)})")
        if not same_value(checks[name], expected, tolerances.get(name)):
            problems.append(f"{label}: raster {name} = {checks[name]!r}, expected {expected!r}")


def check_run(run: Run) -> List[str]:
    """Every expectation of a case against its run; returns the problems found."""
    case, problems = run.case, []
    if "Traceback" in run.log or (run.error and "Traceback" in run.error):
        problems.append(f"{case['name']}: a Python traceback reached the user:\n{run.log}")
    if "error" in case:
        if run.error is None:
            problems.append(f"{case['name']}: the run succeeded; expected an error containing "
                            f"{case['error']!r}")
        elif case["error"].lower() not in (run.error + "\n" + run.log).lower():
            problems.append(f"{case['name']}: error message does not say {case['error']!r}:\n"
                            f"{run.error}\n{run.log}")
    elif run.error is not None:
        problems.append(f"{case['name']}: the run failed: {run.error}\n{run.log}")
        return problems
    leaked = re.findall(r"\bnp\.\w+\(", (run.error or "") + "\n" + run.log)
    if leaked:
        problems.append(f"{case['name']}: numpy reprs ({sorted(set(leaked))}) in a message "
                        f"to the user:\n{run.log}")
    if "were not correctly generated" in run.log:
        problems.append(f"{case['name']}: QGIS could not load an output:\n{run.log}")
    for text in case.get("log_contains", []):
        if text.lower() not in run.log.lower():
            problems.append(f"{case['name']}: log does not contain {text!r}")
    for key, spec in (case.get("expected") or {}).items():
        value = (run.results or {}).get(key)
        if isinstance(spec, dict) and spec.get("type") == "raster":
            check_raster(case, key, spec, value, problems)
        elif isinstance(spec, dict) and "number" in spec:
            if not same_value(value, spec["number"], spec.get("tolerance")):
                problems.append(f"{case['name']}: output {key} = {value!r}, expected "
                                f"{spec['number']!r}")
        elif isinstance(spec, dict):
            if not isinstance(value, str):
                problems.append(f"{case['name']}: output {key} missing from the results {run.results}")
                continue
            check_table(case, key, spec, read_table(value), problems)
        else:
            if not same_value(value, spec):
                problems.append(f"{case['name']}: output {key} = {value!r}, expected {spec!r}")
    return problems


# ----------------------------------------------------------------------------- styles
def renderer_signature(renderer, with_attribute: bool = True) -> tuple:
    """What a renderer draws: its type, class attribute, classes and their colours."""
    kind = renderer.type()
    parts = [kind]
    if with_attribute and hasattr(renderer, "classAttribute"):
        parts.append(renderer.classAttribute())
    if hasattr(renderer, "categories"):
        parts.append(tuple((str(c.value()), c.label(), c.symbol().color().name())
                           for c in renderer.categories()))
    if hasattr(renderer, "ranges"):
        parts.append(tuple((round(r.lowerValue(), 9), round(r.upperValue(), 9), r.label(),
                            r.symbol().color().name()) for r in renderer.ranges()))
    if hasattr(renderer, "rootRule"):
        parts.append(tuple(_rules(renderer.rootRule())))
    shader = getattr(renderer, "shader", lambda: None)()
    function = shader.rasterShaderFunction() if shader is not None else None
    if function is not None and hasattr(function, "colorRampItemList"):
        parts.append(tuple(item.color.name() for item in function.colorRampItemList()))
    return tuple(parts)


def _rules(rule):
    """(filter, label, colour) of a rule-based renderer's rules, depth first."""
    for child in rule.children():
        symbol = child.symbol()
        yield (child.filterExpression(), child.label(),
               symbol.color().name() if symbol is not None else None)
        yield from _rules(child)


def _replaced(signature, replacements):
    """A signature with the text of a style template's placeholders replaced."""
    if isinstance(signature, tuple):
        return tuple(_replaced(part, replacements) for part in signature)
    if isinstance(signature, str):
        for old, new in replacements.items():
            signature = signature.replace(old, new)
    return signature


def qml_renderer(layer, qml: str):
    """The renderer a bundled .qml gives a fresh copy of ``layer``."""
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    if isinstance(layer, QgsRasterLayer):
        fresh = QgsRasterLayer(layer.source(), "fresh")
    else:
        fresh = QgsVectorLayer(layer.source(), "fresh", layer.providerType())
    message, ok = fresh.loadNamedStyle(str(STYLES_DIR / qml))
    if not ok:
        raise AssertionError(f"{qml} does not load: {message}")
    return fresh.renderer(), fresh


def check_style(run: Run) -> List[str]:
    """The output loaded into the project wears the style the case names."""
    case, spec, problems = run.case, run.case.get("style"), []
    if not spec:
        return problems
    key = spec.get("output", "OUTPUT")
    layer = run.loaded.get(key)
    if layer is None:
        return [f"{case['name']}: output {key} was not loaded into the project "
                f"(loaded: {sorted(run.loaded)})"]
    renderer = layer.renderer()
    if spec.get("qml"):
        reference, _fresh = qml_renderer(layer, spec["qml"])
        overridden = "attribute" in spec
        ours = renderer_signature(renderer, with_attribute=not overridden)
        theirs = _replaced(renderer_signature(reference, with_attribute=not overridden),
                           spec.get("replace", {}))
        if spec.get("rescaled"):     # classes stretched to the data: compare type and colours
            ours, theirs = (ours[0], ours[-1]), (theirs[0], theirs[-1])
        if ours != theirs:
            problems.append(f"{case['name']}: the loaded layer's renderer is not the one of "
                            f"{spec['qml']}:\n  loaded {ours}\n  .qml   {theirs}")
    if spec.get("renderer") and renderer.type() != spec["renderer"]:
        problems.append(f"{case['name']}: renderer {renderer.type()}, expected {spec['renderer']}")
    attribute = getattr(renderer, "classAttribute", lambda: None)()
    if spec.get("attribute") and attribute != spec["attribute"]:
        problems.append(f"{case['name']}: renderer draws {attribute!r}, expected "
                        f"{spec['attribute']!r}")
    if spec.get("classes"):
        colours = {str(c.value()): c.symbol().color().name()
                   for c in getattr(renderer, "categories", lambda: [])()}
        for value, colour in spec["classes"].items():
            if colours.get(str(value)) != colour:
                problems.append(f"{case['name']}: class {value!r} drawn in "
                                f"{colours.get(str(value))}, expected {colour}")
    if spec.get("maximum") is not None:
        import numpy as np

        expected_max = spec["maximum"]
        if expected_max == "p99":     # the 99th percentile of the surface's positive values
            values, _ = read_raster(layer.source())
            expected_max = float(np.percentile(values[values > 0], 99))
        shader_max = renderer.classificationMax()
        if not same_value(shader_max, expected_max, spec.get("tolerance", {"rel": 1e-6})):
            problems.append(f"{case['name']}: colour ramp stretched to {shader_max}, expected "
                            f"{expected_max}")
    return problems


# ----------------------------------------------------------------------------- documented fields
def _field_patterns(documented, input_fields: set, words: set):
    """(exact names, regexes) the documented OUTPUT_FIELDS allow for one run.

    ``(input fields)``-like entries allow the input layers' fields; ``a, b`` lists two
    names; ``n_m01 .. n_m12`` a range; ``<placeholder>`` stands for a parameter value
    (field names, prefixes) when the name starts with it, and for any text after a fixed
    prefix (``n_cat_<category>``).
    """
    exact, patterns = set(), []
    for name, _meaning, _unit in documented:
        name = name.strip()
        if name.startswith("("):
            patterns.extend(re.escape(f) for f in input_fields)
            continue
        if ".." in name:
            first, last = [p.strip() for p in name.split("..")]
            prefix = first[:len(_common_prefix(first, last))]
            patterns.append(re.escape(prefix) + r"\w+")
            continue
        for part in (p.strip() for p in name.split(",")):
            if "<" not in part:
                exact.add(part)
                continue
            regex, position = "", 0
            for match in re.finditer(r"<[^>]+>", part):
                regex += re.escape(part[position:match.start()])
                if match.start() == 0:
                    regex += "(?:" + "|".join(re.escape(w) for w in sorted(words | input_fields)) + ")"
                else:
                    regex += r".+"
                position = match.end()
            patterns.append(regex + re.escape(part[position:]))
    return exact, patterns


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def undocumented_fields(written, documented, input_fields: set, words: set) -> List[str]:
    exact, patterns = _field_patterns(documented, input_fields, words)
    combined = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return [f for f in written
            if f not in exact and not (combined is not None and combined.fullmatch(f))]


def exact_documented_fields(documented) -> set:
    exact, _ = _field_patterns(documented, set(), set())
    return exact

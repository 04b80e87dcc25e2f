"""Write the expected files of the cases from the current code.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/cases/make_expected.py CASE [CASE ...]

For each named case (file stem in tests/cases/) with ``compare_file: true`` outputs, runs
the algorithm and writes ``expected/<case>.<output>.csv`` with the key field and the fields
listed under ``fields``. Run it only after checking the new values by an independent route
(see tests/cases/README.md, and tests/plugin/test_case_references.py, which recomputes the
expected files that have a reference) and say in the case's ``source`` where they come from.
"""

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("usm_casekit", HERE / "casekit.py")
casekit = sys.modules.setdefault("usm_casekit", importlib.util.module_from_spec(_SPEC))
if not hasattr(casekit, "run_case"):
    _SPEC.loader.exec_module(casekit)


_KEEP = []


def _start_qgis():
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import_root = casekit.ROOT / "build" / "importroot"
    import_root.mkdir(parents=True, exist_ok=True)
    link = import_root / "urban_safety_monitor"
    if not link.exists():
        link.symlink_to(casekit.ROOT, target_is_directory=True)
    sys.path.insert(0, str(import_root))
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False, tempfile.mkdtemp(prefix="usm-expected-"))
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from urban_safety_monitor.usm_plugin.provider import UsmProvider

    provider = UsmProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    _KEEP.append(provider)    # the provider's Python object must outlive the registration
    return app


def _text(value):
    if value is None or (isinstance(value, float) and value != value):
        return "NULL"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_expected(case, workdir):
    run = casekit.run_case(case, workdir)
    if run.error:
        raise SystemExit(f"{case['name']}: the run failed: {run.error}\n{run.log}")
    for key, spec in case["expected"].items():
        if not (isinstance(spec, dict) and spec.get("compare_file")):
            continue
        frame = casekit.read_table(run.results[key])
        columns = [spec["key"]] + [f for f in spec["fields"] if f != spec["key"]]
        frame = frame[columns].sort_values(spec["key"], key=lambda s: s.astype(str))
        path = casekit.expected_file(case, key)
        path.parent.mkdir(exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(",".join(columns) + "\n")
            for row in frame.itertuples(index=False):
                handle.write(",".join(_quote(_text(casekit._python_scalar(v))) for v in row) + "\n")
        print(f"wrote {path.relative_to(casekit.ROOT)} ({len(frame)} rows)")
    casekit.unload(run)


def _quote(text):
    if any(c in text for c in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="+", help="case names (file stems in tests/cases/)")
    names = parser.parse_args().cases
    app = _start_qgis()
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            case = casekit.load_case(HERE / f"{name}.yaml")
            write_expected(case, Path(tmp) / name)
    app.exitQgis()


if __name__ == "__main__":
    main()

"""The declarative algorithm cases (tests/cases/*.yaml) in a real headless QGIS.

Each case file names an algorithm, its parameters on the demo city and what must come out:
an expected file compared field by field with tolerances, feature counts, values, sums,
numeric outputs, log lines, or the message of a run that must fail. Every case runs the way
the Processing toolbox runs an algorithm (outputs loaded into the project, the algorithm's
post-processors applied), so the same run also checks the style QGIS put on the output.

Besides the cases themselves:
- every registered algorithm has at least one case that runs it successfully (adding an
  algorithm means adding a case file);
- every field written to a case's main output is documented in the algorithm's
  OUTPUT_FIELDS, and every documented field with a fixed name is written by some case;
- every bundled output style (resources/styles/*.qml) is checked through some case.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "usm_casekit", Path(__file__).resolve().parents[1] / "cases" / "casekit.py")
casekit = sys.modules.setdefault("usm_casekit", importlib.util.module_from_spec(_SPEC))
if not hasattr(casekit, "run_case"):
    _SPEC.loader.exec_module(casekit)

CASES = [casekit.load_case(path) for path in casekit.case_files()]
SUCCESS_CASES = [c for c in CASES if "error" not in c]
_RUNS = {}   # case name -> casekit.Run, so the field checks reuse the case runs


def _params(cases, xfail_key="xfail"):
    marks = []
    for case in cases:
        reason = case.get("xfail") or case.get(xfail_key)
        xfail = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        marks.append(pytest.param(case, id=case["name"], marks=xfail))
    return marks


def _run(case, tmp_path_factory):
    if case["name"] not in _RUNS:
        run = casekit.run_case(case, tmp_path_factory.mktemp(case["name"]))
        _RUNS[case["name"]] = run
    return _RUNS[case["name"]]


@pytest.mark.parametrize("case", _params(CASES))
def test_case(case, qgis_app, tmp_path_factory):
    run = _run(case, tmp_path_factory)
    try:
        problems = casekit.check_run(run) + casekit.check_style(run)
    finally:
        casekit.unload(run)
    assert not problems, "\n".join(problems)


def test_every_algorithm_has_a_case(qgis_app):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("usm")
    registered = {alg.id() for alg in provider.algorithms()}
    covered = {casekit.algorithm_id(c) for c in SUCCESS_CASES}
    assert registered - covered == set(), (
        "algorithms without a case file in tests/cases/ that runs them: "
        f"{sorted(registered - covered)}")
    unknown = {casekit.algorithm_id(c) for c in CASES} - registered
    assert not unknown, f"case files name algorithms that are not registered: {sorted(unknown)}"


def test_every_output_style_is_checked_through_an_algorithm():
    styled = {c["style"]["qml"] for c in SUCCESS_CASES if c.get("style", {}).get("qml")}
    bundled = {p.name for p in casekit.STYLES_DIR.glob("*.qml")}
    assert bundled - styled == set(), (
        f"styles no case checks on an algorithm's output: {sorted(bundled - styled)}")


def _documented(case):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(casekit.algorithm_id(case))
    return tuple(algorithm.OUTPUT_FIELDS)


@pytest.mark.parametrize("case", _params([c for c in SUCCESS_CASES
                                          if c["expected"].get("OUTPUT", {}).get("type") != "raster"],
                                         xfail_key="xfail_fields"))
def test_written_fields_are_documented(case, qgis_app, tmp_path_factory):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(casekit.algorithm_id(case))
    if algorithm.parameterDefinition("OUTPUT") is None and \
            not getattr(algorithm, "SUMMARY_LAYER", None):
        # a chain of other algorithms: its layers are the steps' outputs, documented by each
        # step; it must not claim fields of its own unless it writes a summary layer
        # (fulldiagnosis: neighbourhood_summary stands for its OUTPUT, see casekit)
        assert not algorithm.OUTPUT_FIELDS
        return
    run = _run(case, tmp_path_factory)
    casekit.unload(run)
    assert run.error is None, run.error
    written = run.output_fields.get("OUTPUT")
    assert written, f"no readable OUTPUT in {run.results}"
    missing = casekit.undocumented_fields(written, _documented(case), run.input_fields,
                                          casekit.parameter_words(case))
    assert not missing, (f"{case['algorithm']} writes fields its OUTPUT_FIELDS do not document: "
                         f"{missing}")


def test_documented_fields_are_written(qgis_app, tmp_path_factory):
    """Every documented field with a fixed name appears in the main output of some case."""
    by_algorithm = {}
    for case in SUCCESS_CASES:
        if case.get("xfail") or case["expected"].get("OUTPUT", {}).get("type") == "raster":
            continue
        run = _run(case, tmp_path_factory)
        casekit.unload(run)
        written = by_algorithm.setdefault(casekit.algorithm_id(case), [set(), case])[0]
        written.update(run.output_fields.get("OUTPUT", []))
    problems = []
    for algorithm, (written, case) in sorted(by_algorithm.items()):
        never = casekit.exact_documented_fields(_documented(case)) - written
        if never:
            problems.append(f"{algorithm}: documented but written by no case: {sorted(never)}")
    assert not problems, "\n".join(problems)

"""usm:publicrelease in a real headless QGIS on the demo city's incident counts."""

import numpy as np
import pytest

ALG = "usm:publicrelease"


@pytest.fixture(scope="module")
def counts(qgis_app, demo_gpkg, tmp_path_factory):
    """The demo city's incidents per neighbourhood and category (Aggregate incidents)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    out = str(tmp_path_factory.mktemp("release") / "counts.gpkg")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("usm:aggregateincidents", {
        "INCIDENTS": f"{demo_gpkg}|layername=incidents",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods",
        "NEIGHBOURHOOD_ID": "nbhd_id", "CATEGORY_FIELD": "category",
        "OUTPUT": out, "ACCOUNTING": "TEMPORARY_OUTPUT"}, context=context,
        feedback=QgsProcessingFeedback())
    return out


def _frame(path):
    import geopandas as gpd

    return gpd.read_file(path)


def _categories(path):
    return [c for c in _frame(path).columns if c.startswith("n_cat_")]


def test_small_counts_withheld_and_report_written(run_algorithm, counts, tmp_path):
    cats = _categories(counts)
    out, report = str(tmp_path / "public.gpkg"), str(tmp_path / "report.csv")
    results, feedback = run_algorithm(ALG, {
        "INPUT": counts, "ID_FIELD": "nbhd_id", "COUNT_FIELDS": cats, "TOTAL_FIELD": "n_total",
        "THRESHOLD": 5, "OUTPUT": out, "REPORT": report})
    original = _frame(counts).set_index("nbhd_id")
    public = _frame(out).set_index("nbhd_id")
    for name in cats + ["n_total"]:
        small = (original[name] > 0) & (original[name] < 5)
        assert public.loc[small[small].index, name].isna().all(), name
        shown = public[name].notna()
        assert (public.loc[shown, name] == original.loc[shown[shown].index, name]).all()
    # only what was asked for is published (no other attribute of the input)
    assert set(public.columns) == set(cats) | {"n_total", "dens_total", "withheld",
                                               "n_suppressed", "geometry"}
    import pandas as pd

    rows = dict(pd.read_csv(report)[["item", "value"]].values)
    assert int(rows["primary_suppressions"]) > 0
    assert "primary_suppressions" in feedback.log


def test_masked_points_keep_the_minimum_distance(run_algorithm, counts, demo_gpkg, tmp_path):
    import geopandas as gpd

    points_out = str(tmp_path / "points.gpkg")
    run_algorithm(ALG, {
        "INPUT": counts, "ID_FIELD": "nbhd_id", "COUNT_FIELDS": ["n_total"],
        "POINTS": f"{demo_gpkg}|layername=incidents", "POINT_CATEGORY": "category",
        "MIN_DISPLACEMENT": 150, "MAX_DISPLACEMENT": 400,
        "OUTPUT": str(tmp_path / "p.gpkg"), "REPORT": "TEMPORARY_OUTPUT",
        "POINTS_OUTPUT": points_out})
    masked = gpd.read_file(points_out)
    true = gpd.read_file(demo_gpkg, layer="incidents")
    true = true[~(true.geometry.isna() | true.geometry.is_empty)].reset_index(drop=True)
    assert list(masked.columns) == ["category", "geometry"]  # no ids, dates or victims
    assert len(masked) == len(true)
    moved = np.hypot(masked.geometry.x - true.geometry.x, masked.geometry.y - true.geometry.y)
    assert moved.min() >= 150 - 1e-6 and moved.max() <= 400 + 1e-6


@pytest.mark.parametrize("extra, message", [
    ({"SENSITIVE_FIELDS": ["n_total"]}, "sensitive field"),
    ({"POINTS": "{demo}|layername=incidents"}, "POINTS_OUTPUT"),
])
def test_bad_requests_are_clear_errors(run_algorithm, counts, demo_gpkg, tmp_path, extra, message):
    from qgis.core import QgsProcessingException

    extra = {k: (v.format(demo=demo_gpkg) if isinstance(v, str) else v) for k, v in extra.items()}
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm(ALG, {"INPUT": counts, "ID_FIELD": "nbhd_id",
                            "COUNT_FIELDS": _categories(counts)[:2],
                            "OUTPUT": str(tmp_path / "o.gpkg"), "REPORT": "TEMPORARY_OUTPUT",
                            **extra})

"""usm:publicrelease: one geography per package, and an attacker holding the published
package (row and city totals, two periods, every layer of the package) recovers no
withheld cell."""

import hashlib
import sqlite3

import numpy as np
import pandas as pd
import pytest

ALG = "usm:publicrelease"


def _aggregate(demo_gpkg, out, layer, id_field):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("usm:aggregateincidents", {
        "INCIDENTS": f"{demo_gpkg}|layername=incidents",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername={layer}", "NEIGHBOURHOOD_ID": id_field,
        "CATEGORY_FIELD": "category", "DATE_FIELD": "occurred_at", "PERIODS": [0],
        "OUTPUT": out, "ACCOUNTING": "TEMPORARY_OUTPUT"}, context=context,
        feedback=QgsProcessingFeedback())
    return out


@pytest.fixture(scope="module")
def counts(qgis_app, demo_gpkg, tmp_path_factory):
    """The demo city's incidents by category and year on two geographies that both cover
    the city: neighbourhoods and census units."""
    folder = tmp_path_factory.mktemp("geographies")
    return (_aggregate(demo_gpkg, str(folder / "by_nbhd.gpkg"), "neighbourhoods", "nbhd_id"),
            _aggregate(demo_gpkg, str(folder / "by_census.gpkg"), "census_units", "census_id"))


def _fields(path, prefix):
    import geopandas as gpd

    return [c for c in gpd.read_file(path).columns if c.startswith(prefix)]


def _publish(run_algorithm, source, id_field, package, table, tmp_path, threshold=5):
    parameters = {
        "INPUT": source, "ID_FIELD": id_field,
        "COUNT_FIELDS": _fields(source, "n_cat_") + _fields(source, "n_y"),
        "TOTAL_FIELD": "n_total", "THRESHOLD": threshold,
        "OUTPUT": f"ogr:dbname='{package}' table=\"{table}\" (geom)",
        "REPORT": str(tmp_path / f"{table}_report.csv")}
    return run_algorithm(ALG, parameters)


def _digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _layers(path):
    with sqlite3.connect(path) as connection:
        return sorted(r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents")
                      if r[0] != "layer_styles")


def test_second_geography_of_the_same_data_is_refused(run_algorithm, counts, tmp_path):
    from qgis.core import QgsProcessingException

    by_nbhd, by_census = counts
    package = str(tmp_path / "public.gpkg")
    _publish(run_algorithm, by_nbhd, "nbhd_id", package, "incidents_by_neighbourhood", tmp_path)
    assert _layers(package) == ["incidents_by_neighbourhood", "usm_public_releases"]
    before = _digest(package)
    with pytest.raises(QgsProcessingException) as error:
        _publish(run_algorithm, by_census, "census_id", package, "incidents_by_census_unit",
                 tmp_path)
    message = str(error.value)
    assert "differencing" in message and "incidents_by_neighbourhood" in message
    assert "Nothing was written" in message and "Traceback" not in message
    assert _digest(package) == before and _layers(package) == [
        "incidents_by_neighbourhood", "usm_public_releases"]
    # the same geography again (a corrected release) replaces its layer and is allowed
    _publish(run_algorithm, by_nbhd, "nbhd_id", package, "incidents_by_neighbourhood", tmp_path,
             threshold=6)
    # the census geography on its own package is a release of its own
    other = str(tmp_path / "public_census.gpkg")
    _publish(run_algorithm, by_census, "census_id", other, "incidents_by_census_unit", tmp_path)
    assert "incidents_by_census_unit" in _layers(other)


def _bounds(cells, rows, rhs, upper_rows, upper_rhs):
    """Tightest bounds an outsider gets on each withheld cell (counts >= 0): linear
    programming on the published equations and inequalities, independent of the
    suppression code."""
    from scipy.optimize import linprog

    a, b = np.array(rows), np.array(rhs)
    ub = dict(A_ub=np.array(upper_rows), b_ub=np.array(upper_rhs)) if upper_rows else {}
    exact = []
    for k, cell in enumerate(cells):
        objective = np.zeros(len(cells))
        objective[k] = 1
        low = linprog(objective, A_eq=a, b_eq=b, bounds=(0, None), method="highs", **ub)
        high = linprog(-objective, A_eq=a, b_eq=b, bounds=(0, None), method="highs", **ub)
        assert low.status == 0 and high.status == 0, cell
        if -high.fun - low.fun < 0.5:
            exact.append((cell, low.fun))
    return exact


def test_an_attacker_with_the_package_recovers_no_withheld_cell(run_algorithm, counts,
                                                                tmp_path):
    """Row totals (categories and the two-plus periods each add up to n_total), the city
    totals of every field (taken as public) and every layer the package holds: no withheld
    cell is pinned to one value, while the primary suppressions alone would leak."""
    import geopandas as gpd

    by_nbhd, _ = counts
    package = str(tmp_path / "public.gpkg")
    _publish(run_algorithm, by_nbhd, "nbhd_id", package, "public_counts", tmp_path)
    geographies = [l for l in _layers(package) if l != "usm_public_releases"]
    assert geographies == ["public_counts"]  # one geography: nothing to difference against
    public = gpd.read_file(package, layer="public_counts").set_index("nbhd_id")
    original = gpd.read_file(by_nbhd).set_index("nbhd_id").loc[public.index]
    categories, years = _fields(by_nbhd, "n_cat_"), _fields(by_nbhd, "n_y")
    assert len(years) >= 2
    fields = categories + years + ["n_total"]
    cells = [(i, f) for i in public.index for f in fields if pd.isna(public.loc[i, f])]
    assert len(cells) > 50  # the demo city has many small counts
    index = {c: k for k, c in enumerate(cells)}
    rows, rhs = [], []
    for f in fields:  # city totals
        row, total = np.zeros(len(cells)), float(original[f].sum())
        for i in public.index:
            if (i, f) in index:
                row[index[(i, f)]] = 1
            else:
                total -= float(public.loc[i, f])
        if row.any():
            rows.append(row)
            rhs.append(total)
    upper_rows, upper_rhs = [], []
    for group in (categories, years):  # each group adds up to the row total where it does,
        for i in public.index:             # to at most the total elsewhere (undated incidents)
            adds_up = original.loc[i, group].sum() == original.loc[i, "n_total"]
            row, total = np.zeros(len(cells)), 0.0
            if (i, "n_total") in index:
                row[index[(i, "n_total")]] = -1
            else:
                total = float(public.loc[i, "n_total"])
            for f in group:
                if (i, f) in index:
                    row[index[(i, f)]] = 1
                else:
                    total -= float(public.loc[i, f])
            if row.any():
                (rows if adds_up else upper_rows).append(row)
                (rhs if adds_up else upper_rhs).append(total)
    # the published cells are the true ones, so the true table solves the equations
    truth = np.array([float(original.loc[i, f]) for i, f in cells])
    np.testing.assert_allclose(np.array(rows) @ truth, rhs, atol=1e-6)
    if upper_rows:
        assert (np.array(upper_rows) @ truth <= np.array(upper_rhs) + 1e-6).all()
    # the demo city's 25 undated incidents: rows whose years add up to less than the total
    assert (original[years].sum(axis=1) < original["n_total"]).sum() == 25
    assert _bounds(cells, rows, rhs, upper_rows, upper_rhs) == []

"""usm:interpolatecensus, usm:jointable and usm:aggregatesurvey in headless QGIS, demo city."""

import pytest


def _layer(result):
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(result, "o", "ogr") if isinstance(result, str) else result


def _rows(result):
    layer = _layer(result)
    names = [f.name() for f in layer.fields()]
    return [{n: (None if f[n] is None or str(f[n]) == "NULL" else f[n]) for n in names}
            for f in layer.getFeatures()]


def _uri(gpkg, name):
    return f"{gpkg}|layername={name}"


def _census(run_algorithm, demo_gpkg, tmp_path, census=None, **extra):
    tmp_path.mkdir(parents=True, exist_ok=True)
    parameters = {
        "CENSUS": census or _uri(demo_gpkg, "census_units"), "CENSUS_ID": "census_id",
        "NEIGHBOURHOODS": _uri(demo_gpkg, "neighbourhoods"), "NEIGHBOURHOOD_ID": "nbhd_id",
        "EXTENSIVE_FIELDS": ["population", "households", "unemployed"],
        "INTENSIVE_FIELDS": ["unemployment_rate", "income_mean"], "INTENSIVE_WEIGHT": 1,
        "POPULATION_FIELD": "population",
        "OUTPUT": str(tmp_path / "census.gpkg"), "TOTALS": str(tmp_path / "totals.gpkg"),
        "DIAGNOSTICS": str(tmp_path / "diag.gpkg"),
    }
    parameters.update(extra)
    return run_algorithm("usm:interpolatecensus", parameters)


def _truth(demo_gpkg):
    import pyogrio

    truth = pyogrio.read_dataframe(demo_gpkg, layer="planted_truth", read_geometry=False)
    return dict(zip(truth.nbhd_id, truth.population))


def test_census_totals_preserved_on_demo_city(run_algorithm, demo_gpkg, tmp_path):
    import pyogrio

    results, feedback = _census(run_algorithm, demo_gpkg, tmp_path)
    census = pyogrio.read_dataframe(demo_gpkg, layer="census_units", read_geometry=False)
    rows = _rows(results["OUTPUT"])
    assert len(rows) == 250
    for field in ("population", "households", "unemployed"):
        assert sum(r[field] for r in rows) == pytest.approx(census[field].sum(), rel=1e-9)
    totals = {r["variable"]: r for r in _rows(results["TOTALS"])}
    assert totals["population"]["note"] == "preserved"
    # a float sum: its last bits depend on the numpy/GDAL build (summation order)
    assert totals["population"]["source_total"] == pytest.approx(census.population.sum(), rel=1e-12)
    # neighbourhood fields are kept; every neighbourhood is fully covered by census units
    assert all(r["name"] for r in rows)
    assert all(r["src_cover"] == pytest.approx(1.0) for r in rows)
    # population-weighted rate stays a rate
    rates = [r["unemployment_rate"] for r in rows if r["unemployment_rate"] is not None]
    assert len(rates) > 200 and 0 <= min(rates) and max(rates) <= 1
    assert "preserved" in feedback.log


def test_dasymetric_raster_is_closer_to_the_planted_population(run_algorithm, demo_gpkg, tmp_path):
    from pathlib import Path

    raster = str(Path(demo_gpkg).with_name("population_100m.tif"))
    truth = _truth(demo_gpkg)
    areal, _ = _census(run_algorithm, demo_gpkg, tmp_path / "a", EXTENSIVE_FIELDS=["population"],
                       INTENSIVE_FIELDS=[])
    dasy, log = _census(run_algorithm, demo_gpkg, tmp_path / "d", EXTENSIVE_FIELDS=["population"],
                        INTENSIVE_FIELDS=[], POPULATION_RASTER=raster)

    def error(results):
        return sum(abs(r["population"] - truth[r["nbhd_id"]]) for r in _rows(results["OUTPUT"]))

    assert error(dasy) < 0.7 * error(areal)
    assert _rows(dasy["TOTALS"])[0]["note"] == "preserved"
    assert "Dasymetric" in log.log


def test_census_in_another_crs_is_reprojected(run_algorithm, demo_gpkg, tmp_path):
    import geopandas as gpd

    census = gpd.read_file(demo_gpkg, layer="census_units").to_crs("EPSG:4326")
    path = tmp_path / "census_wgs84.gpkg"
    census.to_file(path, layer="census")
    results, feedback = _census(run_algorithm, demo_gpkg, tmp_path, census=str(path))
    assert "reprojected" in feedback.log
    total = sum(r["population"] for r in _rows(results["OUTPUT"]))
    assert total == pytest.approx(census.population.sum(), rel=1e-6)


def test_census_gaps_overlaps_and_bad_values_reported(run_algorithm, demo_gpkg, tmp_path):
    import geopandas as gpd
    from qgis.core import QgsProcessingException

    census = gpd.read_file(demo_gpkg, layer="census_units")
    census = census[["census_id", "population", "unemployment_rate", "geometry"]].copy()
    dropped = census.iloc[0]
    census = census.iloc[1:].copy()  # a hole in the coverage
    extra = census.iloc[[0]].copy()
    extra["census_id"] = "DUP"
    census = gpd.GeoDataFrame(gpd.pd.concat([census, extra]), crs=census.crs)
    census["population"] = census["population"].astype(object)
    census.iloc[5, census.columns.get_loc("population")] = None
    path = tmp_path / "census_bad.gpkg"
    census.to_file(path, layer="census")
    results, feedback = _census(run_algorithm, demo_gpkg, tmp_path, census=str(path),
                                EXTENSIVE_FIELDS=["population"],
                                INTENSIVE_FIELDS=["unemployment_rate"], INTENSIVE_WEIGHT=0)
    issues = [r["issue"] for r in _rows(results["DIAGNOSTICS"])]
    assert "duplicate_source_geometry" in issues
    gaps = [r for r in _rows(results["DIAGNOSTICS"]) if r["issue"] == "gap_in_target"]
    assert sum(r["area_m2"] for r in gaps) == pytest.approx(dropped.geometry.area, rel=1e-6)
    assert "1 source unit(s) have no value" in feedback.log
    assert "double counting" in feedback.log

    negative = census.copy()
    negative["population"] = -1
    neg_path = tmp_path / "census_neg.gpkg"
    negative.to_file(neg_path, layer="census")
    with pytest.raises(QgsProcessingException, match="negative"):
        _census(run_algorithm, demo_gpkg, tmp_path / "n", census=str(neg_path),
                EXTENSIVE_FIELDS=["population"], INTENSIVE_FIELDS=[])


def _join(run_algorithm, demo_gpkg, tmp_path, table, **extra):
    parameters = {"NEIGHBOURHOODS": _uri(demo_gpkg, "neighbourhoods"),
                  "NEIGHBOURHOOD_ID": "nbhd_id",
                  "TABLE": _uri(demo_gpkg, table), "CODE_FIELD": "nbhd_code",
                  "OUTPUT": str(tmp_path / f"{table}.gpkg"),
                  "REPORT": str(tmp_path / f"{table}_report.gpkg")}
    parameters.update(extra)
    return run_algorithm("usm:jointable", parameters)


def test_join_survey_table_reports_every_row(run_algorithm, demo_gpkg, tmp_path):
    import pyogrio
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="several table rows"):
        _join(run_algorithm, demo_gpkg, tmp_path, "survey_results")
    results, feedback = _join(run_algorithm, demo_gpkg, tmp_path, "survey_results", DUPLICATES=1)
    table = pyogrio.read_dataframe(demo_gpkg, layer="survey_results", read_geometry=False)
    report = _rows(results["REPORT"])
    unmatched = [r for r in report if r["issue"] == "unmatched_code"]
    without = [r for r in report if r["issue"] == "neighbourhood_without_row"]
    duplicates = [r for r in report if r["issue"] == "duplicate_code"]
    assert len(unmatched) == 2 and len(duplicates) == 1
    rows = _rows(results["OUTPUT"])
    joined_rows = sum(r["join_rows"] for r in rows)
    assert joined_rows + sum(r["rows"] for r in unmatched) == len(table)
    assert len(without) == sum(1 for r in rows if r["join_rows"] == 0)
    assert all(r["share_unsafe_night"] is None for r in rows if r["join_rows"] == 0)
    first = table.assign(code=table.nbhd_code.str.strip()).drop_duplicates("code", keep="first")
    first = dict(zip(first.code, first.share_unsafe_night))
    for r in rows:
        if r["nbhd_id"] in first:
            assert r["share_unsafe_night"] == pytest.approx(first[r["nbhd_id"]])
    assert "match no neighbourhood" in feedback.log


def test_join_programmes_adds_up_budgets(run_algorithm, demo_gpkg, tmp_path):
    import pyogrio

    results, _ = _join(run_algorithm, demo_gpkg, tmp_path, "programmes", DUPLICATES=3,
                       FIELDS=["budget_eur", "programme"])
    table = pyogrio.read_dataframe(demo_gpkg, layer="programmes", read_geometry=False)
    expected = table.groupby(table.nbhd_code.str.strip())["budget_eur"].sum()
    rows = {r["nbhd_id"]: r for r in _rows(results["OUTPUT"])}
    for code, budget in expected.items():
        if code in rows:
            assert rows[code]["budget_eur"] == pytest.approx(budget)
    assert sum(r["join_rows"] for r in rows.values()) <= len(table)


def test_survey_shares_match_a_direct_count(run_algorithm, demo_gpkg, tmp_path):
    import geopandas as gpd

    parameters = {"RESPONDENTS": _uri(demo_gpkg, "survey_respondents"),
                  "NEIGHBOURHOODS": _uri(demo_gpkg, "neighbourhoods"),
                  "NEIGHBOURHOOD_ID": "nbhd_id",
                  "INDICATOR_FIELDS": ["feels_unsafe_night", "victim_last_year"],
                  "MIN_RESPONDENTS": 15,
                  "OUTPUT": str(tmp_path / "survey.gpkg"), "ACCOUNTING": str(tmp_path / "acc.gpkg")}
    results, feedback = run_algorithm("usm:aggregatesurvey", parameters)
    accounting = {r["item"]: r["count"] for r in _rows(results["ACCOUNTING"])}
    people = gpd.read_file(demo_gpkg, layer="survey_respondents")
    assert accounting["read"] == len(people)
    assert accounting["read"] == accounting["assigned"] + accounting["outside"] \
        + accounting["dropped_null_geometry"] + accounting["dropped_empty_geometry"] \
        + accounting["dropped_invalid_coordinates"]
    # independent count: respondents strictly inside each neighbourhood (geopandas sjoin)
    hoods = gpd.read_file(demo_gpkg, layer="neighbourhoods")
    inside = gpd.sjoin(people, hoods[["nbhd_id", "geometry"]], predicate="within")
    direct = inside.groupby("nbhd_id").agg(n=("feels_unsafe_night", "size"),
                                           yes=("feels_unsafe_night", "sum"))
    rows = {r["nbhd_id"]: r for r in _rows(results["OUTPUT"])}
    assert sum(r["n_resp"] for r in rows.values()) == accounting["assigned"]
    checked = 0
    for code, d in direct.iterrows():
        r = rows[code]
        if r["n_resp"] == d.n:  # no respondent on this neighbourhood's boundary
            assert r["share_feels_unsafe_night"] == pytest.approx(d.yes / d.n)
            assert r["ci_low_feels_unsafe_night"] <= r["share_feels_unsafe_night"] \
                <= r["ci_high_feels_unsafe_night"]
            checked += 1
    assert checked > 200
    assert all(r["small_sample"] == (1 if r["n_resp"] < 15 else 0) for r in rows.values())
    assert "small_sample" in feedback.log


def test_survey_style_hatches_small_samples(qgis_app, tmp_path):
    from qgis.core import (QgsProcessingContext, QgsProject, QgsRuleBasedRenderer,
                           QgsVectorLayer)

    from urban_safety_monitor.processing_algorithms.aggregate_survey import AggregateSurveyAlgorithm

    layer = QgsVectorLayer("Polygon?crs=EPSG:32630&field=small_sample:integer"
                           "&field=share_feels_unsafe_night:double", "s", "memory")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.addLayerToLoadOnCompletion(
        "dest", QgsProcessingContext.LayerDetails("s", QgsProject.instance(), "OUTPUT"))
    AggregateSurveyAlgorithm._style(context, "dest", "share_feels_unsafe_night")
    processor = context.layerToLoadOnCompletionDetails("dest").postProcessor()
    assert processor is not None
    processor.postProcessLayer(layer, context, None)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    filters = [rule.filterExpression() for rule in renderer.rootRule().children()]
    assert filters[0] == '"small_sample" = 1'
    assert any('"share_feels_unsafe_night" >= 0.8' in f for f in filters)
    small_symbol = renderer.rootRule().children()[0].symbol()
    assert small_symbol.symbolLayerCount() == 2  # grey fill + hatching

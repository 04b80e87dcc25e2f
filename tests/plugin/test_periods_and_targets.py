"""usm:compareperiods and usm:targettrajectory in headless QGIS on the demo city's three years."""

import pytest

ALG = "usm:compareperiods"


def _rows(path):
    import pyogrio

    return pyogrio.read_dataframe(str(path), read_geometry=False)


@pytest.fixture(scope="module")
def yearly(qgis_app, demo_gpkg, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    out = tmp_path_factory.mktemp("periods")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("usm:interpolatecensus", {
        "CENSUS": f"{demo_gpkg}|layername=census_units", "CENSUS_ID": "census_id",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods", "NEIGHBOURHOOD_ID": "nbhd_id",
        "EXTENSIVE_FIELDS": ["population"], "INTENSIVE_FIELDS": [],
        "OUTPUT": str(out / "census.gpkg"), "TOTALS": str(out / "totals.gpkg"),
        "DIAGNOSTICS": str(out / "diag.gpkg")}, context=context, feedback=QgsProcessingFeedback())
    processing.run("usm:aggregateincidents", {
        "INCIDENTS": f"{demo_gpkg}|layername=incidents", "NEIGHBOURHOODS": str(out / "census.gpkg"),
        "NEIGHBOURHOOD_ID": "nbhd_id", "DATE_FIELD": "occurred_at", "PERIODS": [0],
        "POPULATION_FIELD": "population", "OUTPUT": str(out / "counts.gpkg"),
        "ACCOUNTING": str(out / "accounting.gpkg")}, context=context,
        feedback=QgsProcessingFeedback())
    return str(out / "counts.gpkg")


def test_planted_new_intensifying_and_diminishing_hot_spots(run_algorithm, yearly, tmp_path):
    results, feedback = run_algorithm(ALG, {
        "INPUT": yearly, "ID_FIELD": "nbhd_id", "COUNT_FIELDS": ["n_y2021", "n_y2022", "n_y2023"],
        "POPULATION_FIELD": "population", "OUTPUT": str(tmp_path / "change.gpkg"),
        "CITY": str(tmp_path / "city.gpkg")})
    out = _rows(results["OUTPUT"]).set_index("nbhd_id")
    assert len(out) == 250
    for field in ("rate_ratio", "rr_lo", "rr_hi", "p_value", "change_class", "p_fdr"):
        assert field in out.columns
    assert out.loc["N146", "change_class"] == "significant increase"  # new hot spot in 2023
    assert out.loc["N209", "change_class"] == "significant increase"  # intensifying
    assert out.loc["N049", "change_class"] == "significant decrease"  # diminishing
    assert out.loc["N049", "rr_hi"] < 1 < out.loc["N146", "rr_lo"]
    city = _rows(results["CITY"]).iloc[0]
    assert city.n_base == pytest.approx(out.n_base.sum())
    assert "City:" in feedback.log and "FDR" in feedback.log
    # most neighbourhoods follow the gentle background trend: no significant change
    assert (out.change_class == "no significant change").mean() > 0.6


def test_bad_counts_and_population(run_algorithm, yearly, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="non-whole numbers"):
        run_algorithm(ALG, {"INPUT": yearly, "ID_FIELD": "nbhd_id",
                            "COUNT_FIELDS": ["n_y2021", "dens_total"],
                            "OUTPUT": str(tmp_path / "x.gpkg")})
    import pyogrio

    frame = pyogrio.read_dataframe(yearly)
    frame.loc[0, "population"] = -3
    bad = tmp_path / "bad.gpkg"
    pyogrio.write_dataframe(frame, bad)
    with pytest.raises(QgsProcessingException, match="negative values"):
        run_algorithm(ALG, {"INPUT": str(bad), "ID_FIELD": "nbhd_id",
                            "COUNT_FIELDS": ["n_y2021", "n_y2023"], "POPULATION_FIELD": "population",
                            "OUTPUT": str(tmp_path / "y.gpkg")})
    frame = pyogrio.read_dataframe(yearly)
    frame["n_y2024"] = 0
    zero = tmp_path / "zero.gpkg"
    pyogrio.write_dataframe(frame, zero)
    results, feedback = run_algorithm(ALG, {"INPUT": str(zero), "ID_FIELD": "nbhd_id",
                                            "COUNT_FIELDS": ["n_y2023", "n_y2024"],
                                            "OUTPUT": str(tmp_path / "z.gpkg")})
    assert "n_y2024 has no incident in any neighbourhood" in feedback.log


def test_target_trajectory_on_the_demo_city(run_algorithm, yearly, demo_gpkg, tmp_path):
    import pyogrio

    truth = pyogrio.read_dataframe(demo_gpkg, layer="planted_truth", read_geometry=False)
    frame = pyogrio.read_dataframe(yearly).merge(truth[["nbhd_id", "safer_cities_type"]],
                                                 on="nbhd_id")
    typed = tmp_path / "typed.gpkg"
    pyogrio.write_dataframe(frame, typed)
    results, feedback = run_algorithm("usm:targettrajectory", {
        "INPUT": str(typed), "ID_FIELD": "nbhd_id",
        "COUNT_FIELDS": ["n_y2021", "n_y2022", "n_y2023"], "TYPE_FIELD": "safer_cities_type",
        "OUTPUT": str(tmp_path / "track.gpkg"), "CITY_PATH": str(tmp_path / "path.gpkg")})
    out = _rows(results["OUTPUT"]).set_index("nbhd_id")
    assert out.loc["N049", "track"] == "on track"  # the diminishing hot spot
    assert out.loc["N146", "track"] == "off track"  # the new one
    assert out.loc["N146", "type_class"] == "worse than its type"
    assert out.loc["N049", "type_class"] == "better than its type"
    assert out.loc["N146", "reduction_needed"] > 20
    assert out.target_2030.sum() == pytest.approx(out.n_y2021.sum() / 2)
    path = _rows(results["CITY_PATH"]).set_index("year")
    assert list(path.index) == list(range(2021, 2031))
    assert path.loc[2023, "observed"] == pytest.approx(out.n_y2023.sum())
    assert "-50% from 2021 to 2030" in feedback.log

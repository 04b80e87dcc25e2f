"""Every usm algorithm through the real ``qgis_process`` command line on the demo city.

Each algorithm runs once, exactly as a batch user would type it: layers as
``path|layername=x``, several fields separated by ``;``, several enum values by ``,``,
booleans as 1/0, outputs to GeoPackages (layers) and CSV files (tables). Each test checks
that the run exits 0, that every output it reports exists, and that key values are sane
against the demo city's planted truth (sample_layers/README.md).

The main job is chained as in ``make demo``: census interpolated to the neighbourhoods
(population raster for dasymetric weights) -> incidents aggregated with that population
(rates per 100,000, Empirical Bayes smoothing) -> Gi*, Local and Global Moran's I on the
Empirical Bayes total rate. Permutations are kept to 99 to hold the file to well under
two minutes.
"""

import csv
import json
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
RASTER = str(ROOT / "sample_layers" / "population_100m.tif")


def _registered():
    """Ids of the provider's registry (usm_plugin/provider.py algorithm_classes())."""
    from urban_safety_monitor.usm_plugin.provider import algorithm_classes

    return {cls.ALGORITHM_ID for cls in algorithm_classes()}


# Every algorithm of the provider: test_every_algorithm_is_exercised checks that
# `qgis_process list` (the installed zip) lists exactly these. Each also has declarative cases
# in tests/cases (test_cases.py fails without one); the runs below add the demo chain.
ALGORITHMS = _registered()

# Demo city facts (sample_layers/README.md, demo_city_manifest.json).
N_NEIGHBOURHOODS = 250
N_INCIDENTS = 55000
N_NULL_GEOMETRY = 40
N_OUTSIDE = 200
N_ON_BOUNDARY = 150
N_UNDATED = 25
HISTORIC_HOT = ("N129", "N130", "N132")       # planted hot spot 1, inside the historic centre
COLD = ("N004", "N009", "N011", "N021", "N022", "N040", "N041")   # planted cold spot
DARK = ("N014", "N159", "N194", "N201", "N245", "N250")           # planted dark areas
BINS = {-3, -2, -1, 0, 1, 2, 3}


class Run:
    """One qgis_process run: its JSON results and log."""

    def __init__(self, algorithm, done):
        self.algorithm = algorithm
        self.stderr = done.stderr
        try:
            payload = json.loads(done.stdout)
        except json.JSONDecodeError as error:  # pragma: no cover - shows what came out instead
            raise AssertionError(f"{algorithm}: no JSON on stdout ({error}):\n{done.stdout}\n"
                                 f"{done.stderr}") from error
        self.results = payload["results"]
        log = payload.get("log") or {}
        self.info = "\n".join(log.get("info") or [])
        self.warnings = "\n".join(log.get("warning") or [])
        self.log = self.info + "\n" + self.warnings

    def path(self, key):
        """The file an output was written to (without any |layername= part); it must exist."""
        value = self.results.get(key)
        assert isinstance(value, str) and value, (self.algorithm, key, self.results)
        path = Path(value.split("|")[0])
        assert path.is_file() and path.stat().st_size > 0, (self.algorithm, key, value)
        return path


@pytest.fixture(scope="module")
def usm(qgis_process):
    """run(algorithm_id, KEY=value, ...) -> Run; fails on a non-zero exit or a traceback."""

    def run(algorithm, **parameters):
        assert algorithm in ALGORITHMS, f"add {algorithm} to ALGORITHMS"
        arguments = [f"{key}={value}" for key, value in parameters.items()]
        done = qgis_process("--json", "run", f"usm:{algorithm}", "--", *arguments)
        result = Run(algorithm, done)
        assert "Traceback" not in done.stderr, done.stderr
        for key, value in result.results.items():   # every file output exists and is not empty
            if isinstance(value, str) and value and key.isupper() and "/" in value \
                    and not Path(value).is_dir():   # a folder output (fulldiagnosis)
                result.path(key)
        return result

    return run


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("all_algorithms")


def _uri(gpkg, layer):
    return f"{gpkg}|layername={layer}"


def _frame(path, layer=None):
    import pyogrio

    return pyogrio.read_dataframe(str(path), layer=layer)


def _table(path):
    """A CSV output as a list of dicts of strings (QGIS 3.22 quotes numbers in CSV)."""
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _counts(path):
    return {row["item"]: int(float(row["count"])) for row in _table(path)}


def _in_unit_interval(series):
    values = series.dropna().to_numpy(float)
    return len(values) > 0 and values.min() >= 0.0 and values.max() <= 1.0


# ----------------------------------------------------------------------------- the listing
def test_every_algorithm_is_exercised(qgis_process):
    listing = qgis_process("list").stdout
    listed = {line.split()[0].split(":", 1)[1] for line in listing.splitlines()
              if line.strip().startswith("usm:")}
    assert listed == ALGORITHMS


# --------------------------------------------------- the main chain: census -> incidents -> Gi*
@pytest.fixture(scope="module")
def census(usm, out, demo_gpkg):
    return usm("interpolatecensus",
               CENSUS=_uri(demo_gpkg, "census_units"), CENSUS_ID="census_id",
               NEIGHBOURHOODS=_uri(demo_gpkg, "neighbourhoods"), NEIGHBOURHOOD_ID="nbhd_id",
               EXTENSIVE_FIELDS="population;households;unemployed",
               INTENSIVE_FIELDS="income_mean;unemployment_rate;youth_share;informal_share",
               INTENSIVE_WEIGHT=1, POPULATION_FIELD="population", POPULATION_RASTER=RASTER,
               OUTPUT=out / "census.gpkg", TOTALS=out / "census_totals.csv",
               DIAGNOSTICS=out / "census_diagnostics.csv")


@pytest.fixture(scope="module")
def counts(usm, out, demo_gpkg, census):
    return usm("aggregateincidents",
               INCIDENTS=_uri(demo_gpkg, "incidents"), NEIGHBOURHOODS=census.path("OUTPUT"),
               NEIGHBOURHOOD_ID="nbhd_id", CATEGORY_FIELD="category", DATE_FIELD="occurred_at",
               PERIODS="0,3", DISAGGREGATE_FIELDS="victim_sex;victim_age_group",
               WEIGHT_FIELD="severity", POPULATION_FIELD="population", RATE_PER=1,
               SMOOTH_RATES=1, OUTPUT=out / "counts.gpkg", ACCOUNTING=out / "accounting.csv",
               FIELD_NAMES=out / "field_names.csv")


@pytest.fixture(scope="module")
def counts_frame(counts):
    return _frame(counts.path("OUTPUT")).set_index("nbhd_id")


@pytest.fixture(scope="module")
def truth(demo_gpkg):
    import pyogrio

    return pyogrio.read_dataframe(demo_gpkg, layer="planted_truth",
                                  read_geometry=False).set_index("nbhd_id")


def test_interpolate_census_preserves_totals(census, demo_gpkg, truth):
    import pyogrio

    source = pyogrio.read_dataframe(demo_gpkg, layer="census_units", read_geometry=False)
    hoods = _frame(census.path("OUTPUT"))
    assert len(hoods) == N_NEIGHBOURHOODS and hoods["nbhd_id"].is_unique
    assert hoods.crs.to_epsg() == 32630
    for field in ("population", "households", "unemployed"):
        assert hoods[field].sum() == pytest.approx(source[field].sum(), rel=1e-9), field
        assert (hoods[field] >= 0).all(), field
    totals = {row["variable"]: row for row in _table(census.path("TOTALS"))}
    assert set(totals) == {"population", "households", "unemployed"}
    for row in totals.values():
        assert row["note"] == "preserved", row
        assert float(row["target_total"]) == pytest.approx(float(row["source_total"]), rel=1e-9)
    census.path("DIAGNOSTICS")
    # Intensive variables are weighted means: shares stay in [0, 1], income within the
    # range of the census units; neighbourhoods without residents get NULL, never 0.
    for field in ("unemployment_rate", "youth_share", "informal_share"):
        assert _in_unit_interval(hoods[field]), field
    income = hoods["income_mean"].dropna()
    assert len(income) > 200
    assert source["income_mean"].min() - 1e-6 <= income.min()
    assert income.max() <= source["income_mean"].max() + 1e-6
    empty = hoods["population"] == 0
    assert hoods.loc[empty, "income_mean"].isna().all()
    assert hoods["src_cover"].to_numpy() == pytest.approx(1.0)    # census units cover the city
    # Dasymetric (raster) weights put residents where the raster has them: close to the
    # planted population per neighbourhood (within 10 % in total absolute error).
    error = (hoods.set_index("nbhd_id")["population"] - truth["population"]).abs().sum()
    assert error < 0.10 * truth["population"].sum()
    assert "Dasymetric" in census.log and "preserved" in census.log


def test_aggregate_incidents_accounts_for_every_incident(counts, counts_frame):
    accounting = _counts(counts.path("ACCOUNTING"))
    dropped = sum(v for k, v in accounting.items() if k.startswith("dropped"))
    assert accounting["read"] == N_INCIDENTS
    assert accounting["read"] == accounting["assigned"] + accounting["outside"] + dropped
    assert accounting["outside"] == N_OUTSIDE
    assert accounting["dropped_null_geometry"] == N_NULL_GEOMETRY
    assert accounting["on_shared_boundary"] == N_ON_BOUNDARY
    assert accounting["date_missing_or_unparsable"] == N_UNDATED

    frame = counts_frame
    assert len(frame) == N_NEIGHBOURHOODS and frame.crs.to_epsg() == 32630
    assert "income_mean" in frame.columns            # the census fields travel along the chain
    assigned = accounting["assigned"]
    assert frame["n_total"].sum() == assigned

    def columns(prefix):
        found = [c for c in frame.columns if c.startswith(prefix)]
        assert found, prefix
        return frame[found].sum(axis=1)

    # Every breakdown adds up to the total of each neighbourhood.
    np.testing.assert_array_equal(columns("n_cat_"), frame["n_total"])
    np.testing.assert_array_equal(columns("n_victim_sex_"), frame["n_total"])
    np.testing.assert_array_equal(columns("n_victim_age_group_"), frame["n_total"])
    assert {"n_y2021", "n_y2022", "n_y2023"} <= set(frame.columns)
    assert columns("n_y").sum() == assigned - N_UNDATED
    assert columns("n_hb_").sum() == assigned - N_UNDATED
    assert (columns("n_y") <= frame["n_total"]).all()
    # Severity 1..10 per incident.
    assert (frame["w_total"] >= frame["n_total"]).all()
    assert (frame["w_total"] <= 10 * frame["n_total"]).all()

    # Rates per 100,000 residents; NULL (not 0) where nobody lives.
    populated = frame["population"] > 0
    assert (~populated).sum() > 0
    expected = frame.loc[populated, "n_total"] / frame.loc[populated, "population"] * 1e5
    np.testing.assert_allclose(frame.loc[populated, "rate_total"], expected, rtol=1e-9)
    assert frame.loc[~populated, "rate_total"].isna().all()
    assert frame.loc[~populated, "eb_rate_total"].isna().all()
    # Global Empirical Bayes: each smoothed rate lies between the raw rate and the city rate.
    city = frame.loc[populated, "n_total"].sum() / frame.loc[populated, "population"].sum() * 1e5
    rate, eb = frame.loc[populated, "rate_total"], frame.loc[populated, "eb_rate_total"]
    assert eb.notna().all() and (eb > 0).all()
    low, high = np.minimum(rate, city), np.maximum(rate, city)
    assert ((eb >= low * (1 - 1e-9)) & (eb <= high * (1 + 1e-9))).all()
    assert eb.max() < rate.max()                     # the small historic centre is shrunk

    names = {row["field"]: row for row in _table(counts.path("FIELD_NAMES"))}
    assert names["n_cat_sexual_violence"]["value"] == "sexual_violence"
    assert names["n_victim_age_group_65"]["value"] == "65+"
    assert "54,760 incidents assigned" in counts.log


def test_hot_spots_on_the_eb_rate(usm, out, counts, counts_frame):
    # Normal-approximation bins with FDR: with 99 permutations the smallest pseudo p-value
    # is 0.01, which the FDR correction over 243 neighbourhoods hardly ever lets through.
    gi = usm("hotspots", INPUT=counts.path("OUTPUT"), ID_FIELD="nbhd_id", FIELD="eb_rate_total",
             POPULATION_FIELD="population", WEIGHTS=0, PERMUTATIONS=99, SEED=1, FDR=1,
             INFERENCE=1, OUTPUT=out / "hot_spots.gpkg")
    frame = _frame(gi.path("OUTPUT")).set_index("nbhd_id")
    assert len(frame) == N_NEIGHBOURHOODS and frame.crs.to_epsg() == 32630
    assert "eb_rate_total" in frame.columns                    # input fields kept
    missing = counts_frame["eb_rate_total"].isna()
    assert frame.loc[missing[missing].index, "Gi_Bin"].isna().all()   # NULL in, NULL out
    rows = frame.loc[missing[~missing].index]
    assert set(rows["Gi_Bin"].astype(int)) <= BINS
    assert ((rows["Gi_Bin"] > 0) == rows["Gi_Label"].str.startswith("Hot")).all()
    assert ((rows["Gi_Bin"] < 0) == rows["Gi_Label"].str.startswith("Cold")).all()
    assert rows["Gi_PSim"].between(0.01, 1.0).all() and rows["Gi_P"].between(0.0, 1.0).all()
    assert (rows["Gi_NNbr"] >= 1).all()
    assert (rows.loc[list(HISTORIC_HOT), "Gi_Bin"] == 3).all()
    assert (rows.loc[[c for c in COLD if c in rows.index], "Gi_Bin"] <= 0).all()
    assert "FDR" in gi.log and "99 permutations, seed 1" in gi.log


def test_local_moran_on_the_eb_rate(usm, out, counts, counts_frame):
    lmi = usm("localmoran", INPUT=counts.path("OUTPUT"), ID_FIELD="nbhd_id",
              FIELD="eb_rate_total", WEIGHTS=0, PERMUTATIONS=99, SEED=1,
              OUTPUT=out / "local_moran.gpkg")
    frame = _frame(lmi.path("OUTPUT")).set_index("nbhd_id")
    assert len(frame) == N_NEIGHBOURHOODS
    analysed = frame[counts_frame["eb_rate_total"].notna()]
    assert frame.loc[counts_frame["eb_rate_total"].isna(), "LMI_I"].isna().all()
    types = set(analysed["LMI_Type"])
    assert types <= {"High-High", "Low-Low", "High-Low", "Low-High", "Not significant",
                     "Undefined"}
    assert analysed["LMI_PSim"].between(0.01, 1.0).all()
    high_high = set(analysed.index[analysed["LMI_Type"] == "High-High"])
    low_low = set(analysed.index[analysed["LMI_Type"] == "Low-Low"])
    assert high_high & set(HISTORIC_HOT)
    assert low_low & set(COLD) and not high_high & set(COLD)


@pytest.fixture(scope="module")
def global_moran(usm, out, counts):
    return usm("globalmoran", INPUT=counts.path("OUTPUT"), ID_FIELD="nbhd_id",
               FIELD="eb_rate_total", PERMUTATIONS=99, SEED=1, OUTPUT=out / "global_moran.csv")


def test_global_moran_table_and_outputs(global_moran):
    (row,) = _table(global_moran.path("OUTPUT"))
    results = global_moran.results
    n = int(float(row["n"]))
    assert n == N_NEIGHBOURHOODS - 7                    # 7 neighbourhoods without residents
    assert int(float(row["permutations"])) == 99
    assert float(row["EI"]) == pytest.approx(-1 / (n - 1))
    assert float(row["I"]) == pytest.approx(results["MORANS_I"], rel=1e-9)
    assert float(row["p_sim"]) == pytest.approx(results["P_VALUE"])
    assert 0.0 < results["MORANS_I"] < 1.0               # rates cluster in the demo city
    assert 0.01 <= results["P_VALUE"] <= 0.05
    assert "significantly spatially clustered" in global_moran.log


# Numeric outputs must reach C++ as numbers: base.py turns numpy scalars into Python ones.
def test_global_moran_z_score_output(global_moran):
    (row,) = _table(global_moran.path("OUTPUT"))
    z_score = global_moran.results["Z_SCORE"]
    assert isinstance(z_score, float), f"Z_SCORE came out as {z_score!r}"
    assert z_score == pytest.approx(float(row["z_rand"]))


# ------------------------------------------------------------------------- other algorithms
def test_spatial_weights_report(usm, out, demo_gpkg):
    report = usm("spatialweightsreport", INPUT=_uri(demo_gpkg, "neighbourhoods"),
                 ID_FIELD="nbhd_id", WEIGHTS=0, OUTPUT=out / "weights.gpkg")
    frame = _frame(report.path("OUTPUT"))
    assert len(frame) == N_NEIGHBOURHOODS
    # The neighbourhoods partition the city: one connected piece, no islands.
    assert (frame["w_island"] == 0).all() and (frame["w_nbrs"] >= 1).all()
    assert (frame["w_compsz"] == N_NEIGHBOURHOODS).all()
    assert frame["w_nbrs"].sum() % 2 == 0                    # queen contiguity is symmetric
    assert 4 <= frame["w_nbrs"].mean() <= 7


def test_join_table(usm, out, demo_gpkg):
    join = usm("jointable", NEIGHBOURHOODS=_uri(demo_gpkg, "neighbourhoods"),
               NEIGHBOURHOOD_ID="nbhd_id", TABLE=_uri(demo_gpkg, "survey_results"),
               CODE_FIELD="nbhd_code", FIELDS="respondents;share_unsafe_night;share_victim",
               DUPLICATES=1, OUTPUT=out / "survey_joined.gpkg", REPORT=out / "join_report.csv")
    frame = _frame(join.path("OUTPUT"))
    report = _table(join.path("REPORT"))
    unmatched = {r["code"] for r in report if r["issue"] == "unmatched_code"}
    duplicates = {r["code"] for r in report if r["issue"] == "duplicate_code"}
    assert unmatched == {"N999", "N251"} and duplicates == {"N082"}
    assert len(frame) == N_NEIGHBOURHOODS
    assert frame["join_rows"].sum() + len(unmatched) == 241     # every table row accounted for
    without = [r for r in report if r["issue"] == "neighbourhood_without_row"]
    assert len(without) == (frame["join_rows"] == 0).sum()
    assert frame.loc[frame["join_rows"] == 0, "share_unsafe_night"].isna().all()
    assert _in_unit_interval(frame["share_unsafe_night"])
    assert _in_unit_interval(frame["share_victim"])


def test_aggregate_survey(usm, out, demo_gpkg):
    survey = usm("aggregatesurvey", RESPONDENTS=_uri(demo_gpkg, "survey_respondents"),
                 NEIGHBOURHOODS=_uri(demo_gpkg, "neighbourhoods"), NEIGHBOURHOOD_ID="nbhd_id",
                 INDICATOR_FIELDS="feels_unsafe_night;victim_last_year", MIN_RESPONDENTS=15,
                 OUTPUT=out / "survey.gpkg", ACCOUNTING=out / "survey_accounting.csv")
    accounting = _counts(survey.path("ACCOUNTING"))
    dropped = sum(v for k, v in accounting.items() if k.startswith("dropped"))
    assert accounting["read"] == 3000
    assert accounting["read"] == accounting["assigned"] + accounting["outside"] + dropped
    frame = _frame(survey.path("OUTPUT"))
    assert frame["n_resp"].sum() == accounting["assigned"]
    assert ((frame["n_resp"] < 15) == (frame["small_sample"] == 1)).all()
    for field in ("feels_unsafe_night", "victim_last_year"):
        share = frame[f"share_{field}"]
        assert _in_unit_interval(share)
        answered = share.notna()
        assert (frame.loc[answered, f"ci_low_{field}"] <= share[answered] + 1e-12).all()
        assert (share[answered] <= frame.loc[answered, f"ci_high_{field}"] + 1e-12).all()
        assert share[frame["n_resp"] == 0].isna().all()


def test_infrastructure_indicators(usm, out, demo_gpkg, truth):
    lights = usm("infrastructureindicators", NEIGHBOURHOODS=_uri(demo_gpkg, "neighbourhoods"),
                 NEIGHBOURHOOD_ID="nbhd_id", LAYER=_uri(demo_gpkg, "street_lights"),
                 FLAG_FIELD="working", POPULATION_RASTER=RASTER, PREFIX="light",
                 OUTPUT=out / "street_lights.gpkg")
    frame = _frame(lights.path("OUTPUT")).set_index("nbhd_id")
    assert len(frame) == N_NEIGHBOURHOODS and "name" in frame.columns
    # Every street light lies inside one neighbourhood; only the 8,372 working ones count.
    assert frame["light_count"].sum() == 8372
    assert (frame["light_near_m"].dropna() >= 0).all()
    assert set(frame["light_centre"]) <= {"population", "centroid"}
    dark = frame.index.isin(DARK)
    density = frame["light_per_km2"]
    assert density[dark].median() < 0.5 * density[~dark].median()


def test_population_coverage(usm, out, demo_gpkg):
    coverage = usm("populationcoverage", NEIGHBOURHOODS=_uri(demo_gpkg, "neighbourhoods"),
                   NEIGHBOURHOOD_ID="nbhd_id", FACILITIES=_uri(demo_gpkg, "police_posts"),
                   DISTANCE=1000, METHOD=1, STREETS=_uri(demo_gpkg, "streets"),
                   POPULATION_RASTER=RASTER, OUTPUT=out / "police_coverage.gpkg")
    frame = _frame(coverage.path("OUTPUT"))
    assert len(frame) == N_NEIGHBOURHOODS
    assert frame["cov_pop"].sum() == pytest.approx(599984)        # the raster's residents
    assert (frame["cov_covered"] <= frame["cov_pop"] + 1e-9).all()
    assert _in_unit_interval(frame["cov_share"])
    assert frame.loc[frame["cov_pop"] == 0, "cov_share"].isna().all()
    assert 0 < frame["cov_covered"].sum() < frame["cov_pop"].sum()
    assert "disconnected pieces" in coverage.log


def test_sdg_indicators(usm, out, demo_gpkg):
    sdg = usm("sdgindicators", NEIGHBOURHOODS=_uri(demo_gpkg, "neighbourhoods"),
              NEIGHBOURHOOD_ID="nbhd_id", POPULATION_RASTER=RASTER,
              STOPS=_uri(demo_gpkg, "transit_stops"), CAPACITY_FIELD="capacity",
              PUBLIC_SPACE=_uri(demo_gpkg, "public_space"), OPEN_FIELD="open_public",
              STREETS=_uri(demo_gpkg, "streets"), OUTPUT=out / "sdg.gpkg",
              CITY=out / "sdg_city.csv")
    frame = _frame(sdg.path("OUTPUT"))
    assert len(frame) == N_NEIGHBOURHOODS
    for field in ("sdg1121", "sdg1171_space", "sdg1171_access"):
        assert _in_unit_interval(frame[field]), field
    assert (frame["sdg1121_served"] <= frame["sdg_pop"] + 1e-9).all()
    city = {row["indicator"]: float(row["value"]) for row in _table(sdg.path("CITY"))}
    assert city["population"] == pytest.approx(599984)
    assert city["sdg_11_2_1"] == pytest.approx(city["served_11_2_1"] / city["population"])
    assert city["low_capacity_stops"] + city["high_capacity_stops"] == 682   # all stops used
    for key in ("sdg_11_2_1", "sdg_11_7_1_space_share", "sdg_11_7_1_access_share"):
        assert 0.0 < city[key] < 1.0, key
    assert city["public_spaces"] == 106                          # the ones open to the public


def test_kernel_density(usm, out, demo_gpkg):
    import rasterio

    kde = usm("kerneldensity", INPUT=_uri(demo_gpkg, "incidents"), CELL_SIZE=100, RADIUS=500,
              OUTPUT=out / "density.tif")
    results = kde.results
    assert results["RADIUS_USED"] == 500 and results["RADIUS_RULE"] == "given"
    # a float sum (the surface's integral): its last bits depend on the numpy build
    assert results["TOTAL"] == pytest.approx(N_INCIDENTS - N_NULL_GEOMETRY, rel=1e-9)
    with rasterio.open(kde.path("OUTPUT")) as src:
        assert src.driver == "GTiff"
        assert src.crs.to_epsg() == 32630
        assert src.res == (100.0, 100.0)
        assert src.tags()["units"] == "incidents per km2"
        surface = src.read(1).astype(float)
    assert np.isfinite(surface).all() and surface.min() >= 0
    # The surface integrates to the incidents it holds (density per km2 x 0.01 km2 cells).
    assert surface.sum() * 0.01 == pytest.approx(N_INCIDENTS - N_NULL_GEOMETRY, rel=1e-5)


def test_optimized_hot_spots(usm, out, demo_gpkg):
    import geopandas as gpd

    ohs = usm("optimizedhotspots", INPUT=_uri(demo_gpkg, "incidents"),
              STUDY_AREA=_uri(demo_gpkg, "city_boundary"), PERMUTATIONS=99, SEED=1,
              OUTPUT=out / "optimized_hot_spots.gpkg", CHOICES=out / "optimized_choices.csv")
    cells = _frame(ohs.path("OUTPUT"))
    assert cells.crs.to_epsg() == 32630 and cells["cell_id"].is_unique
    assert cells["n_incidents"].sum() == N_INCIDENTS - N_NULL_GEOMETRY - N_OUTSIDE
    assert set(cells["Gi_Bin"].dropna().astype(int)) <= BINS
    for layer, sign in (("planted_hotspots", 1), ("planted_coldspots", -1)):
        planted = gpd.read_file(demo_gpkg, layer=layer)
        joined = gpd.sjoin(planted, cells, predicate="within")
        assert len(joined) == len(planted)
        assert (joined["Gi_Bin"] * sign >= 2).all(), joined[["Gi_Bin", "GiZ"]]
    choices = {row["step"]: row for row in _table(ohs.path("CHOICES"))}
    assert int(float(choices["incidents outside the study area"]["value"])) == N_OUTSIDE
    assert float(choices["cell size (m)"]["value"]) == pytest.approx(
        ohs.results["CELL_SIZE_USED"], abs=0.1)
    assert ohs.results["DISTANCE_BAND_USED"] > ohs.results["CELL_SIZE_USED"]
    assert "99 conditional permutations" in choices["inference"]["reason"]


def test_emerging_hot_spots(usm, out, demo_gpkg):
    ehs = usm("emerginghotspots", INPUT=_uri(demo_gpkg, "incidents"), DATE_FIELD="occurred_at",
              LOCATIONS=_uri(demo_gpkg, "neighbourhoods"), LOCATION_ID="nbhd_id", TIME_STEP=1,
              OUTPUT=out / "emerging_hot_spots.gpkg", BINS=out / "emerging_bins.csv")
    frame = _frame(ehs.path("OUTPUT")).set_index("nbhd_id")
    assert len(frame) == N_NEIGHBOURHOODS
    counted = N_INCIDENTS - N_NULL_GEOMETRY - N_OUTSIDE - N_UNDATED
    assert frame["n_incidents"].sum() == counted
    patterns = set(frame["pattern"])
    assert all(p == "No Pattern Detected" or p.endswith(("Hot Spot", "Cold Spot"))
               for p in patterns), patterns
    assert frame.loc["N049", "pattern"] == "Diminishing Hot Spot"     # planted: diminishing
    assert frame.loc["N198", "pattern"] == "Persistent Hot Spot"      # planted: persistent
    assert frame.loc["N049", "trend_z"] < -1.96
    bins = _table(ehs.path("BINS"))
    assert len(bins) == N_NEIGHBOURHOODS * 12                         # 12 quarters
    assert sum(int(float(r["n_incidents"])) for r in bins) == counted
    assert {int(float(r["gi_bin"])) for r in bins if r["gi_bin"]} <= BINS
    assert len({r["step"] for r in bins}) == 12


# ----------------------------------------------------------------------------- typologies
@pytest.fixture(scope="module")
def typologies(usm, out, counts):
    return usm("typologies", INPUT=counts.path("OUTPUT"), ID_FIELD="nbhd_id",
               FIELDS="income_mean;unemployment_rate;youth_share;informal_share;eb_rate_total",
               METHOD=0, K=0, SEED=1, POPULATION_FIELD="population", STABILITY_RUNS=20,
               OUTPUT=out / "typologies.gpkg", K_TABLE=out / "typology_k.csv",
               PROFILES=out / "typology_profiles.csv", HTML=out / "typology.html")


def test_typologies_recover_the_planted_types(typologies, truth):
    frame = _frame(typologies.path("OUTPUT")).set_index("nbhd_id")
    assert len(frame) == N_NEIGHBOURHOODS and frame.crs.to_epsg() == 32630
    k = int(typologies.results["K"])
    assert set(frame["type_id"]) == set(range(1, k + 1))
    assert _in_unit_interval(frame["stability"]) and frame["silhouette"].between(-1, 1).all()
    table = _table(typologies.path("K_TABLE"))
    assert [int(float(r["k"])) for r in table] == list(range(2, 11))
    assert sum(int(float(r["chosen"])) for r in table) == 1
    # Each planted type lies mostly in one type (measured: 38/43 upper-middle, 52/65
    # vulnerable, 36/37 critical, 95/105 normal; the rest sit in small types of extreme
    # incident rates: historic centre and hot spots).
    planted = truth.loc[frame.index, "safer_cities_type"]
    for kind, least in (("upper_middle", 0.85), ("vulnerable", 0.75), ("critical", 0.9),
                        ("normal", 0.85)):
        share = frame.loc[planted == kind, "type_id"].value_counts(normalize=True).iloc[0]
        assert share >= least, kind
    assert "<svg" in typologies.path("HTML").read_text(encoding="utf-8")
    assert "k = " in typologies.log and "imputed with the median" in typologies.log


def test_project_targets(usm, out, typologies):
    targets = usm("projecttargets", INPUT=typologies.path("OUTPUT"), ID_FIELD="nbhd_id",
                  TYPE_FIELD="type_id", BASELINE_FIELD="eb_rate_total",
                  REPRESENTATIVE_FIELD="is_representative", CITY_CHANGE=-50,
                  OUTPUT=out / "targets.gpkg", BY_TYPE=out / "targets_by_type.csv")
    frame = _frame(targets.path("OUTPUT"))
    has = frame["eb_rate_total"].notna()
    np.testing.assert_allclose(frame.loc[has, "target"], 0.5 * frame.loc[has, "eb_rate_total"])
    assert frame.loc[~has, "target"].isna().all()
    assert len(_table(targets.path("BY_TYPE"))) == int(typologies.results["K"])
# ----------------------------------------------------------------------------- the monitor
@pytest.fixture(scope="module")
def risk_index(usm, out, counts):
    """The demo's composite index: the risk facets of the shipped catalogue, higher = more risk."""
    return usm("compositeindex", INPUT=counts.path("OUTPUT"), ID_FIELD="nbhd_id",
               SELECT="crime_violence,socioeconomic_risk", SKIP_MISSING=1, ORIENTATION=1,
               RUNS=200, SEED=1, OUTPUT=out / "risk_index.gpkg",
               SENSITIVITY=out / "index_sensitivity.csv", REPORT=out / "index_report.csv")


def test_composite_index(risk_index, truth):
    index = _frame(risk_index.path("OUTPUT")).set_index("nbhd_id")
    assert len(index) == N_NEIGHBOURHOODS
    for field in ("index", "index_lo", "index_hi", "rank_lo", "rank_hi", "crime_violence",
                  "socioeconomic_risk", "avail"):
        assert field in index.columns, field
    scored = index.dropna(subset=["index"])
    assert len(scored) >= 240
    assert ((scored.index_lo <= scored["index"] + 50) & (scored.rank_lo <= scored.rank_hi)).all()
    by_type = scored.join(truth[["safer_cities_type"]]).groupby("safer_cities_type")["index"].mean()
    assert by_type["critical"] > by_type["vulnerable"] > by_type["normal"] > by_type["upper_middle"]
    factors = {row["factor"] for row in _table(risk_index.path("SENSITIVITY"))}
    assert factors == {"normalisation", "aggregation", "imputation", "weights"}
    assert len(_table(risk_index.path("REPORT"))) > 10
    assert "seed 1" in risk_index.log


def test_compare_periods(usm, out, counts):
    run = usm("compareperiods", INPUT=counts.path("OUTPUT"), ID_FIELD="nbhd_id",
              COUNT_FIELDS="n_y2021;n_y2022;n_y2023", POPULATION_FIELD="population",
              OUTPUT=out / "change.gpkg", CITY=out / "change_city.csv")
    change = _frame(run.path("OUTPUT")).set_index("nbhd_id")
    assert change.loc["N146", "change_class"] == "significant increase"
    assert change.loc["N049", "change_class"] == "significant decrease"
    assert {"rate_ratio", "rr_lo", "rr_hi", "p_value"} <= set(change.columns)
    assert len(_table(run.path("CITY"))) == 1


def test_target_trajectory(usm, out, counts):
    run = usm("targettrajectory", INPUT=counts.path("OUTPUT"), ID_FIELD="nbhd_id",
              COUNT_FIELDS="n_y2021;n_y2022;n_y2023", REDUCTION=50, TARGET_YEAR=2030,
              OUTPUT=out / "trajectory.gpkg", CITY_PATH=out / "city_path.csv")
    track = _frame(run.path("OUTPUT")).set_index("nbhd_id")
    assert track.loc["N049", "track"] == "on track" and track.loc["N146", "track"] == "off track"
    path = _table(run.path("CITY_PATH"))
    assert [int(float(r["year"])) for r in path] == list(range(2021, 2031))


def test_risk_resilience(usm, out, risk_index):
    run = usm("riskresilience", INPUT=risk_index.path("OUTPUT"), ID_FIELD="nbhd_id",
              RISK_FIELD="index", RESILIENCE_FIELD="income_mean", OUTPUT=out / "risk_res.gpkg",
              PRIORITY=out / "priority.csv")
    classes = _frame(run.path("OUTPUT"))
    assert set(classes.biv_code.dropna().astype(int)) <= {11, 12, 13, 21, 22, 23, 31, 32, 33}
    assert len(_table(run.path("PRIORITY"))) == int((classes.priority == 1).sum()) > 0


def test_smooth_rates(usm, out, counts, counts_frame):
    run = usm("smoothrates", INPUT=counts.path("OUTPUT"), COUNT_FIELD="n_total",
              POPULATION_FIELD="population", OUTPUT=out / "smoothed.gpkg")
    smoothed = _frame(run.path("OUTPUT")).set_index("nbhd_id")
    ok = smoothed.population > 0
    assert np.allclose(smoothed.eb_rate[ok], counts_frame.eb_rate_total[ok], rtol=1e-9)


# ----------------------------------------------------------------------------- public release
def test_public_release_withholds_small_counts(usm, out, counts, counts_frame):
    categories = [c for c in counts_frame.columns if c.startswith("n_cat_")]
    run = usm("publicrelease", INPUT=counts.path("OUTPUT"), ID_FIELD="nbhd_id",
              COUNT_FIELDS=";".join(categories), TOTAL_FIELD="n_total", THRESHOLD=5,
              POPULATION_FIELD="population", MIN_POPULATION=40,
              OUTPUT=out / "public.gpkg", REPORT=out / "disclosure.csv")
    public = _frame(run.path("OUTPUT")).set_index("nbhd_id")
    for name in categories:
        small = (counts_frame[name] > 0) & (counts_frame[name] < 5)
        assert public.loc[small[small].index, name].isna().all(), name
    report = {row["item"]: row["value"] for row in _table(run.path("REPORT"))}
    assert int(report["primary_suppressions"]) > 0
    assert report["audit"].startswith("exact")
    # the public package as profiles: withheld cells are "no data" with the reason, never 0
    profiles = usm("neighbourhoodprofiles", INPUT=run.path("OUTPUT"), ID_FIELD="nbhd_id",
                   OUTPUT_FOLDER=out / "profiles", ATLAS_PDF=out / "atlas.pdf")
    assert int(profiles.results["PAGES"]) == N_NEIGHBOURHOODS
    pdf = profiles.path("ATLAS_PDF").read_bytes()
    import re

    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf)) == N_NEIGHBOURHOODS
    withheld = public.index[public["withheld"] == 1]
    if len(withheld):
        page = (out / "profiles" / f"profile_{withheld[0]}.html").read_text(encoding="utf-8")
        assert "Withheld by the public release" in page


# ----------------------------------------------------------------------------- batch monitor
def test_batch_monitor_many_cities_and_years(usm, out, demo_gpkg, census, counts_frame):
    """Two city-years of the demo city (population from the census step) and a failing city:
    the batch's yearly counts equal aggregateincidents' n_y<year> counts."""
    config = out / "batch.toml"
    config.write_text("\n".join([
        'output_folder = "unused"', "[defaults]", 'id_field = "nbhd_id"',
        'population_field = "population"', 'category_field = "category"',
        'date_field = "occurred_at"', f'incidents = "{demo_gpkg}"', 'incidents_layer = "incidents"',
        "years = [2021, 2023]", "[[cities]]", 'name = "Villa Segura"',
        f'neighbourhoods = "{census.path("OUTPUT")}"', "[[cities]]", 'name = "No such layer"',
        f'neighbourhoods = "{demo_gpkg}"', 'neighbourhoods_layer = "no_such_layer"', ""]))
    run = usm("batchmonitor", CONFIG=config, OUTPUT_FOLDER=out / "batch",
              SUMMARY=out / "batch_summary.csv")
    assert (run.results["CITY_YEARS"], run.results["FAILED"]) == (4, 2)
    rows = {(r["city"], r["year"]): r for r in _table(run.path("SUMMARY"))}
    assert rows[("No such layer", "2021")]["status"] == "failed"
    assert "no_such_layer" in rows[("No such layer", "2021")]["message"]
    for year in (2021, 2023):
        row = rows[("Villa Segura", str(year))]
        frame = _frame(out / "batch" / row["output"], "neighbourhoods").set_index("nbhd_id")
        assert (frame["n_total"] == counts_frame[f"n_y{year}"]).all()
        assert int(row["assigned"]) == int(counts_frame[f"n_y{year}"].sum())
        assert int(row["undated"]) == N_UNDATED
    assert sum(int(rows[("Villa Segura", str(y))]["dropped"]) for y in (2021, 2023)) < \
        N_NULL_GEOMETRY


# ----------------------------------------------------------------------------- full diagnosis
def test_full_diagnosis_writes_every_step(usm, out, demo_gpkg):
    import pyogrio

    run = usm("fulldiagnosis", NEIGHBOURHOODS=_uri(demo_gpkg, "neighbourhoods"),
              NEIGHBOURHOOD_ID="nbhd_id", INCIDENTS=_uri(demo_gpkg, "incidents"),
              CATEGORY_FIELD="category", DATE_FIELD="occurred_at",
              CENSUS=_uri(demo_gpkg, "census_units"), CENSUS_ID="census_id",
              CENSUS_COUNTS="population;households", POPULATION_FIELD="population",
              POPULATION_RASTER=RASTER, STOPS=_uri(demo_gpkg, "transit_stops"),
              CAPACITY_FIELD="capacity", PUBLIC_SPACE=_uri(demo_gpkg, "public_space"),
              OPEN_FIELD="open_public", PERMUTATIONS=99,
              SURVEY=_uri(demo_gpkg, "survey_respondents"), SURVEY_FIELDS="feels_unsafe_night",
              OUTPUT_GPKG=out / "diagnosis.gpkg", OUTPUT_FOLDER=out / "diagnosis")
    layers = {name for name, _ in pyogrio.list_layers(run.path("OUTPUT_GPKG"))}
    assert {"neighbourhoods_census", "incident_counts", "hot_spots", "clusters_outliers",
            "emerging_hot_spots", "sdg_indicators", "risk_index", "change_periods",
            "target_path", "survey_shares", "neighbourhood_summary", "layer_styles"} <= layers
    assert (out / "diagnosis" / "incident_density.tif").exists()
    summary = _frame(run.path("OUTPUT_GPKG"), layer="neighbourhood_summary")
    assert len(summary) == N_NEIGHBOURHOODS
    assert {"eb_rate_total", "Gi_Bin", "LMI_Type", "index", "track", "sdg1121",
            "share_feels_unsafe_night", "ci_low_feels_unsafe_night"} <= set(summary.columns)
    assert "typologies" not in layers  # no census rates: skipped, and said so
    assert "Skipped typologies" in run.log
# ----------------------------------------------------------------- CPTED and environment
def test_street_segment_audit_and_crime_concentration(usm, out, demo_gpkg, truth):
    audit = usm("streetsegmentaudit", STREETS=_uri(demo_gpkg, "streets"),
                STREET_FIELDS="name;road_class;lit",
                LIGHTS=_uri(demo_gpkg, "street_lights"), LIGHT_FIELD="working",
                INCIDENTS=_uri(demo_gpkg, "incidents"), DATE_FIELD="occurred_at",
                CATEGORY_FIELD="category", NEIGHBOURHOODS=_uri(demo_gpkg, "neighbourhoods"),
                NEIGHBOURHOOD_ID="nbhd_id", LAND_USE=_uri(demo_gpkg, "land_use"),
                LAND_USE_FIELD="land_use", GENERATORS=_uri(demo_gpkg, "transit_stops"),
                OUTPUT=out / "street_segments.gpkg",
                NEIGHBOURHOOD_OUTPUT=out / "street_audit_neighbourhoods.gpkg",
                ACCOUNTING=out / "street_audit_accounting.csv")
    seg = _frame(audit.path("OUTPUT"))
    assert {"length_m", "lit_share", "max_dark_gap_m", "dead_end", "n_incidents",
            "n_night"} <= set(seg.columns)
    assert _in_unit_interval(seg["lit_share"])
    hoods = _frame(audit.path("NEIGHBOURHOOD_OUTPUT")).set_index("nbhd_id")
    assert hoods.loc[list(DARK), "lit_share"].max() < 0.25          # planted dark areas
    counts = _counts(audit.path("ACCOUNTING"))
    assert counts["incidents_read"] == N_INCIDENTS
    assert counts["incidents_snapped"] + counts["incidents_beyond_tolerance"] == \
        N_INCIDENTS - N_NULL_GEOMETRY
    conc = usm("crimeconcentration", INPUT=audit.path("OUTPUT"), COUNT_FIELD="n_incidents",
               GROUP_FIELD="nbhd_id", OUTPUT=out / "concentration.csv")
    rows = _table(conc.path("OUTPUT"))
    assert rows[0]["group"] == "city" and 0 < float(rows[0]["gini"]) < 1
    assert 0 < conc.results["SHARE_UNITS_50"] < 0.5
    assert "Weisburd (2015)" in conc.log
    # planted: extra night incidents on unlit streets -> night rate ratio on dark segments > 1
    rr = usm("incidentsvsenvironment", INPUT=audit.path("OUTPUT"), COUNT_FIELD="n_night",
             CONDITION_FIELD="dark", OPERATOR=0, VALUE=1, EXPOSURE_FIELD="length_m",
             GROUP_FIELD="nbhd_id", OUTPUT=out / "night_dark_rate_ratio.csv")
    assert rr.results["CI_LOW"] > 1.0 and rr.results["P_VALUE"] < 1e-6
    assert len(_table(rr.path("OUTPUT"))) == 1 + N_NEIGHBOURHOODS


def test_risk_terrain(usm, out, demo_gpkg):
    rtm = usm("riskterrain", STUDY_AREA=_uri(demo_gpkg, "city_boundary"),
              INCIDENTS=_uri(demo_gpkg, "incidents"), FACTORS=_uri(demo_gpkg, "transit_stops"),
              DISTANCES="100,300", CELL_SIZE=200, SEED=1, OUTPUT=out / "risk_terrain.tif",
              FACTOR_TABLE=out / "risk_factors.csv")
    rows = _table(rtm.path("FACTOR_TABLE"))
    assert [r["factor"] for r in rows] == ["transit_stops", "transit_stops"]
    assert rtm.results["PAI"] > 0
    rtm.path("OUTPUT")


def test_near_repeat(usm, out, demo_gpkg):
    nr = usm("nearrepeat", INPUT=f"{demo_gpkg}|layername=incidents|subset=category = 'burglary'",
             DATE_FIELD="occurred_at", DISTANCE_BANDS="100,200", TIME_BANDS="7,14",
             PERMUTATIONS=99, SEED=1, OUTPUT=out / "knox.csv", HTML=out / "knox.html")
    rows = _table(nr.path("OUTPUT"))
    assert [r["distance_band"] for r in rows[::2]] == ["same location (d <= 0 m)",
                                                       "0 < d <= 100 m", "100 < d <= 200 m"]
    assert {r["time_band"] for r in rows} == {"0 <= t <= 7 days", "7 < t <= 14 days"}
    assert all(0 < float(r["p_value"]) <= 1 for r in rows)
    nr.path("HTML")

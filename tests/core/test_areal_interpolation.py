"""Areal interpolation: against tobler (test-only reference), hand-made cases, bad input."""

import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from numpy.testing import assert_allclose
from scipy import sparse

from urban_safety_monitor.usm_plugin.core.joins.areal_interpolation import interpolate_areal
from urban_safety_monitor.usm_plugin.core.runtime import Cancelled, InputError

CRS = "EPSG:32630"


def voronoi_partition(n, seed, box=(0.0, 0.0, 1000.0, 800.0)):
    rng = np.random.default_rng(seed)
    pts = shapely.points(rng.uniform(box[0], box[2], n), rng.uniform(box[1], box[3], n))
    frame = shapely.box(*box)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(pts), extend_to=frame))
    return shapely.intersection(cells, frame)


def random_layers(seed, n_src=80, n_tgt=17, target_box=(0.0, 0.0, 1000.0, 800.0)):
    rng = np.random.default_rng(seed)
    src = voronoi_partition(n_src, seed)
    tgt = voronoi_partition(n_tgt, seed + 1000, target_box)
    source = gpd.GeoDataFrame({
        "sid": [f"S{i}" for i in range(len(src))],
        "pop": rng.integers(0, 5000, len(src)).astype(float),
        "hh": rng.integers(0, 2000, len(src)).astype(float),
        "rate": rng.uniform(0, 1, len(src)),
        "income": rng.lognormal(8, 1, len(src)),
    }, geometry=src, crs=CRS)
    target = gpd.GeoDataFrame({"nid": [f"N{j:03d}" for j in range(len(tgt))]},
                              geometry=tgt, crs=CRS)
    return source, target


def brute_force_table(source, target):
    """Source x target intersection areas, every pair overlaid, float64."""
    rows, cols, vals = [], [], []
    for i, gs in enumerate(source.geometry):
        for j, gt in enumerate(target.geometry):
            a = gs.intersection(gt).area
            if a > 0:
                rows.append(i)
                cols.append(j)
                vals.append(a)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(source), len(target)))


def tobler_reference(source, target, extensive, intensive, table=None):
    from tobler.area_weighted import area_interpolate

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return area_interpolate(source, target, extensive_variables=extensive,
                                intensive_variables=intensive, table=table,
                                allocate_total=False)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("target_box", [(0.0, 0.0, 1000.0, 800.0), (-100.0, 120.0, 900.0, 950.0)])
def test_equals_tobler_on_random_partitions(seed, target_box):
    source, target = random_layers(seed, target_box=target_box)
    ext, inten = ["pop", "hh"], ["rate", "income"]
    ours = interpolate_areal(source, target, "nid", extensive=ext, intensive=inten)
    # tobler stores its own area table as float32; give it a float64 one for 1e-9 agreement
    table = brute_force_table(source, target)
    ref = tobler_reference(source, target, ext, inten, table)
    # tobler writes 0 for a target that no source overlaps; we write NULL and list it
    uncovered = np.asarray(table.sum(axis=0)).ravel() == 0
    listed = ours.diagnostics.query("issue == 'target_without_sources'").target_id
    assert sorted(listed) == sorted(target.nid[uncovered])
    for name in ext + inten:
        got = ours.table[name].to_numpy()
        assert np.isnan(got[uncovered]).all()
        assert_allclose(got[~uncovered], ref[name].to_numpy()[~uncovered], rtol=1e-9, atol=1e-9)
    # and tobler's default path (float32 table) within float32 precision
    ref32 = tobler_reference(source, target, ext, inten)
    for name in ext + inten:
        assert_allclose(ours.table[name].to_numpy()[~uncovered],
                        ref32[name].to_numpy()[~uncovered], rtol=1e-5)


def test_totals_preserved_when_targets_cover_sources():
    source, target = random_layers(7, n_src=150, n_tgt=23)
    res = interpolate_areal(source, target, "nid", extensive=["pop", "hh"])
    for name in ["pop", "hh"]:
        assert res.table[name].sum() == pytest.approx(source[name].sum(), rel=1e-12)
    tot = res.totals.set_index("variable")
    assert_allclose(tot["difference"], 0.0, atol=1e-6)
    assert (tot["note"] == "preserved").all()
    assert res.diagnostics.empty
    assert_allclose(res.table["src_cover"], 1.0, atol=1e-9)


def square(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)


def two_squares(**extra):
    source = gpd.GeoDataFrame({"sid": ["A", "B"], "pop": [100.0, 40.0], "rate": [0.1, 0.3],
                               **extra},
                              geometry=[square(0, 0, 10, 10), square(10, 0, 20, 10)], crs=CRS)
    target = gpd.GeoDataFrame({"nid": ["L", "M", "R"]},
                              geometry=[square(0, 0, 5, 10), square(5, 0, 15, 10),
                                        square(15, 0, 20, 10)], crs=CRS)
    return source, target


def test_two_squares_split_in_halves():
    source, target = two_squares()
    res = interpolate_areal(source, target, "nid", extensive=["pop"], intensive=["rate"],
                            source_id="sid")
    assert_allclose(res.table["pop"], [50.0, 70.0, 20.0])
    assert_allclose(res.table["rate"], [0.1, 0.2, 0.3])
    assert res.table["src_units"].tolist() == [1, 2, 1]
    pop_weighted = interpolate_areal(source, target, "nid", intensive=["rate"],
                                     intensive_weight="population", population_field="pop")
    assert_allclose(pop_weighted.table["rate"], [0.1, (50 * 0.1 + 20 * 0.3) / 70, 0.3])


def test_overlapping_and_duplicate_sources_are_flagged():
    source = gpd.GeoDataFrame({"sid": ["A", "B", "C"], "pop": [100.0, 100.0, 10.0]},
                              geometry=[square(0, 0, 10, 10), square(8, 0, 18, 10),
                                        square(0, 0, 10, 10)], crs=CRS)
    target = gpd.GeoDataFrame({"nid": ["T"]}, geometry=[square(0, 0, 20, 10)], crs=CRS)
    res = interpolate_areal(source, target, "nid", extensive=["pop"], source_id="sid")
    d = res.diagnostics
    overlaps = d[d.issue == "source_overlap"]
    assert len(overlaps) == 2  # A-B and B-C
    assert_allclose(overlaps.area_m2, 20.0)
    dup = d[d.issue == "duplicate_source_geometry"]
    assert dup[["source_id", "other_id"]].values.tolist() == [["A", "C"]]
    assert_allclose(dup.area_m2, 100.0)
    assert any("overlap" in w and "double counting" in w for w in res.notes.warnings)
    # each unit still split by its own area: the documented (double counting) behaviour
    assert res.table["pop"].iloc[0] == pytest.approx(210.0)
    # the gap is measured on the union of the sources, not by subtracting their areas
    gap = d[d.issue == "gap_in_target"]
    assert gap.area_m2.tolist() == pytest.approx([20.0])


def test_gaps_and_targets_without_sources():
    source = gpd.GeoDataFrame({"pop": [100.0]}, geometry=[square(0, 0, 10, 10)], crs=CRS)
    target = gpd.GeoDataFrame({"nid": ["half", "none"]},
                              geometry=[square(5, 0, 15, 10), square(30, 0, 40, 10)], crs=CRS)
    res = interpolate_areal(source, target, "nid", extensive=["pop"])
    assert res.table["pop"].iloc[0] == pytest.approx(50.0)
    assert np.isnan(res.table["pop"].iloc[1])  # missing, not 0
    d = res.diagnostics.set_index("issue")
    assert d.loc["gap_in_target", "target_id"] == "half"
    assert d.loc["gap_in_target", "area_m2"] == pytest.approx(50.0)
    assert d.loc["gap_in_target", "share"] == pytest.approx(0.5)
    assert d.loc["target_without_sources", "target_id"] == "none"
    assert d.loc["source_partly_outside", "share"] == pytest.approx(0.5)
    assert res.table["src_cover"].iloc[0] == pytest.approx(0.5)
    tot = res.totals.iloc[0]
    assert tot.source_total == 100.0 and tot.target_total == pytest.approx(50.0)
    assert tot.outside_total == pytest.approx(50.0)
    assert "outside every target" in tot.note


def write_raster(path, data, x0, y_top, cell, crs=CRS, nodata=None):
    rasterio = pytest.importorskip("rasterio")
    from rasterio.transform import Affine

    data = np.asarray(data, dtype="float64")
    with rasterio.open(path, "w", driver="GTiff", height=data.shape[0], width=data.shape[1],
                       count=1, dtype="float64", crs=crs, nodata=nodata,
                       transform=Affine(cell, 0, x0, 0, -cell, y_top)) as ds:
        ds.write(data, 1)
    return str(path)


def test_dasymetric_with_known_answer(tmp_path):
    # one unit 20 x 10 m, targets its left and right halves; raster of two 10 m cells 3 | 1
    source = gpd.GeoDataFrame({"pop": [100.0], "rate": [0.5]},
                              geometry=[square(0, 0, 20, 10)], crs=CRS)
    target = gpd.GeoDataFrame({"nid": ["L", "R"]},
                              geometry=[square(0, 0, 10, 10), square(10, 0, 20, 10)], crs=CRS)
    tif = write_raster(tmp_path / "pop.tif", [[3.0, 1.0]], 0, 10, 10)
    res = interpolate_areal(source, target, "nid", extensive=["pop"], raster=tif)
    assert_allclose(res.table["pop"], [75.0, 25.0])
    assert res.totals.note.iloc[0] == "preserved"
    # cells offset by half a cell: exact fractional coverage, cells 0|4|0 at x = -5..25
    tif2 = write_raster(tmp_path / "pop2.tif", [[2.0, 4.0, 2.0]], -5, 10, 10)
    res2 = interpolate_areal(source, target, "nid", extensive=["pop"], raster=tif2)
    # in the unit: 1 (half of cell 1) + 4 + 1 = 6; left gets 1 + 2 = 3 -> 50 %
    assert_allclose(res2.table["pop"], [50.0, 50.0])
    tif3 = write_raster(tmp_path / "pop3.tif", [[0.0, 4.0, 2.0]], -5, 10, 10)
    res3 = interpolate_areal(source, target, "nid", extensive=["pop"], raster=tif3)
    # in the unit: 0 + 4 + 1 = 5; left: 2 -> 40 %
    assert_allclose(res3.table["pop"], [40.0, 60.0])


def test_dasymetric_falls_back_to_area_without_mass(tmp_path):
    source = gpd.GeoDataFrame({"sid": ["full", "empty"], "pop": [100.0, 60.0]},
                              geometry=[square(0, 0, 20, 10), square(0, 10, 20, 20)], crs=CRS)
    target = gpd.GeoDataFrame({"nid": ["L", "R"]},
                              geometry=[square(0, 0, 10, 20), square(10, 0, 20, 20)], crs=CRS)
    tif = write_raster(tmp_path / "pop.tif", [[0.0, 0.0], [1.0, 3.0]], 0, 20, 10)
    res = interpolate_areal(source, target, "nid", extensive=["pop"], raster=tif,
                            source_id="sid")
    assert_allclose(res.table["pop"], [25.0 + 30.0, 75.0 + 30.0])
    d = res.diagnostics
    assert d[d.issue == "source_no_raster_mass"].source_id.tolist() == ["empty"]
    assert any("no raster mass" in w for w in res.notes.warnings)


def test_dasymetric_population_weighted_intensive_uses_raster_mass(tmp_path):
    source = gpd.GeoDataFrame({"rate": [0.2, 0.6]},
                              geometry=[square(0, 0, 10, 10), square(10, 0, 20, 10)], crs=CRS)
    target = gpd.GeoDataFrame({"nid": ["all"]}, geometry=[square(0, 0, 20, 10)], crs=CRS)
    tif = write_raster(tmp_path / "pop.tif", [[1.0, 3.0]], 0, 10, 10)
    res = interpolate_areal(source, target, "nid", intensive=["rate"],
                            intensive_weight="population", raster=tif)
    assert res.table["rate"].iloc[0] == pytest.approx((0.2 * 1 + 0.6 * 3) / 4)


def test_raster_in_other_crs_is_refused(tmp_path):
    source, target = two_squares()
    tif = write_raster(tmp_path / "pop.tif", [[1.0]], 0, 10, 10, crs="EPSG:32631")
    with pytest.raises(InputError, match="raster"):
        interpolate_areal(source, target, "nid", extensive=["pop"], raster=tif)


def test_crs_problems_are_errors():
    source, target = two_squares()
    with pytest.raises(InputError, match="differ"):
        interpolate_areal(source, target.to_crs("EPSG:32631"), "nid", extensive=["pop"])
    with pytest.raises(InputError, match="not a projected"):
        interpolate_areal(source.set_crs("EPSG:4326", allow_override=True),
                          target.set_crs("EPSG:4326", allow_override=True), "nid",
                          extensive=["pop"])
    with pytest.raises(InputError, match="no CRS"):
        interpolate_areal(source.set_crs(None, allow_override=True), target, "nid",
                          extensive=["pop"])


def test_negative_counts_and_bad_ids_are_errors():
    source, target = two_squares()
    neg = source.assign(pop=[100.0, -1.0])
    with pytest.raises(InputError, match="negative"):
        interpolate_areal(neg, target, "nid", extensive=["pop"])
    dup = target.assign(nid=["L", "L", "R"])
    with pytest.raises(InputError, match="duplicate target ids"):
        interpolate_areal(source, dup, "nid", extensive=["pop"])
    with pytest.raises(InputError, match="no field"):
        interpolate_areal(source, target, "nid", extensive=["nope"])
    with pytest.raises(InputError, match="population"):
        interpolate_areal(source, target, "nid", intensive=["rate"],
                          intensive_weight="population")


def test_missing_and_text_values_are_missing_not_zero():
    source, target = two_squares()
    source["pop"] = pd.Series(["100", "forty"], dtype=object)
    source["rate"] = [np.nan, 0.3]
    res = interpolate_areal(source, target, "nid", extensive=["pop"], intensive=["rate"])
    # B's pop does not parse: B contributes nothing, L gets A's half, R (only B) is missing
    assert res.table["pop"].iloc[0] == pytest.approx(50.0)
    assert res.table["pop"].iloc[1] == pytest.approx(50.0)
    assert np.isnan(res.table["pop"].iloc[2])
    # rate missing for A: L has no valid source -> NULL; M takes B's value only
    assert np.isnan(res.table["rate"].iloc[0])
    assert res.table["rate"].iloc[1] == pytest.approx(0.3)
    text = "\n".join(res.notes.warnings)
    assert "1 value(s) are not numbers" in text and "'forty'" in text
    assert "rate: 1 source unit(s) have no value" in text
    assert res.totals.missing_units.iloc[0] == 1


def test_zero_population_gets_zero_weight():
    source, target = two_squares(popn=[0.0, 40.0])
    res = interpolate_areal(source, target, "nid", intensive=["rate"],
                            intensive_weight="population", population_field="popn",
                            source_id="sid")
    assert np.isnan(res.table["rate"].iloc[0])  # only the zero-population unit
    assert res.table["rate"].iloc[1] == pytest.approx(0.3)
    assert (res.diagnostics.issue == "source_zero_population").sum() == 1
    assert any("population 0" in w for w in res.notes.warnings)


def test_geometry_problems():
    source, target = two_squares()
    bowtie = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    bad = source.copy()
    bad.loc[0, "geometry"] = bowtie
    with pytest.raises(InputError, match="invalid"):
        interpolate_areal(bad, target, "nid", extensive=["pop"])
    repaired = interpolate_areal(bad, target, "nid", extensive=["pop"], repair=True)
    assert any("repaired 1 invalid source" in w for w in repaired.notes.warnings)
    lines = source.copy()
    lines.loc[0, "geometry"] = shapely.LineString([(0, 0), (1, 1)])
    with pytest.raises(InputError, match="polygons"):
        interpolate_areal(lines, target, "nid", extensive=["pop"])
    nullgeom = source.copy()
    nullgeom.loc[1, "geometry"] = None
    res = interpolate_areal(nullgeom, target, "nid", extensive=["pop"])
    tot = res.totals.iloc[0]
    assert tot.dropped_total == 40.0 and tot.source_total == 140.0
    assert "without geometry" in tot.note
    null_target = target.copy()
    null_target.loc[2, "geometry"] = None
    res2 = interpolate_areal(source, null_target, "nid", extensive=["pop"])
    assert np.isnan(res2.table["pop"].iloc[2])
    assert (res2.diagnostics.issue == "target_null_geometry").sum() == 1


def test_inputs_untouched_and_name_clash_renamed():
    source, target = two_squares()
    target["pop"] = [1, 2, 3]
    before_s, before_t = source.copy(), target.copy()
    res = interpolate_areal(source, target, "nid", extensive=["pop"])
    pd.testing.assert_frame_equal(source, before_s)
    pd.testing.assert_frame_equal(target, before_t)
    assert_allclose(res.table["pop_interp"], [50.0, 70.0, 20.0])
    assert res.table["pop"].tolist() == [1, 2, 3]


def test_overlay_shortcut_matches_full_overlay():
    # targets with a gap are not a valid coverage: every piece is overlaid in full
    source, target = random_layers(5)
    shrunk = target.copy()
    shrunk["geometry"] = shrunk.buffer(-2.0)
    a = interpolate_areal(source, target, "nid", extensive=["pop"])
    b = interpolate_areal(source, shrunk, "nid", extensive=["pop"])
    ref_a = brute_force_table(source, target).T @ (source["pop"] / source.area).to_numpy()
    ref_b = brute_force_table(source, shrunk).T @ (source["pop"] / source.area).to_numpy()
    assert_allclose(a.table["pop"], ref_a, rtol=1e-9)
    assert_allclose(b.table["pop"], ref_b, rtol=1e-9)
    assert (b.diagnostics.issue == "source_partly_outside").any()
    assert not (a.diagnostics.issue == "source_partly_outside").any()
    thin = source.assign(geometry=source.buffer(-1.0))
    c = interpolate_areal(thin, target, "nid", extensive=["pop"])
    assert (c.diagnostics.issue == "gap_in_target").sum() == len(target)
    assert (c.table["src_cover"] < 1).all()


def test_progress_and_cancel():
    source, target = random_layers(3)
    seen = []
    interpolate_areal(source, target, "nid", extensive=["pop"], progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        interpolate_areal(source, target, "nid", extensive=["pop"], should_stop=lambda: True)


def test_multipolygon_units_and_overlapping_targets():
    two_parts = shapely.MultiPolygon([square(0, 0, 10, 10), square(20, 0, 30, 10)])
    source = gpd.GeoDataFrame({"sid": ["M"], "pop": [200.0]}, geometry=[two_parts], crs=CRS)
    target = gpd.GeoDataFrame({"nid": ["left", "right", "wide"]},
                              geometry=[square(0, 0, 10, 10), square(20, 0, 30, 10),
                                        square(5, 0, 25, 10)], crs=CRS)
    res = interpolate_areal(source, target, "nid", extensive=["pop"], source_id="sid")
    assert_allclose(res.table["pop"], [100.0, 100.0, 100.0])
    d = res.diagnostics
    assert (d.issue == "target_overlap").sum() == 2
    assert any("overlap" in w and "counted twice" in w for w in res.notes.warnings)
    tot = res.totals.iloc[0]
    assert tot.difference == pytest.approx(100.0)
    assert "overlapping targets" in tot.note


def test_web_mercator_is_flagged():
    source, target = two_squares()
    res = interpolate_areal(source.set_crs("EPSG:3857", allow_override=True),
                            target.set_crs("EPSG:3857", allow_override=True), "nid",
                            extensive=["pop"])
    assert any("Web Mercator" in w for w in res.notes.warnings)

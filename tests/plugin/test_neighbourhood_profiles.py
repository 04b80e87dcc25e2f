"""usm:neighbourhoodprofiles in a real headless QGIS: every page carries the layer's values,
the atlas PDF has one page per neighbourhood, bad inputs give clear errors."""

import html.parser
import os
import re
import stat

import numpy as np
import pandas as pd
import pytest

ALG = "usm:neighbourhoodprofiles"


class _Figures(html.parser.HTMLParser):
    """(data-field, data-role) -> data-value of every element of a page carrying them."""

    def __init__(self):
        super().__init__()
        self.values = {}
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        if "data-field" in attrs and "data-value" in attrs:
            self.values[(attrs["data-field"], attrs.get("data-role", ""))] = attrs["data-value"]


def _figures(path):
    parser = _Figures()
    with open(path, encoding="utf-8") as handle:
        parser.feed(handle.read())
    return parser


def pdf_page_count(path) -> int:
    """Pages of a PDF: its /Type /Page objects (not /Pages), read from the raw file."""
    with open(path, "rb") as handle:
        data = handle.read()
    assert data.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def summary_layer(demo_gpkg, folder, n=None):
    """The demo neighbourhoods with the fields a neighbourhood summary has: planted values,
    NULLs, a withheld neighbourhood, survey shares with intervals, Gi* bins, types."""
    import geopandas as gpd

    frame = gpd.read_file(demo_gpkg, layer="neighbourhoods")
    if n is not None:
        frame = frame.iloc[:n].copy()
    rng = np.random.default_rng(7)
    k = len(frame)
    frame["population"] = rng.integers(200, 5000, k).astype(float)
    frame["n_total"] = rng.integers(0, 300, k).astype(float)
    frame["rate_total"] = frame["n_total"] / frame["population"] * 1e5
    for year in (2021, 2022, 2023):
        frame[f"n_y{year}"] = rng.integers(0, 100, k).astype(float)
    frame["Gi_Bin"] = pd.array(rng.integers(-3, 4, k), dtype="Int64")
    frame["type_name"] = np.where(np.arange(k) % 3 == 0, "vulnerable", "normal")
    frame["share_unsafe"] = rng.uniform(0.1, 0.8, k)
    frame["ci_low_unsafe"] = frame["share_unsafe"] - 0.08
    frame["ci_high_unsafe"] = frame["share_unsafe"] + 0.08
    frame["index"] = rng.uniform(0, 100, k)
    frame["index_lo"] = frame["index"] - 5
    frame["index_hi"] = frame["index"] + 5
    frame["withheld"] = 0
    frame["n_suppressed"] = 0
    # planted: a withheld neighbourhood (NULL counts), a NULL rate, a NULL share
    frame.loc[frame.index[1], ["n_total", "rate_total", "n_y2022"]] = np.nan
    frame.loc[frame.index[1], ["withheld", "n_suppressed"]] = [1, 3]
    frame.loc[frame.index[2], "rate_total"] = np.nan
    frame.loc[frame.index[3], ["share_unsafe", "ci_low_unsafe", "ci_high_unsafe"]] = np.nan
    frame.loc[frame.index[4], "Gi_Bin"] = pd.NA
    path = os.path.join(folder, "summary.gpkg")
    frame.to_file(path, layer="neighbourhood_summary", driver="GPKG")
    return f"{path}|layername=neighbourhood_summary", frame


@pytest.fixture(scope="module")
def full_run(qgis_app, demo_gpkg, tmp_path_factory):
    """One run on the 250 demo neighbourhoods, HTML and atlas."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("profiles")
    source, frame = summary_layer(demo_gpkg, str(folder))
    out = folder / "site"
    pdf = folder / "atlas.pdf"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.run(ALG, {"INPUT": source, "ID_FIELD": "nbhd_id", "TITLE": "Villa <Segura>",
                                   "OUTPUT_FOLDER": str(out), "ATLAS_PDF": str(pdf)},
                             context=context, feedback=QgsProcessingFeedback())
    return results, frame, out, pdf


def test_every_page_carries_the_layer_values(full_run):
    results, frame, out, _ = full_run
    assert results["PAGES"] == len(frame) == 250
    pages = sorted(p for p in os.listdir(out) if p.startswith("profile_"))
    assert len(pages) == 250
    checked = 0
    for _, row in frame.iterrows():
        figures = _figures(out / f"profile_{row['nbhd_id']}.html").values
        assert figures[("nbhd_id", "")] == row["nbhd_id"]
        for field in ("population", "n_total", "rate_total", "index", "n_y2021", "n_y2022",
                      "n_y2023", "share_unsafe"):
            shown = figures[(field, "value")]
            if pd.isna(row[field]):
                assert shown == "", f"{row['nbhd_id']} {field}: NULL must stay no data"
            else:
                assert float(shown) == pytest.approx(float(row[field]), rel=1e-12, abs=1e-12)
                checked += 1
        if not pd.isna(row["ci_low_unsafe"]):
            assert float(figures[("share_unsafe", "ci_low")]) == pytest.approx(row["ci_low_unsafe"])
            assert float(figures[("share_unsafe", "ci_high")]) == pytest.approx(row["ci_high_unsafe"])
        bin_value = figures[("Gi_Bin", "")]
        assert bin_value == ("" if pd.isna(row["Gi_Bin"]) else str(int(row["Gi_Bin"])))
    assert checked > 1900


def test_city_and_type_figures_on_the_pages(full_run):
    _, frame, out, _ = full_run
    row = frame.iloc[10]
    figures = _figures(out / f"profile_{row['nbhd_id']}.html").values
    rates = frame["rate_total"].dropna()
    assert float(figures[("rate_total", "city_median")]) == pytest.approx(rates.median())
    assert float(figures[("rate_total", "city_mean")]) == pytest.approx(rates.mean())
    same_type = frame.loc[frame["type_name"] == row["type_name"], "rate_total"].dropna()
    assert float(figures[("rate_total", "type_mean")]) == pytest.approx(same_type.mean())
    weak = 100.0 * (rates <= row["rate_total"]).mean()
    assert float(figures[("rate_total", "percentile")]) == pytest.approx(weak)


def test_withheld_and_missing_values_are_explained(full_run):
    _, frame, out, _ = full_run
    text = (out / f"profile_{frame.iloc[1]['nbhd_id']}.html").read_text(encoding="utf-8")
    assert "Withheld by the public release" in text
    assert "3 value(s) suppressed" in text
    assert "no data" in text
    text = (out / f"profile_{frame.iloc[2]['nbhd_id']}.html").read_text(encoding="utf-8")
    assert "rate_total): no data" in text


def test_pages_are_self_contained_and_escaped(full_run):
    _, frame, out, _ = full_run
    index = _figures(out / "index.html")
    assert {f"profile_{i}.html" for i in frame["nbhd_id"]} <= set(index.links)
    for name in ["index.html", f"profile_{frame.iloc[0]['nbhd_id']}.html"]:
        text = (out / name).read_text(encoding="utf-8")
        assert "<script" not in text and "http://" not in text.replace(
            "http://www.w3.org/2000/svg", "") and "https://" not in text
        assert "Villa &lt;Segura&gt;" in text and "Villa <Segura>" not in text
        assert "<svg" in text
    assert not [p for p in os.listdir(out) if p.startswith(".usm-part")]


def test_atlas_has_one_page_per_neighbourhood(full_run):
    _, frame, _, pdf = full_run
    assert pdf_page_count(pdf) == len(frame)
    assert not [p for p in os.listdir(pdf.parent) if ".usm-part" in p]


def test_two_runs_write_the_same_atlas_bytes(run_algorithm, demo_gpkg, tmp_path, monkeypatch):
    """Same inputs, same PDF bytes: the writer's clock stamps are fixed (1970-01-01 UTC
    without SOURCE_DATE_EPOCH) and the map's style is not random; the file stays valid."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    source, frame = _small(demo_gpkg, tmp_path, n=4)  # no hot-spot or colour field
    written = []
    for k in range(2):
        _run(run_algorithm, source, tmp_path, OUTPUT_FOLDER=str(tmp_path / f"site{k}"),
             ATLAS_PDF=str(tmp_path / f"atlas{k}.pdf"))
        written.append((tmp_path / f"atlas{k}.pdf").read_bytes())
    assert written[0] == written[1], "two runs on the same inputs wrote different PDFs"
    data = written[0]
    assert pdf_page_count(tmp_path / "atlas0.pdf") == len(frame) == 4
    assert re.search(rb"/CreationDate \(D:19700101000000", data)
    start = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    assert data[start:].startswith(b"xref")
    entries = re.findall(rb"(\d{10}) \d{5} n", data[start:])
    assert entries and all(data[int(offset):].startswith(b"%d 0 obj" % number)
                           for number, offset in enumerate(entries, start=1))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    _run(run_algorithm, source, tmp_path, OUTPUT_FOLDER=str(tmp_path / "site2"),
         ATLAS_PDF=str(tmp_path / "atlas2.pdf"))
    dated = (tmp_path / "atlas2.pdf").read_bytes()
    assert re.search(rb"/CreationDate \(D:20231114221320", dated) and len(dated) == len(data)


def _run(run_algorithm, source, tmp_path, **extra):
    parameters = {"INPUT": source, "ID_FIELD": "nbhd_id", "OUTPUT_FOLDER": str(tmp_path / "site")}
    parameters.update(extra)
    return run_algorithm(ALG, parameters)


def _small(demo_gpkg, tmp_path, edit=None, n=12, crs=None):
    import geopandas as gpd

    frame = gpd.read_file(demo_gpkg, layer="neighbourhoods").iloc[:n].copy()
    if edit is not None:
        frame = edit(frame)
    if crs is not None:
        frame = frame.to_crs(crs)
    path = str(tmp_path / "small.gpkg")
    frame.to_file(path, layer="hoods", driver="GPKG")
    return f"{path}|layername=hoods", frame


def test_duplicate_ids_are_an_error(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    def duplicate(frame):
        frame.loc[frame.index[1], "nbhd_id"] = frame.iloc[0]["nbhd_id"]
        return frame

    source, _ = _small(demo_gpkg, tmp_path, duplicate)
    with pytest.raises(QgsProcessingException, match="ids must be unique"):
        _run(run_algorithm, source, tmp_path)
    assert not (tmp_path / "site" / "index.html").exists()


def test_null_ids_are_an_error(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    def blank(frame):
        frame["nbhd_id"] = frame["nbhd_id"].astype(object)
        frame.loc[frame.index[2], "nbhd_id"] = None
        return frame

    source, _ = _small(demo_gpkg, tmp_path, blank)
    with pytest.raises(QgsProcessingException, match="have no id"):
        _run(run_algorithm, source, tmp_path)


def test_missing_field_named_explicitly(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    source, _ = _small(demo_gpkg, tmp_path)
    with pytest.raises(QgsProcessingException, match="no_such_field"):
        _run(run_algorithm, source, tmp_path, INDICATOR_FIELDS=["no_such_field"])


def test_not_polygons_is_an_error(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    def points(frame):
        frame["geometry"] = frame.geometry.centroid
        return frame

    source, _ = _small(demo_gpkg, tmp_path, points)
    with pytest.raises(QgsProcessingException, match="polygon"):
        _run(run_algorithm, source, tmp_path)


def test_empty_layer_is_an_error(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    source, _ = _small(demo_gpkg, tmp_path)
    source += "|subset=\"nbhd_id\" = 'none'"  # a layer with no feature, CRS kept
    with pytest.raises(QgsProcessingException, match="empty|no features"):
        _run(run_algorithm, source, tmp_path)


def test_folder_under_a_file_is_reported_before_work(run_algorithm, demo_gpkg, tmp_path):
    """A destination that cannot be a folder fails before any work, even for root."""
    from qgis.core import QgsProcessingException

    source, _ = _small(demo_gpkg, tmp_path)
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="Cannot write|does not exist|not a folder"):
        run_algorithm(ALG, {"INPUT": source, "ID_FIELD": "nbhd_id",
                            "OUTPUT_FOLDER": str(blocker / "site")})
    with pytest.raises(QgsProcessingException, match="Cannot write|does not exist|not a folder"):
        _run(run_algorithm, source, tmp_path, ATLAS_PDF=str(blocker / "atlas.pdf"))
    assert not (tmp_path / "site").exists()
    assert blocker.read_text() == "not a folder"


def test_unwritable_folder_is_reported_before_work(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    source, _ = _small(demo_gpkg, tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(QgsProcessingException, match="not writable|Cannot write"):
            run_algorithm(ALG, {"INPUT": source, "ID_FIELD": "nbhd_id",
                                "OUTPUT_FOLDER": str(locked / "site")})
        with pytest.raises(QgsProcessingException, match="not writable|Cannot write"):
            _run(run_algorithm, source, tmp_path, ATLAS_PDF=str(locked / "atlas.pdf"))
        assert not (tmp_path / "site").exists()
    finally:
        locked.chmod(stat.S_IRWXU)


def test_geographic_crs_is_measured_locally(run_algorithm, demo_gpkg, tmp_path):
    source, frame = _small(demo_gpkg, tmp_path, crs="EPSG:4326")
    results, feedback = _run(run_algorithm, source, tmp_path, ATLAS_PDF=str(tmp_path / "a.pdf"))
    assert "local projection" in feedback.log
    area = frame.to_crs("EPSG:32630").geometry.area.iloc[0] / 1e6
    assert pdf_page_count(tmp_path / "a.pdf") == len(frame)
    text = (tmp_path / "site" / f"profile_{frame.iloc[0]['nbhd_id']}.html").read_text("utf-8")
    shown = float(re.search(r"data-role='area_km2' data-value='([^']+)'", text).group(1))
    assert shown == pytest.approx(area, rel=1e-3)


def test_existing_outputs_survive_a_failed_run(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    source, _ = _small(demo_gpkg, tmp_path)
    _run(run_algorithm, source, tmp_path)
    before = (tmp_path / "site" / "index.html").read_text("utf-8")
    with pytest.raises(QgsProcessingException):
        _run(run_algorithm, source, tmp_path, TEMPLATE=str(tmp_path / "missing.qpt"),
             ATLAS_PDF=str(tmp_path / "a.pdf"), TITLE="Second run")
    assert (tmp_path / "site" / "index.html").read_text("utf-8") == before
    assert not (tmp_path / "a.pdf").exists()
    assert not [p for p in os.listdir(tmp_path / "site") if p.startswith(".usm-part")]


def test_cancel_during_the_atlas_leaves_nothing(qgis_app, demo_gpkg, tmp_path):
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                           QgsProject)

    source, _ = summary_layer(demo_gpkg, str(tmp_path), n=60)
    feedback = QgsProcessingFeedback()
    seen = []

    def cancel_late(progress):
        seen.append(progress)
        if progress > 70:  # the atlas is the second half of the progress bar
            feedback.cancel()

    feedback.progressChanged.connect(cancel_late)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        processing.run(ALG, {"INPUT": source, "ID_FIELD": "nbhd_id",
                             "OUTPUT_FOLDER": str(tmp_path / "site"),
                             "ATLAS_PDF": str(tmp_path / "atlas.pdf")},
                       context=context, feedback=feedback)
    assert max(seen) < 100
    assert not (tmp_path / "atlas.pdf").exists()
    assert not (tmp_path / "site" / "index.html").exists()
    leftovers = [p for p in os.listdir(tmp_path) if "usm-part" in p]
    leftovers += [p for p in os.listdir(tmp_path / "site") if "usm-part" in p] \
        if (tmp_path / "site").exists() else []
    assert not leftovers


def test_selected_features_only_numeric_and_non_ascii(qgis_app, demo_gpkg, tmp_path):
    """Only the selected neighbourhoods get pages, in the HTML and in the atlas; numeric ids
    and non-ASCII names and ids work (RELIABILITY row 24)."""
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingFeatureSourceDefinition,
                           QgsProcessingFeedback, QgsProject, QgsVectorLayer)

    def rename(frame):
        frame["code"] = np.arange(len(frame)) * 7 + 1          # numbers: 1, 8, 15, ...
        frame["name"] = [f"Ñandú «{i}» / Sé" for i in range(len(frame))]
        return frame

    source, frame = _small(demo_gpkg, tmp_path, rename, n=20)
    layer = QgsVectorLayer(source, "hoods", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([f.id() for f in layer.getFeatures()][3:9])
        renderer_before = layer.renderer().dump()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        results = processing.run(ALG, {
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True), "ID_FIELD": "code",
            "OUTPUT_FOLDER": str(tmp_path / "site"), "ATLAS_PDF": str(tmp_path / "a.pdf")},
            context=context, feedback=QgsProcessingFeedback())
        assert layer.renderer().dump() == renderer_before  # the user's layer is not restyled
        assert len(layer.selectedFeatureIds()) == 6
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert results["PAGES"] == 6
    pages = sorted(p for p in os.listdir(tmp_path / "site") if p.startswith("profile_"))
    assert pages == sorted(f"profile_{c}.html" for c in frame["code"].iloc[3:9])
    assert pdf_page_count(tmp_path / "a.pdf") == 6
    text = (tmp_path / "site" / pages[0]).read_text(encoding="utf-8")
    assert "Ñandú «" in text


def test_temporary_folder(run_algorithm, demo_gpkg, tmp_path):
    source, frame = _small(demo_gpkg, tmp_path, n=5)
    results, _ = run_algorithm(ALG, {"INPUT": source, "ID_FIELD": "nbhd_id",
                                     "OUTPUT_FOLDER": "TEMPORARY_OUTPUT"})
    folder = results["OUTPUT_FOLDER"]
    assert folder != "TEMPORARY_OUTPUT" and os.path.isdir(folder)
    assert os.path.isfile(os.path.join(folder, f"profile_{frame.iloc[0]['nbhd_id']}.html"))


def test_density_raster_and_accounting_table(run_algorithm, demo_gpkg, tmp_path):
    """A density raster is sampled per neighbourhood (mean of the cells inside; planted
    value 5 per km² over the whole layer) and the accounting table is quoted."""
    from osgeo import gdal, osr

    source, frame = _small(demo_gpkg, tmp_path, n=8)
    minx, miny, maxx, maxy = frame.total_bounds
    cols, rows = int((maxx - minx) // 50) + 2, int((maxy - miny) // 50) + 2
    raster = str(tmp_path / "density.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(raster, cols, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((minx - 50, 50, 0, maxy + 50, 0, -50))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32630)
    dataset.SetProjection(srs.ExportToWkt())
    values = np.full((rows, cols), 5.0, dtype="<f4")
    dataset.GetRasterBand(1).WriteRaster(0, 0, cols, rows, values.tobytes())
    dataset = None
    table = tmp_path / "accounting.csv"
    table.write_text("item,count,note\nread,100,x\nassigned,90,x\noutside,6,x\n"
                     "dropped_null_geometry,4,x\n", encoding="utf-8")
    _run(run_algorithm, source, tmp_path, DENSITY=raster, ACCOUNTING=str(table))
    text = (tmp_path / "site" / f"profile_{frame.iloc[0]['nbhd_id']}.html").read_text("utf-8")
    density = float(re.search(r"data-role='density' data-value='([^']+)'", text).group(1))
    assert density == pytest.approx(5.0)
    assert "density raster" in text
    assert "100 read = 90 assigned + 6 outside + 4 dropped" in text


def test_layer_without_crs_is_an_error(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    source, _ = _small(demo_gpkg, tmp_path, lambda f: f.set_crs(None, allow_override=True))
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        _run(run_algorithm, source, tmp_path)
    assert not (tmp_path / "site").exists()


def test_invalid_polygon_repaired_and_reported(run_algorithm, demo_gpkg, tmp_path):
    import shapely

    def bow_tie(frame):
        x0, y0, x1, y1 = frame.geometry.iloc[0].bounds
        frame.loc[frame.index[0], "geometry"] = shapely.Polygon(
            [(x0, y0), (x1, y1), (x1, y0), (x0, y1), (x0, y0)])
        return frame

    source, frame = _small(demo_gpkg, tmp_path, bow_tie)
    results, feedback = _run(run_algorithm, source, tmp_path, REPAIR_GEOMETRY=True)
    assert results["PAGES"] == len(frame)
    assert "repaired 1 invalid polygon" in feedback.log

"""Benchmark: neighbourhood profiles + atlas for the 250 demo neighbourhoods (issue 13 target:
under 60 s), against QGIS exporting the same atlas layout on its own, timed in the same run.

The layer is the demo city's 250 neighbourhoods with the fields of a neighbourhood summary
(population, counts by category and year, rates, Gi* bins, types, survey shares with
intervals, a composite index with its interval, withheld cells), generated with a fixed seed.

Timed, each in the same QGIS process:

- ours: ``usm:neighbourhoodprofiles`` end to end through Processing: read, figures, 250 HTML
  pages + index pages, the atlas PDF (250 pages) from the bundled template;
- ours, HTML only (no ATLAS_PDF);
- peer 1: QGIS's own ``native:atlaslayouttopdf`` on the same layout (same template, same
  labels and styles, built by the bridge and stored in the project), without our pages;
- peer 2: a plain ``QgsLayoutExporter.exportToPdf`` of that layout's atlas.

Ratio = ours / peer: how much the whole run costs over QGIS's bare atlas export.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_profiles.py [--repeat 2]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IMPORT_ROOT = os.path.join(ROOT, "build", "importroot")
LINK = os.path.join(IMPORT_ROOT, "urban_safety_monitor")
if not os.path.exists(LINK):
    os.makedirs(IMPORT_ROOT, exist_ok=True)
    os.symlink(ROOT, LINK)
sys.path.insert(0, IMPORT_ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = os.path.join(HERE, "data")
DEMO = os.path.join(ROOT, "sample_layers", "demo_city.gpkg")


def load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def summary_layer(path: str, seed: int = 13) -> str:
    """The demo neighbourhoods with neighbourhood-summary fields (cached)."""
    if not os.path.exists(path):
        import geopandas as gpd

        frame = gpd.read_file(DEMO, layer="neighbourhoods")
        rng = np.random.default_rng(seed)
        n = len(frame)
        frame["population"] = rng.integers(0, 6000, n).astype(float)
        for category in ("assault", "burglary", "domestic_violence", "harassment", "homicide",
                         "robbery", "sexual_violence", "theft"):
            frame[f"n_cat_{category}"] = rng.poisson(20, n).astype(float)
        frame["n_total"] = frame[[c for c in frame.columns if c.startswith("n_cat_")]].sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            frame["rate_total"] = np.where(frame["population"] > 0,
                                           frame["n_total"] / frame["population"] * 1e5, np.nan)
        frame["eb_rate_total"] = frame["rate_total"] * 0.9
        for year in (2021, 2022, 2023):
            frame[f"n_y{year}"] = rng.poisson(50, n).astype(float)
        frame["Gi_Bin"] = pd.array(rng.integers(-3, 4, n), dtype="Int64")
        frame["type_name"] = rng.choice(["normal", "vulnerable", "critical", "upper class"], n)
        for question in ("unsafe_night", "victim_last_year"):
            share = rng.uniform(0.05, 0.8, n)
            frame[f"share_{question}"] = share
            frame[f"ci_low_{question}"] = np.clip(share - 0.1, 0, 1)
            frame[f"ci_high_{question}"] = np.clip(share + 0.1, 0, 1)
        frame["index"] = rng.uniform(0, 100, n)
        frame["index_lo"] = frame["index"] - 6
        frame["index_hi"] = frame["index"] + 6
        frame["withheld"] = (rng.random(n) < 0.04).astype(int)
        frame["n_suppressed"] = rng.integers(0, 4, n)
        frame.loc[frame["withheld"] == 1, ["n_total", "rate_total", "eb_rate_total"]] = np.nan
        os.makedirs(os.path.dirname(path), exist_ok=True)
        frame.to_file(path, layer="neighbourhood_summary", driver="GPKG")
    return f"{path}|layername=neighbourhood_summary"


def pdf_pages(path: str) -> int:
    with open(path, "rb") as handle:
        return len(re.findall(rb"/Type\s*/Page(?![s\w])", handle.read()))


def start_qgis():
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from urban_safety_monitor.usm_plugin.provider import UsmProvider

    provider = UsmProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def timed(label, fn, results):
    start = time.perf_counter()
    value = fn()
    results.setdefault(label, []).append(time.perf_counter() - start)
    print(f"  {label:<60s} {results[label][-1]:7.2f} s", flush=True)
    return value


def peer_layout(source: str):
    """The same layout as ours (template, labels, styles) for QGIS's own exports."""
    import geopandas as gpd
    from qgis.core import QgsVectorLayer

    from urban_safety_monitor.usm_plugin import bridge
    from urban_safety_monitor.usm_plugin.core.publish.atlas_text import atlas_texts
    from urban_safety_monitor.usm_plugin.core.publish.profiles import neighbourhood_profiles

    path, layer_name = source.split("|layername=")
    frame = gpd.read_file(path, layer=layer_name, fid_as_index=True)
    result = neighbourhood_profiles(frame, "nbhd_id")
    layer = QgsVectorLayer(source, "neighbourhoods", "ogr")
    layout, project = bridge.atlas_layout(
        layer, feature_ids=frame.index.to_numpy(), sort_field="nbhd_id",
        texts=atlas_texts(result, title="Benchmark"), hotspot_field="Gi_Bin",
        map_crs=layer.crs())
    return layout, project, layer


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    print("load before:", load())
    source = summary_layer(os.path.join(DATA, "profiles_summary.gpkg"))
    _app, _provider = start_qgis()
    import processing
    from qgis.core import QgsLayoutExporter, QgsProcessingFeedback, QgsProject

    work = tempfile.mkdtemp(prefix="usm-bench-profiles-")
    results = {}
    try:
        for _ in range(args.repeat):
            out = timed("ours: usm:neighbourhoodprofiles, HTML + atlas PDF", lambda: processing.run(
                "usm:neighbourhoodprofiles",
                {"INPUT": source, "ID_FIELD": "nbhd_id", "TITLE": "Benchmark",
                 "OUTPUT_FOLDER": os.path.join(work, "site"),
                 "ATLAS_PDF": os.path.join(work, "atlas.pdf")},
                feedback=QgsProcessingFeedback()), results)
            timed("ours: HTML pages only", lambda: processing.run(
                "usm:neighbourhoodprofiles",
                {"INPUT": source, "ID_FIELD": "nbhd_id", "TITLE": "Benchmark",
                 "OUTPUT_FOLDER": os.path.join(work, "site_html")},
                feedback=QgsProcessingFeedback()), results)
            layout, project, _layer = peer_layout(source)
            layout.setName("usm_bench_atlas")
            QgsProject.instance().layoutManager().addLayout(layout.clone())
            timed("peer 1: native:atlaslayouttopdf, same layout", lambda: processing.run(
                "native:atlaslayouttopdf",
                {"LAYOUT": "usm_bench_atlas", "OUTPUT": os.path.join(work, "peer1.pdf")},
                feedback=QgsProcessingFeedback()), results)
            timed("peer 2: QgsLayoutExporter.exportToPdf, same layout", lambda:
                  QgsLayoutExporter.exportToPdf(layout.atlas(), os.path.join(work, "peer2.pdf"),
                                                QgsLayoutExporter.PdfExportSettings()), results)
            QgsProject.instance().layoutManager().removeLayout(
                QgsProject.instance().layoutManager().layoutByName("usm_bench_atlas"))
        pages = {name: pdf_pages(os.path.join(work, name))
                 for name in ("atlas.pdf", "peer1.pdf", "peer2.pdf")}
        html = len([p for p in os.listdir(os.path.join(work, "site")) if p.startswith("profile_")])
        print(f"pages: ours {pages['atlas.pdf']} PDF + {html} HTML, peer 1 {pages['peer1.pdf']}, "
              f"peer 2 {pages['peer2.pdf']}; PAGES output {out['PAGES']}")
        best = {k: min(v) for k, v in results.items()}
        ours = best["ours: usm:neighbourhoodprofiles, HTML + atlas PDF"]
        for peer in ("peer 1: native:atlaslayouttopdf, same layout",
                     "peer 2: QgsLayoutExporter.exportToPdf, same layout"):
            print(f"ratio ours / {peer.split(':')[0]} = {ours / best[peer]:.2f} "
                  f"(ours {ours:.1f} s incl. HTML, peer {best[peer]:.1f} s PDF only)")
        print(f"target: under 60 s for 250 neighbourhoods -> {'met' if ours < 60 else 'MISSED'}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        print("load after:", load())


if __name__ == "__main__":
    main()

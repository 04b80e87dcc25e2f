"""Benchmark: street-segment audit of ~100,000 segments with 50,000 lights and 1,000,000
incidents (issue 12 target: under 20 s end to end), with the lit length checked against a
plain shapely route (union of light discs intersected with the segments) timed in the same run.

The network is a perturbed grid (100 m blocks, corners moved by up to 20 m, 2 % of the links
missing); lights stand 5 m off random streets, incidents up to 15 m off random streets, with a
date-time and one of 8 categories.

Run:  .venv/bin/python benchmarks/bench_street_audit.py [--scale 0.1] [--no-qgis]
"""

import argparse
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
IMPORT_ROOT = os.path.join(os.path.dirname(HERE), "build", "importroot")
LINK = os.path.join(IMPORT_ROOT, "urban_safety_monitor")
if not os.path.exists(LINK):
    os.makedirs(IMPORT_ROOT, exist_ok=True)
    os.symlink(os.path.dirname(HERE), LINK)
sys.path.insert(0, IMPORT_ROOT)

import geopandas as gpd  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402

from urban_safety_monitor.usm_plugin.core.cpted.audit import (  # noqa: E402
    point_input, street_segment_audit)

CRS = "EPSG:32630"
DATA = os.path.join(HERE, "data")


def timed(label, fn, results):
    start = time.perf_counter()
    value = fn()
    results[label] = time.perf_counter() - start
    print(f"  {label:<52s} {results[label]:8.2f} s", flush=True)
    return value


def make_city(scale, seed):
    rng = np.random.default_rng(seed)
    n_side = max(int(round(226 * np.sqrt(scale))), 10)
    ix, iy = np.meshgrid(np.arange(n_side), np.arange(n_side), indexing="ij")
    xy = np.column_stack([ix.ravel(), iy.ravel()]) * 100.0 + 400_000.0
    xy += rng.uniform(-20, 20, xy.shape)
    node = np.arange(n_side * n_side).reshape(n_side, n_side)
    a = np.concatenate([node[:-1, :].ravel(), node[:, :-1].ravel()])
    b = np.concatenate([node[1:, :].ravel(), node[:, 1:].ravel()])
    keep = rng.random(len(a)) >= 0.02
    a, b = a[keep], b[keep]
    lines = shapely.linestrings(np.stack([xy[a], xy[b]], axis=1))
    streets = gpd.GeoDataFrame({"street_id": np.arange(len(a))}, geometry=lines, crs=CRS)

    def near_streets(n, offset):
        k = rng.integers(0, len(a), n)
        t = rng.random(n)[:, None]
        p = xy[a[k]] + t * (xy[b[k]] - xy[a[k]])
        d = xy[b[k]] - xy[a[k]]
        normal = np.column_stack([-d[:, 1], d[:, 0]]) / np.hypot(*d.T)[:, None]
        return p + normal * offset(n)[:, None]

    n_lights = max(int(50_000 * scale), 50)
    n_inc = max(int(1_000_000 * scale), 1000)
    lxy = near_streets(n_lights, lambda n: np.where(rng.random(n) < 0.5, 5.0, -5.0))
    ixy = near_streets(n_inc, lambda n: rng.uniform(-15, 15, n))
    lights = gpd.GeoDataFrame({"working": (rng.random(n_lights) < 0.9).astype(int)},
                              geometry=shapely.points(lxy), crs=CRS)
    stamps = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 3 * 365 * 24 * 60, n_inc),
                                                          unit="min")
    cats = np.array(["theft", "robbery", "assault", "burglary", "harassment", "homicide",
                     "sexual_violence", "domestic_violence"])
    incidents = gpd.GeoDataFrame({"occurred_at": stamps, "category": cats[rng.integers(0, 8, n_inc)]},
                                 geometry=shapely.points(ixy), crs=CRS)
    return streets, lights, incidents


def write_gpkg(path, layers):
    import pyogrio

    if os.path.exists(path):
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    for name, frame in layers.items():
        pyogrio.write_dataframe(frame, path, layer=name, driver="GPKG")


def run_qgis(path, results):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    import tempfile

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False, tempfile.mkdtemp(prefix="usm-bench-profile-"))
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from urban_safety_monitor.usm_plugin.provider import UsmProvider

    provider = UsmProvider()   # keep a reference: the registry does not own the Python object
    QgsApplication.processingRegistry().addProvider(provider)
    import processing

    out = os.path.join(DATA, "audit_out.gpkg")
    if os.path.exists(out):
        os.remove(out)
    params = {"STREETS": f"{path}|layername=streets", "LIGHTS": f"{path}|layername=lights",
              "LIGHT_FIELD": "working", "INCIDENTS": f"{path}|layername=incidents",
              "DATE_FIELD": "occurred_at", "CATEGORY_FIELD": "category", "OUTPUT": out}
    timed("usm:streetsegmentaudit end to end (read, audit, write)",
          lambda: processing.run("usm:streetsegmentaudit", params, context=QgsProcessingContext(),
                                 feedback=QgsProcessingFeedback()), results)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--no-qgis", action="store_true")
    parser.add_argument("--peer-sample", type=int, default=5000)
    args = parser.parse_args()
    results = {}
    streets, lights, incidents = make_city(args.scale, args.seed)
    print(f"{len(streets):,} streets, {len(lights):,} lights, {len(incidents):,} incidents")
    working = lights[lights["working"] == 1]
    lights_in = point_input(working)
    incidents_in = point_input(incidents)
    res = timed("core audit (lights, incidents, night, categories)", lambda: street_segment_audit(
        streets, lights=lights_in, incidents=incidents_in, date_field="occurred_at",
        category_field="category", light_radius=30.0), results)
    seg = res.segments
    print(f"  {len(seg):,} segments; lit share {np.average(seg['lit_share'], weights=seg['length_m']):.3f}")

    # peer: the plain shapely route to the lit length (discs unioned, intersected with segments),
    # on a sample of --peer-sample segments (its Python loop per segment would take minutes)
    sample = np.random.default_rng(0).choice(len(seg), min(args.peer_sample, len(seg)), replace=False)
    seg_all = seg
    seg = seg.iloc[np.sort(sample)].reset_index(drop=True)

    def shapely_lit():
        discs = shapely.buffer(shapely.points(np.column_stack([working.geometry.x, working.geometry.y])),
                               30.0, quad_segs=16)
        tree = shapely.STRtree(discs)
        si, di = tree.query(seg.geometry.values, predicate="intersects")
        frame = pd.DataFrame({"s": si, "d": di})
        lit = np.zeros(len(seg))
        merged = shapely.union_all  # per segment union of its discs
        for s, group in frame.groupby("s"):
            lit[s] = shapely.intersection(seg.geometry.values[s], merged(discs[group["d"].to_numpy()])).length
        return lit

    lit_peer = timed(f"peer: shapely discs, lit length of {len(seg):,} segments", shapely_lit,
                     results)
    diff = np.abs(lit_peer - seg["lit_share"].to_numpy() * seg["length_m"].to_numpy())
    print(f"  lit length vs shapely (16-segment discs): max |diff| {diff.max():.3f} m, "
          f"median {np.median(diff):.4f} m")
    per_seg = results[f"peer: shapely discs, lit length of {len(seg):,} segments"] / len(seg)
    ratio = per_seg * len(seg_all) / results["core audit (lights, incidents, night, categories)"]
    print(f"  shapely lit length alone, extrapolated to all {len(seg_all):,} segments: "
          f"{per_seg * len(seg_all):.1f} s = {ratio:.1f}x our whole audit")
    if not args.no_qgis:
        path = os.path.join(DATA, f"audit_city_{args.scale:g}_{args.seed}.gpkg")
        timed("write the test GeoPackage (once, cached)", lambda: write_gpkg(
            path, {"streets": streets, "lights": lights, "incidents": incidents}), results)
        run_qgis(path, results)
        print(f"  target: end to end < 20 s -> "
              f"{'met' if results['usm:streetsegmentaudit end to end (read, audit, write)'] < 20 else 'NOT met'}")


if __name__ == "__main__":
    main()

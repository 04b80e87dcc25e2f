"""Kernel density at a million incidents: QGIS's Heatmap against usm:kerneldensity.

One run measures, each method in its own fresh process (so peak memory is its own):

* ``qgis``        qgis:heatmapkerneldensityestimation end to end through processing.run;
* ``qgis_kde``    QGIS's QgsKernelDensityEstimation.run() alone (its compute: reads the
                  features and adds every kernel to the raster);
* ``usm``         usm:kerneldensity end to end through processing.run (read, compute, write);
* ``usm_core``    our core ``kernel_density`` alone, on coordinates already in memory.

All with 100 m cells, a 500 m quartic kernel, 1,000,000 incidents in a GeoPackage that is
generated once (fixed seed) and cached under benchmarks/data/. Each method runs three
times in its process; the first (cold: imports, file cache) and the best of the other two
are printed. The surfaces are compared on QGIS's grid after converting QGIS's raw kernel
sums to incidents per km2.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_density.py
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
GPKG = DATA / "incidents_1m.gpkg"
N_POINTS = 1_000_000
CELL, RADIUS = 100.0, 500.0
SEED = 20240607
REPEATS = 3


def make_data() -> None:
    """A million incidents over a 12 x 10 km city (EPSG:32630): clusters on a background."""
    if GPKG.exists():
        return
    import geopandas as gpd
    import numpy as np

    rng = np.random.default_rng(SEED)
    x0, y0 = 430000.0, 4468000.0
    n_bg = int(N_POINTS * 0.55)
    xs = [rng.uniform(x0, x0 + 12000, n_bg)]
    ys = [rng.uniform(y0, y0 + 10000, n_bg)]
    n_clusters = 40
    sizes = rng.multinomial(N_POINTS - n_bg, np.full(n_clusters, 1 / n_clusters))
    for size in sizes:
        cx, cy = rng.uniform(x0 + 1000, x0 + 11000), rng.uniform(y0 + 1000, y0 + 9000)
        sd = rng.uniform(150, 700)
        xs.append(rng.normal(cx, sd, size))
        ys.append(rng.normal(cy, sd, size))
    x = np.concatenate(xs).round(2)
    y = np.concatenate(ys).round(2)
    frame = gpd.GeoDataFrame({"incident_id": np.arange(1, x.size + 1, dtype=np.int64)},
                             geometry=gpd.points_from_xy(x, y), crs="EPSG:32630")
    DATA.mkdir(parents=True, exist_ok=True)
    tmp = DATA / "incidents_1m.part.gpkg"
    frame.to_file(tmp, layer="incidents", driver="GPKG", engine="pyogrio")
    os.replace(tmp, GPKG)


def _import_root() -> None:
    """Make the repository importable as ``urban_safety_monitor`` (as tests/conftest.py does)."""
    link = ROOT / "build" / "importroot" / "urban_safety_monitor"
    if not link.exists():
        link.parent.mkdir(parents=True, exist_ok=True)
        try:
            link.symlink_to(ROOT, target_is_directory=True)
        except FileExistsError:
            pass
    if str(link.parent) not in sys.path:
        sys.path.insert(0, str(link.parent))


def _start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False, tempfile.mkdtemp(prefix="usm-bench-"))
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from urban_safety_monitor.usm_plugin.provider import UsmProvider

    provider = UsmProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_stage(stage: str, out_dir: str) -> dict:
    """Run one method REPEATS times in this process; return timings and peak memory."""
    _import_root()
    source = f"{GPKG}|layername=incidents"
    times = []
    before = None
    if stage == "usm_core":
        import numpy as np
        import pyogrio
        import shapely

        frame = pyogrio.read_dataframe(str(GPKG), layer="incidents", columns=[])
        xy = shapely.get_coordinates(np.asarray(frame.geometry.values))
        del frame
        before = _peak_rss_mb()
        import tracemalloc

        from urban_safety_monitor.usm_plugin.core.stats.density import kernel_density

        for k in range(REPEATS):
            if k == REPEATS - 1:
                tracemalloc.start()
            t = time.perf_counter()
            kernel_density(xy[:, 0], xy[:, 1], cell_size=CELL, radius=RADIUS)
            times.append(time.perf_counter() - t)
        alloc_peak = tracemalloc.get_traced_memory()[1] / 2 ** 20
        tracemalloc.stop()
        return {"times": times, "peak_rss_mb": _peak_rss_mb(), "rss_before_mb": before,
                "alloc_peak_mb": alloc_peak}

    app, provider = _start_qgis()
    import processing

    before = _peak_rss_mb()
    for k in range(REPEATS):
        out = os.path.join(out_dir, f"{stage}_{k}.tif")
        t = time.perf_counter()
        if stage == "qgis":
            processing.run("qgis:heatmapkerneldensityestimation", {
                "INPUT": source, "RADIUS": RADIUS, "PIXEL_SIZE": CELL, "KERNEL": 0,
                "OUTPUT_VALUE": 0, "OUTPUT": out})
        elif stage == "qgis_kde":
            from qgis.analysis import QgsKernelDensityEstimation
            from qgis.core import QgsVectorLayer

            layer = QgsVectorLayer(source, "incidents", "ogr")
            params = QgsKernelDensityEstimation.Parameters()
            params.source = layer.dataProvider()
            params.radius = RADIUS
            params.pixelSize = CELL
            params.shape = QgsKernelDensityEstimation.KernelQuartic
            params.outputValues = QgsKernelDensityEstimation.OutputRaw
            t = time.perf_counter()
            result = QgsKernelDensityEstimation(params, out, "GTiff").run()
            assert result == QgsKernelDensityEstimation.Success, result
        elif stage == "usm":
            processing.run("usm:kerneldensity", {
                "INPUT": source, "CELL_SIZE": CELL, "RADIUS": RADIUS, "KERNEL": 0, "OUTPUT": out})
        times.append(time.perf_counter() - t)
    return {"times": times, "peak_rss_mb": _peak_rss_mb(), "rss_before_mb": before,
            "output": os.path.join(out_dir, f"{stage}_0.tif")}


def compare(qgis_tif: str, usm_tif: str) -> dict:
    """Agreement of the surfaces: QGIS raw sums converted to incidents per km2 vs ours.

    Ours is recomputed with the core on QGIS's grid (same origin and size) so that cells
    correspond; the end-to-end output is also checked to hold the same total.
    """
    import numpy as np
    import pyogrio
    import rasterio
    import shapely

    _import_root()
    from urban_safety_monitor.usm_plugin.core.stats.density import kernel_density

    with rasterio.open(qgis_tif) as src:
        raw = src.read(1).astype(float)
        tr, nodata = src.transform, src.nodata
    raw[raw == nodata] = 0.0
    rows, cols = raw.shape
    extent = (tr.c, tr.f - rows * CELL, tr.c + cols * CELL, tr.f)
    frame = pyogrio.read_dataframe(str(GPKG), layer="incidents", columns=[])
    xy = shapely.get_coordinates(np.asarray(frame.geometry.values))
    ours = kernel_density(xy[:, 0], xy[:, 1], cell_size=CELL, radius=RADIUS, extent=extent).array
    h = int(np.ceil(RADIUS / CELL))
    offsets = np.arange(-h, h + 1) * CELL
    d2 = offsets[:, None] ** 2 + offsets[None, :] ** 2
    s = np.where(d2 < RADIUS ** 2, (1 - d2 / RADIUS ** 2) ** 2, 0.0).sum()
    theirs = raw * 1e6 / (CELL * CELL * s)
    peak = float(theirs.max())
    dense = theirs > 0.1 * peak
    rel = np.abs(ours - theirs)[dense] / theirs[dense]
    with rasterio.open(usm_tif) as src:
        e2e_total = float(src.read(1).astype(float).sum() * CELL * CELL / 1e6)
    return {
        "correlation": float(np.corrcoef(theirs.ravel(), ours.ravel())[0, 1]),
        "max_abs_diff_over_peak": float(np.abs(ours - theirs).max() / peak),
        "max_rel_diff_dense": float(rel.max()),
        "median_rel_diff_dense": float(np.median(rel)),
        "total_qgis": float(theirs.sum() * CELL * CELL / 1e6),
        "total_usm_same_grid": float(ours.sum() * CELL * CELL / 1e6),
        "total_usm_end_to_end": e2e_total,
    }


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--stage":
        print(json.dumps(run_stage(sys.argv[2], sys.argv[3])))
        return
    import tempfile

    t = time.perf_counter()
    make_data()
    print(f"data: {GPKG.relative_to(ROOT)} ({N_POINTS:,} points; ready in "
          f"{time.perf_counter() - t:.1f} s)")
    out_dir = tempfile.mkdtemp(prefix="usm-bench-density-")
    results = {}
    for stage in ("qgis", "qgis_kde", "usm", "usm_core"):
        proc = subprocess.run([sys.executable, __file__, "--stage", stage, out_dir],
                              capture_output=True, text=True, env=dict(os.environ))
        if proc.returncode != 0:
            print(proc.stderr[-3000:])
            raise SystemExit(f"stage {stage} failed")
        results[stage] = json.loads(proc.stdout.strip().splitlines()[-1])
    agreement = compare(results["qgis"]["output"], results["usm"]["output"])

    def best(stage):
        return min(results[stage]["times"][1:])

    print(f"cells {CELL:g} m, quartic radius {RADIUS:g} m, {N_POINTS:,} incidents; "
          f"{REPEATS} runs per method, cold = first, warm = best of the others")
    print(f"{'method':<46}{'cold s':>9}{'warm s':>9}{'peak RSS MB':>13}")
    labels = {
        "qgis": "QGIS heatmap, processing.run (end to end)",
        "qgis_kde": "QGIS QgsKernelDensityEstimation.run (compute)",
        "usm": "usm:kerneldensity, processing.run (end to end)",
        "usm_core": "usm core kernel_density (compute)",
    }
    for stage, label in labels.items():
        r = results[stage]
        print(f"{label:<46}{r['times'][0]:>9.3f}{best(stage):>9.3f}{r['peak_rss_mb']:>13.0f}")
    print(f"speed-up end to end (QGIS heatmap / usm:kerneldensity), warm: "
          f"{best('qgis') / best('usm'):.1f}x (cold {results['qgis']['times'][0] / results['usm']['times'][0]:.1f}x)"
          "   target >= 3x")
    print(f"speed-up compute (QGIS KDE run / usm core), warm: "
          f"{best('qgis_kde') / best('usm_core'):.1f}x (cold "
          f"{results['qgis_kde']['times'][0] / results['usm_core']['times'][0]:.1f}x)   target >= 20x")
    print(f"speed-up compute vs QGIS heatmap end to end, warm: {best('qgis') / best('usm_core'):.1f}x")
    print("memory: peak RSS of each method's process (QGIS started for all but the core); the "
          f"core process peaked at {results['usm_core']['rss_before_mb']:.0f} MB while reading the "
          f"points, and kernel_density itself allocated at most "
          f"{results['usm_core']['alloc_peak_mb']:.0f} MB (tracemalloc)")
    print("agreement on QGIS's grid (QGIS raw x 1e6 / (cell area x sum of discrete kernel)):")
    for key, value in agreement.items():
        print(f"  {key}: {value:.6g}")


if __name__ == "__main__":
    main()

"""Benchmark: the batch monitor in one process against a local Dask cluster, in one run.

One "national" city (the incidents of benchmarks/streaming_data.py: uniform points, 1 %
on neighbourhood vertices, 0.5 % outside, dates over 2021-2023) x 3 years, through
``usm_plugin.batch`` in four ways, each in its own subprocess:

* ``one process``          -- run_batch in this process (reads the file once, one
                              aggregate_incidents per year);
* ``dask tasks``           -- a LocalCluster of W worker processes, one task per
                              city-year (each task reads the city's file: the level
                              meant for many cities, shown here on one big one);
* ``dask partitions``      -- the same cluster, the incidents read with dask-geopandas,
                              Hilbert-sorted into P partitions (spatial_shuffle), the
                              neighbourhoods broadcast, each partition tallied with the
                              core's chunk API, tallies combined on the driver;
* ``dask partitions unsorted`` -- the same without the spatial sort.

Measured: wall time, peak memory (max RSS) of the driver and of each worker process
(asked of the workers at the end of the run), and whether every output and the
summary are identical to the one-process run.

The machine has 2 cores shared with other jobs: a local cluster of 2 workers can at
best halve the counting time, and it pays for starting the workers, for moving
partitions between processes (the shuffle) and for reading the file in pieces. What a
local cluster *can* show here is memory: a partitioned worker holds one partition, not
the city. The speed of a real cluster grows with its machines, which one box cannot show.

Usage::

    .venv/bin/python benchmarks/bench_batch.py                      # 10M x 1,000 if cached, else 1M
    .venv/bin/python benchmarks/bench_batch.py --points 1000000 --format gpkg
    .venv/bin/python benchmarks/bench_batch.py --quick              # 200,000 incidents, seconds
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
IMPORT_ROOT = ROOT / "build" / "importroot"
sys.path.insert(0, str(HERE))

MODES = ("one process", "dask tasks", "dask partitions", "dask partitions unsorted")


def _import_root() -> None:
    IMPORT_ROOT.mkdir(parents=True, exist_ok=True)
    link = IMPORT_ROOT / "urban_safety_monitor"
    if not link.exists():
        try:
            link.symlink_to(ROOT, target_is_directory=True)
        except FileExistsError:
            pass
    if str(IMPORT_ROOT) not in sys.path:
        sys.path.insert(0, str(IMPORT_ROOT))


def _peak_mb() -> float:
    """Peak resident memory of this process (VmHWM: reset by exec, unlike ru_maxrss, which a
    child started by fork + exec inherits from its parent on Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _data(points: int, polygons: int, fmt: str):
    import streaming_data

    streaming_data.make(points, polygons)
    gpkg, parquet = streaming_data.incident_paths(points, polygons)
    return streaming_data.neighbourhood_path(polygons), gpkg if fmt == "gpkg" else parquet


def _config(folder: Path, neighbourhoods: Path, incidents: Path) -> Path:
    path = folder / "bench_batch.toml"
    path.write_text("\n".join([
        f'output_folder = "{folder / "unused"}"', "[defaults]", 'id_field = "nbhd_id"',
        'population_field = "population"', 'category_field = "category"',
        'date_field = "occurred_at"', "years = [2021, 2022, 2023]", "[[cities]]",
        'name = "Nation"', f'neighbourhoods = "{neighbourhoods}"',
        'neighbourhoods_layer = "neighbourhoods"', f'incidents = "{incidents}"', ""]))
    return path


# --------------------------------------------------------------------------- one measurement


def _worker_peak_mb() -> float:
    """Run on each worker (sent by value: the workers need not import this script)."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def measure(mode: str, config_path: str, out: str, workers: int, partitions: int) -> dict:
    """Run one mode in this (fresh) process; return time and peak memory."""
    _import_root()
    from dataclasses import replace

    from urban_safety_monitor.usm_plugin.batch.config import load_config
    from urban_safety_monitor.usm_plugin.batch.runner import run_batch

    config = load_config(config_path)
    t0 = time.perf_counter()
    worker_peaks, started = [], 0.0
    if mode == "one process":
        result = run_batch(config, output_folder=out)
    else:
        from urban_safety_monitor.usm_plugin.batch.distributed import DaskEngine

        if mode != "dask tasks":
            config = config.with_partitions(partitions)
            if mode.endswith("unsorted"):
                config = replace(config, cities=tuple(replace(c, spatial_shuffle=False)
                                                      for c in config.cities))
        with DaskEngine(f"local:{workers}", processes=True,
                        partitioned=mode != "dask tasks") as engine:
            started = time.perf_counter() - t0
            result = run_batch(config, output_folder=out, engine=engine)
            worker_peaks = sorted(engine.client.run(_worker_peak_mb).values())
    seconds = time.perf_counter() - t0
    return {"mode": mode, "seconds": seconds, "startup": started, "driver_mb": _peak_mb(),
            "worker_mb": worker_peaks, "failed": result.failed, "summary": result.summary_path}


# --------------------------------------------------------------------------- the comparison


def _same_outputs(first: str, second: str) -> bool:
    import pandas as pd
    import pyogrio

    a = pd.read_csv(Path(first) / "summary.csv")
    b = pd.read_csv(Path(second) / "summary.csv")
    if not a.equals(b):
        return False
    for name in a["output"].dropna():
        for layer in ("neighbourhoods", "accounting"):
            x = pyogrio.read_dataframe(Path(first) / name, layer=layer)
            y = pyogrio.read_dataframe(Path(second) / name, layer=layer)
            try:
                pd.testing.assert_frame_equal(x, y, check_exact=True)
            except AssertionError:
                return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--points", type=int)
    parser.add_argument("--polygons", type=int, default=1000)
    parser.add_argument("--format", choices=("parquet", "gpkg"), default="parquet")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--run", help=argparse.SUPPRESS)  # internal: one mode, JSON out
    parser.add_argument("--config", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(measure(args.run, args.config, args.out, args.workers,
                                 args.partitions)))
        return

    data = Path(os.environ.get("USM_BENCHDATA", "/work/benchdata"))
    points = args.points or (200_000 if args.quick else
                             10_000_000 if (data / "streaming_inc_10000000_1000.parquet").exists()
                             else 1_000_000)
    neighbourhoods, incidents = _data(points, args.polygons, args.format)
    work = ROOT / "build" / "bench_batch"
    work.mkdir(parents=True, exist_ok=True)
    config = _config(work, neighbourhoods, incidents)
    print(f"batch monitor: {points:,} incidents x {args.polygons:,} neighbourhoods x 3 years, "
          f"{args.format}; local cluster of {args.workers} workers, {args.partitions} partitions")
    print(f"load before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores")
    rows = []
    for mode in [m.strip() for m in args.modes.split(",")]:
        out = work / mode.replace(" ", "_")
        done = subprocess.run([sys.executable, __file__, "--run", mode, "--config", str(config),
                               "--out", str(out), "--workers", str(args.workers),
                               "--partitions", str(args.partitions)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            print(f"  {mode}: failed\n{done.stderr[-2000:]}")
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        row["out"] = str(out)
        rows.append(row)
        workers = ", ".join(f"{w:,.0f}" for w in row["worker_mb"]) or "-"
        print(f"  {mode:26s} {row['seconds']:8.1f} s (cluster start {row['startup']:4.1f} s)   "
              f"driver {row['driver_mb']:7,.0f} MB   workers {workers} MB", flush=True)
    base = next((r for r in rows if r["mode"] == "one process"), None)
    if base is None:
        return
    print("ratios against one process (time; peak memory of the largest process):")
    for row in rows[1:]:
        largest = max([row["driver_mb"]] + row["worker_mb"])
        print(f"  {row['mode']:26s} time x{row['seconds'] / base['seconds']:.2f}   "
              f"memory x{largest / base['driver_mb']:.2f}   identical outputs: "
              f"{'yes' if _same_outputs(base['out'], row['out']) else 'NO'}")
    print(f"load after: {os.getloadavg()[0]:.2f} (1 min)")


if __name__ == "__main__":
    main()

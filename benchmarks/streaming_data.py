"""Large incident files for benchmarks/bench_streaming.py, generated in chunks.

The same design as benchmarks/bench_aggregate.py (Voronoi neighbourhoods with
whole-metre vertices; uniform incidents plus 1 % placed exactly on
neighbourhood vertices and 0.5 % outside the city), but written chunk by chunk
so that 100 million incidents never sit in memory: each chunk of 2 million has
its own seed and the same mix.  Written as a GeoPackage (with its spatial
index, as QGIS writes one) and as a GeoParquet file (WKB geometry, GeoParquet
1.0 metadata, row groups of 1 million) with the same rows in the same order.

Files go to ``$USM_BENCHDATA`` (default /work/benchdata), never into the
repository.

Usage::

    .venv/bin/python benchmarks/streaming_data.py 10000000:1000 100000000:10000 ...
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_aggregate as ba  # noqa: E402

DATA = Path(os.environ.get("USM_BENCHDATA", "/work/benchdata"))
CHUNK = 2_000_000
#: Up to this many incidents the GeoPackage gets a spatial index (QGIS's native count
#: needs it; building it for 100 million points takes most of an hour, and the native
#: count is not run at that size).
INDEX_UP_TO = 20_000_000


def neighbourhood_path(n_polygons: int) -> Path:
    ba.DATA = DATA
    return ba.make_neighbourhoods(n_polygons)


def incident_paths(n_points: int, n_polygons: int):
    stem = DATA / f"streaming_inc_{n_points}_{n_polygons}"
    return stem.with_suffix(".gpkg"), stem.with_suffix(".parquet")


def _chunks(n_points: int, n_polygons: int):
    import numpy as np
    import pandas as pd
    import pyogrio
    import shapely

    polygons = pyogrio.read_dataframe(neighbourhood_path(n_polygons))
    vertices = shapely.get_coordinates(np.asarray(polygons.geometry.values))
    side = ba.city_side(n_polygons)
    origin = np.asarray(ba.ORIGIN)
    start = pd.Timestamp("2021-01-01")
    done = 0
    k = 0
    while done < n_points:
        n = min(CHUNK, n_points - done)
        rng = np.random.default_rng([3000, n_points, n_polygons, k])
        n_vertex = n // 100
        n_out = n // 200
        n_in = n - n_vertex - n_out
        inside = rng.uniform(0, side, (n_in, 2)) + origin
        on_vertex = vertices[rng.integers(0, len(vertices), n_vertex)]
        outside = np.column_stack([rng.uniform(side * 1.01, side * 1.2, n_out),
                                   rng.uniform(0, side, n_out)]) + origin
        xy = np.vstack([inside, on_vertex, outside])
        xy = xy[rng.permutation(len(xy))]
        yield pd.DataFrame({
            "incident_id": np.arange(done, done + n, dtype=np.int64),
            "category": np.asarray(ba.CATEGORIES, dtype=object)[
                rng.integers(0, len(ba.CATEGORIES), n)],
            # whole seconds: GeoPackage stores text with millisecond precision
            "occurred_at": start + pd.to_timedelta(
                rng.integers(0, 3 * 365 * 24 * 60, n), unit="min")}), xy
        done += n
        k += 1


def make(n_points: int, n_polygons: int) -> None:
    """Write the GeoPackage and the GeoParquet file (skipped when present)."""
    import geopandas as gpd
    import pyarrow as pa
    import pyarrow.parquet as pq
    import shapely

    gpkg, parquet = incident_paths(n_points, n_polygons)
    if gpkg.exists() and parquet.exists():
        return
    DATA.mkdir(parents=True, exist_ok=True)
    tmp_gpkg = gpkg.with_name(gpkg.stem + ".part.gpkg")
    tmp_parquet = parquet.with_name(parquet.stem + ".part.parquet")
    for path in (tmp_gpkg, tmp_parquet):
        if path.exists():
            path.unlink()
    crs_json = gpd.GeoSeries([], crs=ba.CRS).crs.to_json_dict()
    geo = {"version": "1.0.0", "primary_column": "geometry",
           "columns": {"geometry": {"encoding": "WKB", "geometry_types": ["Point"],
                                    "crs": crs_json}}}
    writer = None
    t0 = time.perf_counter()
    for k, (attributes, xy) in enumerate(_chunks(n_points, n_polygons)):
        points = shapely.points(xy)
        frame = gpd.GeoDataFrame(attributes, geometry=points, crs=ba.CRS)
        frame.to_file(tmp_gpkg, layer="incidents", driver="GPKG", engine="pyogrio",
                      append=k > 0, SPATIAL_INDEX="NO")
        table = pa.Table.from_pandas(attributes, preserve_index=False).append_column(
            "geometry", pa.array(shapely.to_wkb(points), type=pa.binary()))
        if writer is None:
            schema = table.schema.with_metadata({b"geo": json.dumps(geo).encode()})
            writer = pq.ParquetWriter(tmp_parquet, schema, compression="snappy")
        writer.write_table(table.replace_schema_metadata(writer.schema.metadata),
                           row_group_size=1_000_000)
        print(f"  {n_points:,} x {n_polygons:,}: {min((k + 1) * CHUNK, n_points):,} rows written "
              f"({time.perf_counter() - t0:.0f} s)", flush=True)
    writer.close()
    # The spatial index in one bulk load at the end (QGIS's native count uses it).
    import subprocess

    if n_points <= INDEX_UP_TO:
        # Copied by ogr2ogr into a new layer: GDAL then bulk-loads the R-tree at the end,
        # minutes where CreateSpatialIndex on the written layer takes hours.
        indexed = tmp_gpkg.with_name(gpkg.stem + ".indexed.gpkg")
        if indexed.exists():
            indexed.unlink()
        subprocess.run(["ogr2ogr", "-f", "GPKG", str(indexed), str(tmp_gpkg), "incidents",
                        "-lco", "SPATIAL_INDEX=YES"], check=True)
        tmp_gpkg.unlink()
        tmp_gpkg = indexed
        print(f"  spatial index built ({time.perf_counter() - t0:.0f} s)", flush=True)
    tmp_gpkg.rename(gpkg)
    tmp_parquet.rename(parquet)


def replicate(n_base: int, copies: int, n_polygons: int) -> None:
    """``copies`` x the ``n_base`` files, each copy with x moved by a few units in the last
    place (its lowest byte replaced by a constant of the copy: < 2e-8 m here).

    Writing 100 million features through OGR takes over an hour on a loaded machine; this
    copies the GeoPackage's rows inside SQLite (geometry blobs edited in SQL) and the
    GeoParquet's WKB with numpy, in minutes, the same rows in both.  The copies keep the
    category and date mix; their points on vertices are moved off the vertex (only the
    first copy keeps exact ties), and no new stack of 10 identical coordinates is made.
    No spatial index (see INDEX_UP_TO).
    """
    base_gpkg, base_parquet = incident_paths(n_base, n_polygons)
    make(n_base, n_polygons)
    gpkg, parquet = incident_paths(n_base * copies, n_polygons)
    if gpkg.exists() and parquet.exists():
        return
    t0 = time.perf_counter()
    lows = [(37 * k + 11) & 0xFF for k in range(1, copies)]
    if not gpkg.exists():
        _replicate_gpkg(base_gpkg, gpkg, n_base, lows, t0)
    if not parquet.exists():
        _replicate_parquet(base_parquet, parquet, n_base, lows, t0)


def _replicate_gpkg(base_gpkg, gpkg, n_base, lows, t0):
    import shutil
    import sqlite3

    copies = len(lows) + 1
    tmp = gpkg.with_name(gpkg.stem + ".copying.gpkg")
    shutil.copyfile(base_gpkg, tmp)
    db = sqlite3.connect(tmp)
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                          "tbl_name = 'incidents'").fetchall()
    for name, _ in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    rtrees = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name = 'rtree_incidents_geom'")]
    for name in rtrees:
        db.execute(f'DROP TABLE "{name}"')
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_extensions'").fetchone():
        db.execute("DELETE FROM gpkg_extensions WHERE table_name = 'incidents' AND "
                   "extension_name = 'gpkg_rtree_index'")
    for k, low in enumerate(lows, start=1):
        # GeoPackage blob: 8-byte header (no envelope for points), then WKB: byte order,
        # type (4 bytes), x (8 bytes, little-endian: its lowest byte is blob byte 14).
        db.execute(
            "INSERT INTO incidents (geom, incident_id, category, occurred_at) "
            # (|| makes text: cast back to a blob, or readers see no geometry)
            "SELECT CASE WHEN length(geom) = 29 THEN CAST(substr(geom, 1, 13) || "
            f"X'{low:02X}' || substr(geom, 15) AS BLOB) ELSE geom END, "
            f"incident_id + {k * n_base}, category, "
            f"occurred_at FROM incidents WHERE fid <= {n_base} ORDER BY fid")
        db.commit()
        print(f"  gpkg copy {k}/{copies - 1} ({time.perf_counter() - t0:.0f} s)", flush=True)
    for name, sql in triggers:
        if "rtree" not in name:
            db.execute(sql)
    db.execute("UPDATE gpkg_ogr_contents SET feature_count = "
               f"{n_base * copies} WHERE lower(table_name) = 'incidents'")
    db.commit()
    db.close()
    tmp.rename(gpkg)


def _replicate_parquet(base_parquet, parquet, n_base, lows, t0):
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    copies = len(lows) + 1
    source = pq.ParquetFile(base_parquet)
    tmp_parquet = parquet.with_name(parquet.stem + ".copying.parquet")
    writer = pq.ParquetWriter(tmp_parquet, source.schema_arrow, compression="snappy")
    for k, low in enumerate([None] + lows):
        for batch in source.iter_batches(batch_size=1_000_000):
            table = pa.Table.from_batches([batch])
            if low is not None:
                wkb = table.column("geometry").combine_chunks()
                offsets = np.frombuffer(wkb.buffers()[1], dtype=np.int32)[
                    wkb.offset:wkb.offset + len(wkb) + 1]
                data = np.frombuffer(wkb.buffers()[2], dtype=np.uint8).copy()
                points = np.flatnonzero(np.diff(offsets) == 21)
                data[offsets[points] + 5] = low  # lowest byte of x
                moved = pa.Array.from_buffers(wkb.type, len(wkb),
                                              [wkb.buffers()[0], wkb.buffers()[1],
                                               pa.py_buffer(data)], offset=wkb.offset)
                ids = pa.array(table.column("incident_id").to_numpy() + k * n_base)
                table = table.set_column(table.schema.get_field_index("geometry"), "geometry",
                                         moved)
                table = table.set_column(table.schema.get_field_index("incident_id"),
                                         "incident_id", ids)
            writer.write_table(table, row_group_size=1_000_000)
        print(f"  parquet copy {k + 1}/{copies} ({time.perf_counter() - t0:.0f} s)", flush=True)
    writer.close()
    tmp_parquet.rename(parquet)


if __name__ == "__main__":
    for spec in sys.argv[1:]:
        if "x" in spec:  # "10000000x10:1000": 10 copies of the 10M file
            base, rest = spec.split("x")
            copies, polygons = (int(v) for v in rest.split(":"))
            replicate(int(base), copies, polygons)
            continue
        points, polygons = (int(v) for v in spec.split(":"))
        make(points, polygons)

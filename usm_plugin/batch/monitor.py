"""The monitor's figures for one city-year, from the core functions the toolbox uses.

Reading (pyogrio / GeoParquet), the incidents of one year (the core's date parser),
the counts, rates and Empirical Bayes rates with their accounting
(:func:`..core.joins.aggregation.aggregate_incidents`, or the same figures
finished from partition tallies on a Dask cluster), Gi* hot spots of the rate
(:class:`..core.stats.autocorrelation.LocalGetisOrd` on
:func:`..core.stats.weights.build_weights`) and the change from the previous year
(:func:`..core.indices.change.compare_periods`).  No counting logic lives here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..core.runtime import InputError, Notes
from .config import CityConfig

#: Columns of the change from the previous year (names as usm:compareperiods writes them).
CHANGE_COLUMNS = ("pct_change", "rate_ratio", "rr_lo", "rr_hi", "p_value", "p_fdr",
                  "change_class")
GI_COLUMNS = ("GiZ", "Gi_P", "Gi_PSim", "Gi_Bin", "Gi_Label")


@dataclass
class Neighbourhoods:
    """A city's neighbourhoods: as read (written back) and in the analysis CRS."""

    original: "object"  # GeoDataFrame as read, every field
    analysis: "object"  # id, population and geometry, in a projected CRS
    notes: Notes = field(default_factory=Notes)


@dataclass
class CityYearResult:
    """The figures of one city-year, indexed like the neighbourhoods."""

    city: str
    year: int
    table: pd.DataFrame
    accounting: pd.DataFrame
    notes: Notes
    counts: Dict[str, float]  # read, assigned, outside, dropped
    compared_with: Optional[int] = None
    population: Optional[np.ndarray] = None  # residents per neighbourhood, NaN when unusable


def is_parquet(path: str) -> bool:
    return Path(path).suffix.lower() in (".parquet", ".geoparquet")


def resolve_layer(path: str, layer: Optional[str]) -> Optional[str]:
    """The layer to read: the one named, or the file's only spatial layer."""
    import pyogrio

    listed = pyogrio.list_layers(path)
    layers = [str(name) for name, _ in listed]
    if layer is not None and layer not in layers:
        raise InputError(f"layer {layer!r} not found in {path!r}; it has: {', '.join(layers)}")
    if layer is None:
        spatial = [str(name) for name, kind in listed if kind is not None]
        if len(spatial) > 1:
            raise InputError(f"{path!r} has {len(spatial)} layers ({', '.join(spatial)}); "
                             "say which one with the *_layer key")
        layer = spatial[0] if spatial else None
    return layer


def check_fields(path: str, layer: Optional[str], columns: List[str]) -> None:
    """Refuse a file without the fields the monitor reads (before reading it)."""
    if is_parquet(path):
        import pyarrow.parquet as pq

        present = list(pq.read_schema(path).names)
    else:
        import pyogrio

        present = list(pyogrio.read_info(path, layer=layer)["fields"])
    _require(columns, present, path, layer)


def _read_frame(path: str, layer: Optional[str], columns: Optional[List[str]]):
    import geopandas as gpd

    if is_parquet(path):
        if columns is not None:
            check_fields(path, None, columns)
        frame = gpd.read_parquet(path, columns=None if columns is None
                                 else list(dict.fromkeys(columns + ["geometry"])))
    else:
        layer = resolve_layer(path, layer)
        if columns is not None:
            check_fields(path, layer, columns)
        frame = gpd.read_file(path, layer=layer, columns=columns, engine="pyogrio")
    if columns is not None:
        _require(columns, list(frame.columns), path, layer)
    return frame


def _require(columns, present, path, layer):
    missing = [c for c in columns if c not in present]
    if missing:
        where = f"{Path(path).name}" + (f" (layer {layer})" if layer else "")
        raise InputError(f"field(s) {', '.join(map(repr, missing))} not found in {where}; it has: "
                         f"{', '.join(map(str, present[:30]))}")


def read_neighbourhoods(city: CityConfig) -> Neighbourhoods:
    """The city's neighbourhoods, checked, with an analysis copy in a projected CRS."""
    notes = Notes()
    original = _read_frame(city.neighbourhoods, city.neighbourhoods_layer, None)
    needed = [city.id_field] + ([city.population_field] if city.population_field else [])
    _require(needed, list(original.columns), city.neighbourhoods, city.neighbourhoods_layer)
    if original.crs is None:
        raise InputError(f"the neighbourhoods of {city.name} ({Path(city.neighbourhoods).name}) "
                         "have no CRS; set one (e.g. in QGIS: Assign projection)")
    analysis = original[needed + [original.geometry.name]].copy()
    if original.crs.is_geographic or original.crs.to_epsg() == 3857:
        utm = original.estimate_utm_crs()
        notes.warn(f"neighbourhoods in {original.crs.name}: counted in {utm.name} (areas and "
                   "densities need a projected CRS); the output keeps the original geometry")
        analysis = analysis.to_crs(utm)
    elif original.crs.axis_info and original.crs.axis_info[0].unit_conversion_factor != 1.0:
        unit = original.crs.axis_info[0].unit_name
        notes.say(f"neighbourhoods in {original.crs.name}, whose unit is not metres ({unit}): "
                  "areas are converted to km² in metres")
    return Neighbourhoods(original, analysis, notes)


def incident_columns(city: CityConfig) -> List[str]:
    return list(dict.fromkeys(c for c in (city.date_field, city.category_field) if c))


def read_incidents(city: CityConfig, crs):
    """The city's incidents (only the fields the monitor uses), in ``crs``."""
    frame = _read_frame(city.incidents, city.incidents_layer, incident_columns(city))
    return to_analysis_crs(frame, crs, city)


def to_analysis_crs(frame, crs, city: CityConfig):
    if frame.crs is None:
        raise InputError(f"the incidents of {city.name} ({Path(city.incidents).name}) have no "
                         "CRS; set one")
    if frame.crs != crs:
        frame = frame.to_crs(crs)
    return frame


def incident_years(dates, city: CityConfig) -> np.ndarray:
    """The year of each incident (float, NaN when the date is missing or unparsable)."""
    from ..core.dates import parse_dates

    parsed, _, _ = parse_dates(dates, dayfirst=city.dayfirst)
    return parsed.dt.year.to_numpy(dtype=float, na_value=np.nan)


def aggregation_options(city: CityConfig) -> dict:
    """Keyword options of the core aggregation for this city (the same on every engine)."""
    return dict(category_field=city.category_field,
                date_field=city.date_field if city.periods else None,
                periods=city.periods, population_field=city.population_field,
                rate_per=city.rate_per, smooth_rates=city.smooth_rates, dayfirst=city.dayfirst)


def no_incidents_message(city: CityConfig) -> str:
    return f"no incident of {city.name} is dated in this year (field {city.date_field!r})"


def aggregate_year(city: CityConfig, neighbourhoods: Neighbourhoods, incidents, *,
                   progress=None, should_stop=None):
    """Counts, rates and accounting of one year's incidents (the core aggregation)."""
    from ..core.joins.aggregation import aggregate_incidents

    if len(incidents) == 0:
        raise InputError(no_incidents_message(city))
    return aggregate_incidents(incidents, neighbourhoods.analysis, city.id_field,
                               **aggregation_options(city), progress=progress,
                               should_stop=should_stop)


def figures(city: CityConfig, year: int, neighbourhoods: Neighbourhoods, aggregation
            ) -> CityYearResult:
    """Result columns of one city-year from its aggregation: counts, rates, Gi* hot spots."""
    notes = Notes()
    notes.extend(neighbourhoods.notes)
    notes.extend(aggregation.notes)
    table = aggregation.table.drop(columns=[aggregation.table.geometry.name, city.id_field])
    if city.population_field in table.columns:
        table = table.drop(columns=city.population_field)
    table.index = neighbourhoods.analysis.index
    if city.hot_spots:
        table = table.join(_hot_spots(city, neighbourhoods, table, notes))
    acc = aggregation.accounting
    items = dict(zip(acc["item"], acc["count"].astype(float)))
    counts = {
        "read": items.get("read", np.nan),
        "assigned": items.get("assigned", np.nan),
        "outside": items.get("outside", np.nan),
        "dropped": float(sum(v for k, v in items.items() if k.startswith("dropped_"))),
    }
    population = None
    if city.population_field:
        population = pd.to_numeric(neighbourhoods.analysis[city.population_field],
                                   errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return CityYearResult(city.name, year, table, acc.reset_index(drop=True), notes, counts,
                          population=population)


def hot_spot_field(city: CityConfig, columns) -> str:
    if city.hot_spot_field:
        return city.hot_spot_field
    for name in ("eb_rate_total", "rate_total", "n_total"):
        if name in columns:
            return name
    return "n_total"


def _hot_spots(city: CityConfig, neighbourhoods: Neighbourhoods, table, notes: Notes):
    from ..core.stats.autocorrelation import LocalGetisOrd
    from ..core.stats.weights import build_weights

    out = pd.DataFrame(index=table.index, columns=list(GI_COLUMNS), dtype=float)
    out["Gi_Bin"] = pd.array([pd.NA] * len(out), dtype="Int64")
    out["Gi_Label"] = pd.Series([None] * len(out), index=out.index, dtype=object)
    name = hot_spot_field(city, table.columns)
    if name not in table.columns:
        notes.warn(f"hot spots: field {name!r} is not among the results "
                   f"({', '.join(table.columns[:20])}); no hot spots")
        return out
    values = pd.to_numeric(table[name], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    geoms = neighbourhoods.analysis.geometry
    mask = np.isfinite(values) & ~(geoms.isna() | geoms.is_empty).to_numpy()
    try:
        ids = neighbourhoods.analysis[city.id_field].to_numpy()[mask]
        weights = build_weights(neighbourhoods.analysis.loc[mask], city.weights, ids=ids, k=city.k)
        gi = LocalGetisOrd(values[mask], weights, transform="binary",
                           permutations=city.permutations, seed=city.seed, inference="norm",
                           fdr=city.fdr)
    except InputError as error:
        notes.warn(f"hot spots of {name} not computed: {error}")
        return out
    notes.extend(gi.notes)
    rows = out.index[mask]
    out.loc[rows, "GiZ"] = gi.z
    out.loc[rows, "Gi_P"] = gi.p_norm
    out.loc[rows, "Gi_PSim"] = gi.p_sim if city.permutations else np.nan
    out.loc[rows, "Gi_Bin"] = pd.array(gi.bins, dtype="Float64").astype("Int64")
    out.loc[rows, "Gi_Label"] = gi.labels.astype(object)
    if not city.permutations:
        out = out.drop(columns="Gi_PSim")
    if (~mask).any():
        notes.warn(f"hot spots: {int((~mask).sum())} neighbourhood(s) without a value of {name} "
                   "(no population or no geometry) left out")
    return out


def add_change(city: CityConfig, results: Dict[int, CityYearResult], neighbourhoods) -> None:
    """Each year's change from the previous year run (n_total, exact Poisson test, FDR)."""
    from ..core.indices.change import compare_periods

    years = sorted(results)
    for before, year in zip(years, years[1:]):
        if not city.compare_previous:
            return
        old, new = results[before], results[year]
        frame = pd.DataFrame({"n_prev": old.table["n_total"], "n_this": new.table["n_total"]},
                             index=new.table.index)
        if city.population_field:
            frame["population"] = neighbourhoods.analysis[city.population_field]
        try:
            change = compare_periods(frame, ["n_prev", "n_this"], fdr=city.fdr,
                                     population_field="population" if city.population_field
                                     else None, rate_per=city.rate_per)
        except InputError as error:
            new.notes.warn(f"change from {before} not computed: {error}")
            continue
        new.table = new.table.join(change.table[list(CHANGE_COLUMNS)])
        new.compared_with = before
        new.notes.say(f"change from {before}: "
                      + "; ".join(f"{k}: {v}" for k, v in
                                  change.table["change_class"].value_counts().items()))


def output_frame(city: CityConfig, neighbourhoods: Neighbourhoods, result: CityYearResult):
    """The neighbourhoods as read, every field, with the city-year's result columns."""
    import geopandas as gpd

    original = neighbourhoods.original
    clashing = [c for c in result.table.columns if c in original.columns]
    if clashing:
        result.notes.warn("input fields replaced by results of the same name: "
                          + ", ".join(clashing))
    table = original.drop(columns=clashing + [original.geometry.name]).join(result.table)
    return gpd.GeoDataFrame(table, geometry=original.geometry.values, crs=original.crs)


def summary_figures(city: CityConfig, result: CityYearResult) -> dict:
    """The summary table's figures of one city-year."""
    table = result.table
    rate = np.nan
    if "n_total" in table.columns and city.population_field and "rate_total" in table.columns:
        ok = pd.to_numeric(table["rate_total"], errors="coerce").notna().to_numpy()
        n = pd.to_numeric(table["n_total"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        pop = result.population
        if pop is not None and ok.any() and np.nansum(pop[ok]) > 0:
            rate = float(np.nansum(n[ok]) / np.nansum(pop[ok]) * city.rate_per)
    bins = table["Gi_Bin"] if "Gi_Bin" in table.columns else pd.Series(dtype="Int64")
    computed = bins.notna().any()
    return {
        **{k: int(v) if np.isfinite(v) else None for k, v in result.counts.items()},
        "rate": rate,
        "hot_spots": int((bins > 0).sum()) if computed else None,
        "cold_spots": int((bins < 0).sum()) if computed else None,
        "compared_with": result.compared_with,
    }


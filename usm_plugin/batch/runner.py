"""Run the monitor for every city-year of a configuration and write the outputs.

One GeoPackage per city-year (layer ``neighbourhoods``: the neighbourhoods as read
with the counts, rates, Empirical Bayes rates, Gi* hot spots and change columns;
layer ``accounting``: every incident of the year accounted for), written to a
temporary name and renamed when complete, and a summary table (CSV) with one row
per city-year.  A city or a year that fails is reported in the summary with its
error and the others go on; :attr:`BatchResult.failed` counts them (the command
line exits with 1 when there are any).

Engines: this process (default), or Dask (:mod:`.distributed`): one task per
city-year, or a city's incidents read in partitions and counted partition by
partition with the core's chunk API.  Every engine computes with the same core
functions on the same rows, so the outputs are identical.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

import numpy as np
import pandas as pd

from ..core.runtime import Cancelled, InputError, as_steps
from . import monitor
from .config import BatchConfig, CityConfig

SUMMARY_COLUMNS = ("city", "year", "status", "read", "assigned", "outside", "dropped",
                   "undated", "rate", "hot_spots", "cold_spots", "compared_with", "output",
                   "message")
SUMMARY_DOCS = (
    ("city", "city name from the configuration", "text"),
    ("year", "year of the incidents", "year"),
    ("status", "ok, warning (written, see message) or failed (nothing written)", "text"),
    ("read", "incidents of the city dated in the year", "count"),
    ("assigned", "of those, assigned to exactly one neighbourhood", "count"),
    ("outside", "of those, outside every neighbourhood", "count"),
    ("dropped", "of those, dropped (null or empty geometry, invalid coordinates)", "count"),
    ("undated", "incidents of the city with a missing or unparsable date (in no year)", "count"),
    ("rate", "city-wide incidents per rate_per residents (neighbourhoods with a population)",
     "per rate_per residents"),
    ("hot_spots", "neighbourhoods in a Gi* hot spot (Gi_Bin > 0)", "count"),
    ("cold_spots", "neighbourhoods in a Gi* cold spot (Gi_Bin < 0)", "count"),
    ("compared_with", "the year the change columns compare with", "year"),
    ("output", "the city-year's GeoPackage, relative to the output folder", "file name"),
    ("message", "the error, or the warnings of the run", "text"),
)
LogCallback = Callable[[str], None]


@dataclass
class CityOutcome:
    """What running one city gave: results by year, errors by year, undated incidents."""

    neighbourhoods: Optional[monitor.Neighbourhoods] = None
    results: Dict[int, monitor.CityYearResult] = field(default_factory=dict)
    errors: Dict[int, str] = field(default_factory=dict)
    undated: Optional[int] = None


@dataclass
class BatchResult:
    """The summary (one row per city-year) and where it was written."""

    summary: pd.DataFrame
    summary_path: Optional[str]
    output_folder: str

    @property
    def failed(self) -> int:
        return int((self.summary["status"] == "failed").sum())


def error_text(error: BaseException) -> str:
    """A one-line message: our InputErrors as they are, anything else with its type."""
    if isinstance(error, InputError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def run_batch(config: BatchConfig, *, output_folder=None, summary_path=None, engine=None,
              progress=None, should_stop=None, log: Optional[LogCallback] = None
              ) -> BatchResult:
    """Run the monitor for every city-year of ``config``; write outputs and the summary.

    Parameters
    ----------
    config : BatchConfig
        From :func:`.config.load_config`.
    output_folder : str, optional
        Overrides the configuration's folder.
    summary_path : str, optional
        The summary CSV (default ``<output folder>/summary.csv``).
    engine : distributed.DaskEngine, optional
        Run on a Dask cluster; default: this process.
    progress, should_stop : callable, optional
        Progress (fraction of city-years done) and cancellation, checked between
        city-years and, on Dask, between partitions.
    log : callable, optional
        Receives one line per city-year and the warnings.

    Returns
    -------
    BatchResult

    Raises
    ------
    InputError
        The output folder cannot be created or written.
    Cancelled
        When ``should_stop()`` returns True; outputs already complete stay,
        no summary is written.
    """
    steps = as_steps(progress, should_stop)
    log = log or (lambda line: None)
    folder = Path(output_folder or config.output_folder)
    summary_path = Path(summary_path) if summary_path else folder / "summary.csv"
    _check_outputs_spare_inputs(config, folder, summary_path)
    created = not folder.exists()
    _prepare_folder(folder)
    total = max(len(config.city_years), 1)
    rows: List[dict] = []
    try:
        if engine is not None:
            engine.submit(config)
        for city in config.cities:
            city_steps = steps.part(len(rows) / total, (len(rows) + len(city.years)) / total)
            if engine is None:
                outcome = run_city(city, steps=city_steps, log=log)
            else:
                outcome = engine.run_city(city, steps=city_steps, log=log)
            rows.extend(finish_city(city, outcome, folder, log))
            steps.report(len(rows) / total)
    except Cancelled:
        if created and not any(folder.iterdir()):   # leave no empty folder behind
            folder.rmdir()
        raise
    summary = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    summary = summary.astype({c: "Int64" for c in ("year", "read", "assigned", "outside",
                                                   "dropped", "undated", "hot_spots",
                                                   "cold_spots", "compared_with")})
    _write_summary(summary, summary_path)
    failed = int((summary["status"] == "failed").sum())
    log(f"{len(summary) - failed} of {len(summary)} city-years written to {folder}; "
        f"summary: {summary_path}" + (f"; {failed} failed" if failed else ""))
    return BatchResult(summary, str(summary_path), str(folder))


def _check_outputs_spare_inputs(config: BatchConfig, folder: Path, summary_path: Path) -> None:
    """Refuse a summary or city-year GeoPackage that would replace an input file."""
    inputs = {}
    for city in config.cities:
        for key in ("neighbourhoods", "incidents"):
            inputs.setdefault(os.path.realpath(getattr(city, key)), f"{city.name}: {key}")
    if config.path:
        inputs.setdefault(os.path.realpath(config.path), "the configuration file")
    outputs = [("the summary table", summary_path)]
    outputs += [(f"{city.name} {year}", folder / city.output_name(year))
                for city in config.cities for year in city.years]
    for what, path in outputs:
        source = inputs.get(os.path.realpath(path))
        if source:
            raise InputError(f"{what} would be written to {str(path)!r}, the file read as "
                             f"{source}; choose another output (inputs are never modified)")


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".usm_write_probe"
        probe.write_text("")
        probe.unlink()
    except OSError as error:
        raise InputError(f"the output folder {str(folder)!r} cannot be written: "
                         f"{error.strerror or error}") from None


def run_city(city: CityConfig, *, steps=None, log: Optional[LogCallback] = None) -> CityOutcome:
    """Every year of one city in this process: read once, one aggregation per year."""
    steps = steps or as_steps()
    outcome = CityOutcome()
    try:
        outcome.neighbourhoods = monitor.read_neighbourhoods(city)
        incidents = monitor.read_incidents(city, outcome.neighbourhoods.analysis.crs)
        years = monitor.incident_years(incidents[city.date_field], city)
    except Cancelled:
        raise
    except Exception as error:  # one city's bad data must not stop the others
        outcome.errors = {year: error_text(error) for year in city.years}
        return outcome
    outcome.undated = int(np.isnan(years).sum())
    for i, year in enumerate(city.years):
        steps.report(i / len(city.years))
        try:
            aggregation = monitor.aggregate_year(city, outcome.neighbourhoods,
                                                 incidents.loc[years == year])
            outcome.results[year] = monitor.figures(city, year, outcome.neighbourhoods,
                                                    aggregation)
        except Cancelled:
            raise
        except Exception as error:
            outcome.errors[year] = error_text(error)
    return outcome


def finish_city(city: CityConfig, outcome: CityOutcome, folder: Path,
                log: LogCallback) -> List[dict]:
    """Change columns, one GeoPackage per year, and the city's summary rows."""
    rows = []
    if outcome.undated:   # every engine ends here, so the log says it for Dask runs too
        log(f"  warning: {city.name}: {outcome.undated:,} incidents have a missing or unreadable "
            f"date in {city.date_field!r} and are in no year (column 'undated' of the summary)")
    if outcome.results and outcome.neighbourhoods is not None:
        try:
            monitor.add_change(city, outcome.results, outcome.neighbourhoods)
        except Exception as error:  # noqa: BLE001 -- reported per year, outputs still written
            for result in outcome.results.values():
                result.notes.warn(f"change not computed: {error_text(error)}")
    for year in city.years:
        row = {"city": city.name, "year": year, "undated": outcome.undated}
        result = outcome.results.get(year)
        if result is None:
            row.update(status="failed", message=outcome.errors.get(year, "not run"))
            log(f"{city.name} {year}: FAILED -- {row['message']}")
            rows.append(row)
            continue
        try:
            frame = monitor.output_frame(city, outcome.neighbourhoods, result)
            write_city_year(folder / city.output_name(year), frame, result.accounting)
        except Exception as error:
            row.update(status="failed", message=f"writing failed: {error_text(error)}")
            log(f"{city.name} {year}: FAILED -- {row['message']}")
            rows.append(row)
            continue
        row.update(monitor.summary_figures(city, result))
        row["output"] = city.output_name(year)
        row["status"] = "warning" if result.notes.warnings else "ok"
        row["message"] = " | ".join(result.notes.warnings) or None
        log(_line(city, year, row))
        for warning in result.notes.warnings:
            log(f"  warning: {warning}")
        rows.append(row)
    return rows


def _line(city: CityConfig, year: int, row: dict) -> str:
    def n(key):
        return "?" if row.get(key) is None else f"{row[key]:,}"

    text = (f"{city.name} {year}: {n('read')} incidents, {n('assigned')} assigned, "
            f"{n('outside')} outside, {n('dropped')} dropped")
    if row.get("rate") is not None and np.isfinite(row["rate"]):
        text += f"; rate {row['rate']:.1f} per {city.rate_per:,.0f}"
    if row.get("hot_spots") is not None:
        text += f"; {row['hot_spots']} hot spot(s), {row['cold_spots']} cold spot(s)"
    return text + f" -> {row['output']}"


def write_city_year(path: Path, frame, accounting: pd.DataFrame) -> None:
    """Write one city-year's GeoPackage under a temporary name, then rename it."""
    import pyogrio

    tmp = path.with_name(f".{path.stem}.partial.gpkg")
    for p in (tmp, path):
        if p.exists():
            p.unlink()
    try:
        frame.to_file(tmp, layer="neighbourhoods", driver="GPKG", engine="pyogrio")
        pyogrio.write_dataframe(accounting, tmp, layer="accounting", driver="GPKG")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _write_summary(summary: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.partial")
    path.parent.mkdir(parents=True, exist_ok=True)
    summary.to_csv(tmp, index=False)
    os.replace(tmp, path)


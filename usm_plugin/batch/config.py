"""The batch configuration file: cities, years, fields and options, checked before any run.

A configuration is a TOML (``.toml``) or JSON (``.json``) file with three parts::

    output_folder = "monitor_output"     # relative to this file; one GeoPackage per city-year

    [defaults]                           # any city option; each city may override it
    id_field = "nbhd_id"
    population_field = "population"
    category_field = "category"
    date_field = "occurred_at"
    years = [2022, 2023]

    [[cities]]
    name = "Villa Segura"
    neighbourhoods = "data/villa_segura.gpkg"
    neighbourhoods_layer = "neighbourhoods"
    incidents = "data/villa_segura.gpkg"
    incidents_layer = "incidents"

Every problem of the file is collected and reported at once, with the city and
the key: missing keys, unknown keys (with the nearest known key suggested),
wrong types, files that do not exist, years that are not whole numbers in
1900..2100.  Problems of the data (a field missing from a layer, a year without
incidents) are found when the city runs and reported in the summary.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from ..core.joins.aggregation import PERIODS, slugify
from ..core.runtime import InputError

WEIGHT_METHODS = ("queen", "rook", "knn", "distance_band", "inverse_distance")

# option -> (accepted types, default, help); None default = optional, absent means "not used"
_REQUIRED = object()
OPTIONS: Dict[str, Tuple[tuple, Any, str]] = {
    "neighbourhoods": ((str,), _REQUIRED, "neighbourhood polygons (GeoPackage, Shapefile, "
                                          "GeoParquet...)"),
    "neighbourhoods_layer": ((str,), None, "layer of the neighbourhoods file"),
    "incidents": ((str,), _REQUIRED, "incident points (GeoPackage, GeoParquet, ...)"),
    "incidents_layer": ((str,), None, "layer of the incidents file"),
    "id_field": ((str,), _REQUIRED, "unique neighbourhood id"),
    "population_field": ((str,), None, "residents per neighbourhood (rates)"),
    "category_field": ((str,), None, "incident type (n_cat_* counts)"),
    "date_field": ((str,), _REQUIRED, "incident date: picks the incidents of each year"),
    "years": ((list, int), _REQUIRED, "years to run, e.g. [2022, 2023]"),
    "periods": ((list,), [], "extra period counts within each year: month, weekday, hourband"),
    "rate_per": ((int, float), 100000, "rates per this many residents"),
    "smooth_rates": ((bool,), True, "Empirical Bayes smoothed rates"),
    "dayfirst": ((bool,), True, "read 03/04/2021 as 3 April"),
    "hot_spots": ((bool,), True, "Gi* hot spots of the rate"),
    "hot_spot_field": ((str,), None, "field for Gi* (default eb_rate_total, or rate_total, "
                                     "or n_total without population)"),
    "weights": ((str,), "queen", f"neighbours for Gi*: {', '.join(WEIGHT_METHODS)}"),
    "k": ((int,), 8, "neighbours for knn weights"),
    "permutations": ((int,), 0, "Gi* permutations (0: normal approximation only)"),
    "seed": ((int,), 1, "seed of the permutations"),
    "fdr": ((bool,), True, "false discovery rate correction of the hot spots"),
    "compare_previous": ((bool,), True, "change from the previous year run (exact Poisson "
                                        "test, FDR)"),
    "partitions": ((int,), 0, "with Dask: count the incidents in this many partitions "
                              "(0: one task per city-year)"),
    "spatial_shuffle": ((bool,), False, "with partitions: sort the incidents into spatially "
                                        "compact partitions (Hilbert curve) before counting; "
                                        "same results, measured slower (benchmarks/README.md)"),
}
CITY_ONLY = {"name": ((str,), _REQUIRED, "city name (unique; names the output files)")}
TOP_LEVEL = ("output_folder", "defaults", "cities")


class ConfigError(InputError):
    """The configuration file cannot be used; the message lists every problem found."""


@dataclass(frozen=True)
class CityConfig:
    """One city's settings, defaults applied and paths made absolute."""

    name: str
    slug: str
    neighbourhoods: str
    incidents: str
    id_field: str
    date_field: str
    years: Tuple[int, ...]
    neighbourhoods_layer: Optional[str] = None
    incidents_layer: Optional[str] = None
    population_field: Optional[str] = None
    category_field: Optional[str] = None
    periods: Tuple[str, ...] = ()
    rate_per: float = 100000.0
    smooth_rates: bool = True
    dayfirst: bool = True
    hot_spots: bool = True
    hot_spot_field: Optional[str] = None
    weights: str = "queen"
    k: int = 8
    permutations: int = 0
    seed: int = 1
    fdr: bool = True
    compare_previous: bool = True
    partitions: int = 0
    spatial_shuffle: bool = False

    def output_name(self, year: int) -> str:
        """File name of the city-year's GeoPackage."""
        return f"{self.slug}_{year}.gpkg"


@dataclass(frozen=True)
class BatchConfig:
    """A checked configuration: the output folder and the cities."""

    path: Optional[str]
    output_folder: Optional[str]
    cities: Tuple[CityConfig, ...] = field(default_factory=tuple)

    @property
    def city_years(self) -> List[Tuple[CityConfig, int]]:
        return [(city, year) for city in self.cities for year in city.years]

    def with_partitions(self, partitions: int) -> "BatchConfig":
        """The same configuration with every city counted in ``partitions`` partitions."""
        return replace(self, cities=tuple(replace(c, partitions=int(partitions))
                                          for c in self.cities))


def load_config(path, *, output_folder=None) -> BatchConfig:
    """Read and check a TOML or JSON configuration file.

    Parameters
    ----------
    path : str or pathlib.Path
        The file; relative paths inside it are relative to its folder.
    output_folder : str, optional
        Overrides the file's ``output_folder``.

    Returns
    -------
    BatchConfig

    Raises
    ------
    ConfigError
        With every problem found, one per line.
    """
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"Configuration file {str(path)!r} not found.")
    text = path.read_text(encoding="utf-8")
    suffix = path.suffix.lower()
    try:
        if suffix == ".toml":
            import tomllib

            raw = tomllib.loads(text)
        elif suffix == ".json":
            raw = json.loads(text)
        else:
            raise ConfigError(f"Configuration file {path.name!r}: expected a .toml or .json "
                              f"file; got {suffix or 'no extension'!r}.")
    except (ValueError, TypeError) as error:  # tomllib.TOMLDecodeError, json.JSONDecodeError
        if isinstance(error, ConfigError):
            raise
        raise ConfigError(f"Configuration file {path.name!r} is not valid "
                          f"{suffix[1:].upper()}: {error}") from None
    return parse_config(raw, base=path.parent, path=str(path), output_folder=output_folder)


def parse_config(raw, *, base=".", path=None, output_folder=None) -> BatchConfig:
    """Check a configuration already read into a dict (see :func:`load_config`)."""
    problems: List[str] = []
    base = Path(base)
    if not isinstance(raw, dict):
        raise ConfigError(f"The configuration must be a table of keys; got {type(raw).__name__}.")
    _unknown(raw, TOP_LEVEL, "the top level", problems)
    defaults = raw.get("defaults", {})
    if not isinstance(defaults, dict):
        problems.append(f"defaults: expected a table of options; got {type(defaults).__name__}")
        defaults = {}
    _unknown(defaults, OPTIONS, "defaults", problems)
    cities_raw = raw.get("cities")
    if not isinstance(cities_raw, list) or not cities_raw:
        problems.append("cities: expected a list of at least one city ([[cities]] tables in "
                        "TOML, a list of objects in JSON)")
        cities_raw = []
    cities, slugs = [], {}
    for i, entry in enumerate(cities_raw):
        city = _city(i, entry, defaults, base, problems)
        if city is None:
            continue
        if city.slug in slugs:
            problems.append(f"cities[{i}] ({city.name!r}): its file name {city.slug!r} is the "
                            f"same as city {slugs[city.slug]!r}'s; give the cities distinct names")
        slugs.setdefault(city.slug, city.name)
        cities.append(city)
    folder = output_folder if output_folder else raw.get("output_folder")
    if folder is None:
        problems.append("output_folder: missing (the folder for the GeoPackages and the summary)")
    elif not isinstance(folder, str) or not folder.strip():
        problems.append(f"output_folder: expected a folder path; got {folder!r}")
    else:
        folder = str(_resolve(base, folder))
    if problems:
        where = f"Configuration {Path(path).name!r}" if path else "Configuration"
        raise ConfigError(f"{where} has {len(problems)} problem(s):\n  - "
                          + "\n  - ".join(problems))
    return BatchConfig(path=path, output_folder=folder, cities=tuple(cities))


def _unknown(table: dict, known, where: str, problems: List[str]) -> None:
    for key in table:
        if key in known:
            continue
        near = difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.6)
        hint = f"; did you mean {near[0]!r}?" if near else f"; known keys: {', '.join(known)}"
        problems.append(f"{where}: unknown key {key!r}{hint}")


def _resolve(base: Path, value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else (base / p)


def _city(i: int, entry, defaults: dict, base: Path, problems: List[str]):
    if not isinstance(entry, dict):
        problems.append(f"cities[{i}]: expected a table of options; got {type(entry).__name__}")
        return None
    label = f"cities[{i}]" + (f" ({entry['name']!r})" if isinstance(entry.get("name"), str) else "")
    known = {**CITY_ONLY, **OPTIONS}
    _unknown(entry, known, label, problems)
    merged = {**defaults, **entry}
    values, n_before = {}, len(problems)
    for key, (types, default, help_text) in known.items():
        if key not in merged:
            if default is _REQUIRED:
                problems.append(f"{label}: missing key {key!r} ({help_text}); give it for the "
                                "city or in [defaults]")
            elif default is not None:
                values[key] = default
            continue
        value = merged[key]
        if isinstance(value, bool) and bool not in types:
            ok = False
        else:
            ok = isinstance(value, types) or (float in types and isinstance(value, int))
        if not ok:
            names = " or ".join("list" if t is list else t.__name__ for t in types)
            problems.append(f"{label}: {key!r} must be {names}; got {value!r}")
            continue
        values[key] = value
    if len(problems) > n_before:
        return None
    return _checked_city(label, values, base, problems)


def _checked_city(label: str, values: dict, base: Path, problems: List[str]):
    years = _years(label, values["years"], problems)
    periods = values.get("periods", [])
    bad = [p for p in periods if p not in PERIODS or p == "year"]
    if bad:
        problems.append(f"{label}: unknown period(s) {bad} in 'periods'; expected some of "
                        f"{[p for p in PERIODS if p != 'year']} (years are given by 'years')")
    for key in ("neighbourhoods", "incidents"):
        p = _resolve(base, values[key])
        if not p.exists():
            problems.append(f"{label}: {key} file {str(p)!r} not found")
        values[key] = str(p)
    if values.get("weights") not in WEIGHT_METHODS:
        problems.append(f"{label}: weights must be one of {', '.join(WEIGHT_METHODS)}; got "
                        f"{values.get('weights')!r}")
    if not values["rate_per"] > 0:
        problems.append(f"{label}: rate_per must be positive; got {values['rate_per']!r}")
    for key, low in (("k", 1), ("permutations", 0), ("partitions", 0)):
        if values[key] < low:
            problems.append(f"{label}: {key} must be at least {low}; got {values[key]}")
    if not values["name"].strip():
        problems.append(f"{label}: name is empty")
    if years is None or bad or any(p.startswith(label + ":") for p in problems):
        return None
    values["years"] = years
    values["periods"] = tuple(periods)
    values["rate_per"] = float(values["rate_per"])
    return CityConfig(slug=slugify(values["name"], max_length=40), **values)


def _years(label: str, value, problems: List[str]):
    items = value if isinstance(value, list) else [value]
    bad = [y for y in items if isinstance(y, bool) or not isinstance(y, int) or not 1900 <= y <= 2100]
    if not items:
        problems.append(f"{label}: years is empty; give at least one year, e.g. [2022, 2023]")
        return None
    if bad:
        problems.append(f"{label}: years must be whole numbers from 1900 to 2100; got "
                        f"{', '.join(map(repr, bad))}")
        return None
    duplicated = sorted({y for y in items if items.count(y) > 1})
    if duplicated:
        problems.append(f"{label}: years {duplicated} given more than once")
        return None
    return tuple(sorted(items))

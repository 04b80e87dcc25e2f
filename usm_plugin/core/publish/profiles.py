"""The figures of a neighbourhood profile: each neighbourhood against its city and its type.

For every neighbourhood of a layer this module gives, per indicator, the value, the
city's mean and median, the neighbourhood's percentile rank in the city and the mean
of its type; the trend over periods (least-squares slope, change from the first to the
last period, a direction); the survey shares with their intervals; and data-quality
notes (missing values with their reason, values withheld by a public release, small
survey samples).  It knows the field names the Urban Safety Monitor's algorithms write
(``n_total``, ``eb_rate_total``, ``n_y2021``, ``share_<q>``, ``Gi_Bin``, ``type_name``,
``index``/``index_lo``/``index_hi``, ``withheld``, ...) and picks them up by themselves;
every choice can be given explicitly instead.

Missing values stay missing: a NULL is shown as "no data" with its reason, never as 0,
and is left out of the city and type figures (which say on how many neighbourhoods
they rest).  The HTML pages are drawn from these figures by :mod:`.profile_html`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps

__all__ = ["FieldChoice", "ProfilesResult", "choose_fields", "neighbourhood_profiles",
           "percentile_rank", "trend_line", "field_label", "zonal_mean", "HOTSPOT_LABELS",
           "STABLE_BAND", "KEY_INDICATORS", "STATUS_FIELDS"]

#: Known indicator fields in the order a profile lists them: (name or regex, label, unit).
KNOWN_INDICATORS: Tuple[Tuple[str, str, str], ...] = (
    ("population", "Residents", "people"),
    ("area_km2", "Area", "km²"),
    ("n_total", "Incidents", "count"),
    ("rate_total", "Incident rate", "per 100,000 residents"),
    ("eb_rate_total", "Incident rate, smoothed (Empirical Bayes)", "per 100,000 residents"),
    ("dens_total", "Incident density", "per km²"),
    (r"n_cat_(.+)", "Incidents: {0}", "count"),
    ("pct_change", "Change of the rate, first to last year", "%"),
    ("reduction_needed", "Yearly reduction still needed for the target", "% a year"),
    ("index", "Composite index", "0-100"),
    ("rank", "Rank of the composite index", "1 = highest"),
    ("sdg1121", "SDG 11.2.1: residents near public transport", "share 0-1"),
    (r"sdg1171_(.+)", "SDG 11.7.1: {0}", ""),
    ("income_mean", "Mean income", ""),
    ("unemployment_rate", "Unemployment rate", ""),
    ("youth_share", "Youth share", ""),
    ("informal_share", "Informal housing or work share", ""),
    ("street_km", "Street length", "km"),
    ("lit_share", "Street audit: lit share of street length", "share 0-1"),
    ("dark_km", "Street audit: dark street length", "km"),
    ("dark_len_share", "Street audit: dark share of street length", "share 0-1"),
    ("max_dark_gap_m", "Street audit: longest dark gap", "m"),
    ("lights_km", "Street audit: street lights per km", "per km"),
    ("dead_end_share", "Street audit: dead-end share", "share 0-1"),
    ("int_density", "Street audit: intersection density", "per km²"),
    ("lu_mix", "Street audit: land-use mix", "0-1"),
    ("gen_dist_m", "Street audit: distance to activity generators", "m"),
    ("inc_km", "Street audit: incidents per street km", "per km"),
    ("night_dark_share", "Street audit: night incidents on dark segments", "share 0-1"),
    (r"(.+)_per_10k", "Facilities: {0} per 10,000 residents", "per 10,000"),
    (r"(.+)_near_m", "Facilities: {0}, distance to the nearest", "m"),
)

#: Text fields shown as a status line when present: (field, label).
STATUS_FIELDS = (("LMI_Type", "Local Moran type"), ("pattern", "Emerging hot spot pattern"),
                 ("change_class", "Change, first to last year"),
                 ("track", "Against the target path"))

#: The indicators the atlas page lists first (it has room for about 16).
KEY_INDICATORS = ("population", "n_total", "rate_total", "eb_rate_total", "dens_total", "index",
                  "rank", "sdg1121", "sdg1171_access", "lit_share", "dark_km", "income_mean",
                  "unemployment_rate", "informal_share", "pct_change")

#: Names of the Gi* confidence bins (Gi_Bin) and of the Local Moran types.
HOTSPOT_LABELS = {3: "Hot spot, 99% confidence", 2: "Hot spot, 95% confidence",
                  1: "Hot spot, 90% confidence", 0: "Not significant",
                  -1: "Cold spot, 90% confidence", -2: "Cold spot, 95% confidence",
                  -3: "Cold spot, 99% confidence"}

#: A trend whose fitted change over the whole span is within this share of the mean
#: level is called "stable" (a description, not a test: Compare periods tests changes).
STABLE_BAND = 0.05

_NAME_FIELDS = ("name", "nbhd_name", "neighbourhood", "neighborhood", "nombre", "nom", "nome")
_TYPE_FIELDS = ("type_name", "type_id")
_HOTSPOT_FIELDS = ("Gi_Bin", "LMI_Type")
_PERIOD = re.compile(r"^n_y(\d{4})$")
_SHARE = re.compile(r"^share_(.+)$")


def field_label(name: str) -> Tuple[str, str]:
    """(label, unit) of a field: the known USM meaning, or the field name itself."""
    for pattern, label, unit in KNOWN_INDICATORS:
        match = re.fullmatch(pattern, name)
        if match:
            groups = [g.replace("_", " ") for g in match.groups()]
            return label.format(*groups), unit
    return name, ""


@dataclass
class FieldChoice:
    """Which fields a profile shows (see :func:`choose_fields`).

    Attributes
    ----------
    id_field, name_field, type_field, hotspot_field : str or None
    indicators : list of str
        Numeric fields compared with the city and the type.
    intervals : dict
        Indicator -> (low field, high field) where the layer has ``<f>_lo``/``<f>_hi``.
    periods : list of (str, str)
        (period label, count field), in time order.
    survey : list of (str, str, str or None, str or None)
        (question, share field, interval low field, interval high field).
    quality : dict
        Role -> field of the data-quality fields found: ``withheld``, ``n_suppressed``,
        ``small_sample``, ``n_resp``, ``avail``.
    status : list of (str, str)
        (label, field) of the text fields shown as status lines (see ``STATUS_FIELDS``),
        other than the hot-spot field.
    """

    id_field: str
    name_field: Optional[str] = None
    type_field: Optional[str] = None
    hotspot_field: Optional[str] = None
    indicators: List[str] = field(default_factory=list)
    intervals: Dict[str, Tuple[str, str]] = field(default_factory=dict)
    periods: List[Tuple[str, str]] = field(default_factory=list)
    survey: List[Tuple[str, str, Optional[str], Optional[str]]] = field(default_factory=list)
    quality: Dict[str, str] = field(default_factory=dict)
    status: List[Tuple[str, str]] = field(default_factory=list)

    def used_fields(self) -> List[str]:
        """Every field the profile reads, once."""
        names = [self.id_field, self.name_field, self.type_field, self.hotspot_field,
                 *self.indicators, *[f for pair in self.intervals.values() for f in pair],
                 *[f for _, f in self.periods],
                 *[f for row in self.survey for f in row[1:]], *self.quality.values(),
                 *[f for _, f in self.status]]
        return [n for n in dict.fromkeys(names) if n]


def _require(columns: Sequence[str], names: Sequence[str], what: str) -> None:
    missing = [n for n in names if n and n not in columns]
    if missing:
        raise InputError(f"{what}: field(s) {', '.join(missing)} not in the neighbourhood layer; "
                         f"its fields are {', '.join(map(str, columns))}")


def _auto_indicators(columns: Sequence[str], numeric: Sequence[str], taken: set) -> List[str]:
    found = []
    for pattern, _, _ in KNOWN_INDICATORS:
        for column in columns:
            if (column in numeric and column not in taken and column not in found
                    and re.fullmatch(pattern, column)):
                found.append(column)
    return found


def choose_fields(columns: Sequence[str], id_field: str, *, numeric: Sequence[str] = (),
                  name_field: Optional[str] = None, type_field: Optional[str] = None,
                  hotspot_field: Optional[str] = None,
                  indicator_fields: Sequence[str] = (), period_fields: Sequence[str] = (),
                  survey_fields: Sequence[str] = ()) -> FieldChoice:
    """The fields a profile shows: those given, else the known USM names found in the layer.

    Parameters
    ----------
    columns : sequence of str
        The layer's fields.
    id_field : str
        The unique neighbourhood id.
    numeric : sequence of str
        The fields holding numbers (auto-detection only considers these).
    name_field, type_field, hotspot_field : str, optional
        Given: used (an error when missing). Not given: the first of ``name``/``nbhd_name``/...,
        ``type_name``/``type_id`` and ``Gi_Bin``/``LMI_Type`` present.
    indicator_fields, period_fields : sequence of str, optional
        Given: used in that order. Not given: the known indicators (see
        ``KNOWN_INDICATORS``) and the ``n_y<year>`` counts, by year.
    survey_fields : sequence of str, optional
        Share fields (``share_<q>``); not given: every ``share_<q>`` field.  Their
        intervals are ``ci_low_<q>``/``ci_high_<q>`` when present.

    Returns
    -------
    FieldChoice

    Raises
    ------
    InputError
        A field named explicitly is not in the layer.
    """
    columns = [str(c) for c in columns]
    numeric = [str(c) for c in numeric] if numeric else columns
    _require(columns, [id_field], "ID_FIELD")
    _require(columns, [name_field, type_field, hotspot_field], "name, type or hot-spot field")
    _require(columns, list(indicator_fields), "INDICATOR_FIELDS")
    _require(columns, list(period_fields), "PERIOD_FIELDS")
    _require(columns, list(survey_fields), "SURVEY_FIELDS")
    choice = FieldChoice(id_field)
    choice.name_field = name_field or next((c for c in _NAME_FIELDS if c in columns
                                            and c != id_field), None)
    choice.type_field = type_field or next((c for c in _TYPE_FIELDS if c in columns), None)
    choice.hotspot_field = hotspot_field or next((c for c in _HOTSPOT_FIELDS if c in columns),
                                                 None)
    if period_fields:
        choice.periods = [(_period_label(f), f) for f in period_fields]
    else:
        years = sorted((int(m.group(1)), c) for c in columns if (m := _PERIOD.match(c)))
        choice.periods = [(str(y), c) for y, c in years]
    shares = list(survey_fields) or [c for c in columns if _SHARE.match(c)]
    for share in shares:
        match = _SHARE.match(share)
        question = match.group(1) if match else share
        low, high = f"ci_low_{question}", f"ci_high_{question}"
        choice.survey.append((question.replace("_", " "), share,
                              low if low in columns else None, high if high in columns else None))
    taken = {id_field, choice.type_field, choice.hotspot_field, "type_id", "rank_lo", "rank_hi",
             "index_lo", "index_hi", "n_resp", "small_sample", "n_suppressed", "withheld",
             *[f for _, f in choice.periods], *[r[1] for r in choice.survey]}
    choice.indicators = list(indicator_fields) or _auto_indicators(columns, numeric, taken)
    for name in choice.indicators:
        if f"{name}_lo" in columns and f"{name}_hi" in columns:
            choice.intervals[name] = (f"{name}_lo", f"{name}_hi")
    for role in ("withheld", "n_suppressed", "small_sample", "n_resp", "avail"):
        if role in columns:
            choice.quality[role] = role
    choice.status = [(label, name) for name, label in STATUS_FIELDS
                     if name in columns and name != choice.hotspot_field]
    return choice


def _period_label(name: str) -> str:
    match = _PERIOD.match(name)
    return match.group(1) if match else name


def percentile_rank(values: np.ndarray) -> np.ndarray:
    """Percentile rank of each value in its city: the share (0-100) of the neighbourhoods
    with a value whose value is at or below it; NaN for a missing value.

    Examples
    --------
    >>> percentile_rank(np.array([10.0, 20.0, np.nan, 20.0, 40.0])).tolist()
    [25.0, 75.0, nan, 75.0, 100.0]
    """
    values = np.asarray(values, dtype=float)
    valid = np.isfinite(values)
    out = np.full(values.shape, np.nan)
    if valid.any():
        ordered = np.sort(values[valid])
        out[valid] = 100.0 * np.searchsorted(ordered, values[valid], side="right") / ordered.size
    return out


def trend_line(x: np.ndarray, y: np.ndarray) -> Tuple[float, float, str]:
    """(slope per unit of x, change from the first to the last period in %, direction).

    The slope is the least-squares line through the periods with a value.  The
    direction says "up" or "down" when the fitted change over the span of the periods
    exceeds :data:`STABLE_BAND` of the mean level, else "stable"; "no data" with fewer
    than two periods with a value.  The change is NaN when the first value is 0 or
    missing.  A description, not a significance test.

    Examples
    --------
    >>> trend_line(np.array([2021, 2022, 2023]), np.array([10.0, 8.0, 6.0]))
    (-2.0, -40.0, 'down')
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    ok = np.isfinite(y)
    if ok.sum() < 2 or np.ptp(x[ok]) == 0:
        return float("nan"), float("nan"), "no data"
    xs, ys = x[ok], y[ok]
    dx = xs - xs.mean()
    slope = float((dx * (ys - ys.mean())).sum() / (dx * dx).sum())
    first, last = ys[0], ys[-1]
    change = float(100.0 * (last - first) / first) if first != 0 else float("nan")
    level = abs(ys.mean())
    fitted = slope * float(np.ptp(xs))
    if level == 0 or abs(fitted) <= STABLE_BAND * level:
        direction = "stable"
    else:
        direction = "up" if fitted > 0 else "down"
    return slope, change, direction


@dataclass
class ProfilesResult:
    """What :func:`neighbourhood_profiles` returns.

    Attributes
    ----------
    neighbourhoods : pandas.DataFrame
        One row per neighbourhood, in id order: ``id`` (text), ``name``, ``type``,
        ``hotspot`` (the hot-spot field's value), ``hotspot_label``, ``area_km2``
        (NaN without a geometry), ``density`` and ``density_source``, ``row`` (the
        position in the input frame), ``page`` (file name of its page).
    indicators : pandas.DataFrame
        Long table ``id``, ``field``, ``label``, ``unit``, ``value``, ``low``, ``high``
        (interval, NaN without one), ``city_mean``, ``city_median``, ``city_n``
        (neighbourhoods with a value), ``percentile``, ``type_mean``, ``type_n``.
    periods : pandas.DataFrame
        Long table ``id``, ``period``, ``field``, ``value``, ``city_mean``.
    trends : pandas.DataFrame
        ``id``, ``slope``, ``change_pct``, ``direction``, ``first``, ``last``.
    survey : pandas.DataFrame
        Long table ``id``, ``question``, ``field``, ``share``, ``ci_low``, ``ci_high``,
        ``city_mean``, ``city_median``.
    quality : dict
        id -> list of data-quality notes for that neighbourhood.
    fields : FieldChoice
    notes : Notes
        Warnings for the run's log (missing values per field, null geometries).
    """

    neighbourhoods: pd.DataFrame
    indicators: pd.DataFrame
    periods: pd.DataFrame
    trends: pd.DataFrame
    survey: pd.DataFrame
    quality: Dict[str, List[str]]
    fields: FieldChoice
    notes: Notes


def _id_text(value) -> str:
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value)


def _page_names(ids: Sequence[str]) -> List[str]:
    """File names of the pages: the id with unsafe characters replaced, made unique."""
    names, seen = [], set()
    for text in ids:
        stem = re.sub(r"[^A-Za-z0-9_.-]", "_", text).strip(".") or "neighbourhood"
        stem, candidate, k = stem[:80], f"profile_{stem[:80]}.html", 1
        while candidate.lower() in seen:
            k += 1
            candidate = f"profile_{stem}_{k}.html"
        seen.add(candidate.lower())
        names.append(candidate)
    return names


def _check_ids(frame: pd.DataFrame, id_field: str) -> List[str]:
    values = frame[id_field]
    blank = values.isna() | values.astype(str).str.strip().eq("")
    if blank.any():
        raise InputError(f"ID_FIELD {id_field}: {int(blank.sum())} neighbourhood(s) have no id "
                         "(NULL or blank); every profile needs a unique id")
    ids = [_id_text(v) for v in values]
    counts = pd.Series(ids).value_counts()
    duplicated = counts[counts > 1]
    if len(duplicated):
        listing = ", ".join(f"{k} ({v}x)" for k, v in duplicated.head(10).items())
        raise InputError(f"ID_FIELD {id_field}: ids must be unique; duplicated: {listing}")
    return ids


def _floats(column) -> np.ndarray:
    """A column as a writable float array: NULL, text and infinite values as NaN."""
    numbers = pd.to_numeric(column, errors="coerce").astype("float64").to_numpy(copy=True)
    numbers[~np.isfinite(numbers)] = np.nan
    return numbers


def _numeric(frame: pd.DataFrame, name: str, notes: Notes, explicit: bool) -> np.ndarray:
    column = frame[name]
    numbers = _floats(column)
    present = column.notna().to_numpy()
    bad = present & np.isnan(numbers)
    if explicit and present.any() and bad.all():
        raise InputError(f"field {name} holds no numbers (e.g. {column[present].iloc[0]!r}); "
                         "give numeric fields")
    if bad.any():
        notes.warn(f"{name}: {int(bad.sum())} value(s) that are not finite numbers shown as "
                   "no data, not 0")
    return numbers


def _geometry_figures(frame, density_values, n_total) -> Tuple[np.ndarray, np.ndarray, List[str]]:
    """(area in km², density per km², source of the density) per neighbourhood."""
    import shapely

    geometry = np.asarray(frame.geometry.values, dtype=object)
    present = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    area = np.full(len(frame), np.nan)
    area[present] = shapely.area(geometry[present]) / 1e6
    if density_values is not None:
        return area, np.asarray(density_values, dtype=float), ["density raster"] * len(frame)
    if "dens_total" in frame.columns:
        return area, _floats(frame["dens_total"]), \
            ["dens_total field"] * len(frame)
    with np.errstate(divide="ignore", invalid="ignore"):
        density = np.where(area > 0, n_total / area, np.nan) if n_total is not None else \
            np.full(len(frame), np.nan)
    return area, density, ["incidents / area"] * len(frame)


def _is_missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, (float, np.floating))
                                               and not np.isfinite(value))


def _hotspot_label(value) -> str:
    if _is_missing(value):
        return "no value (isolated or withheld)"
    try:
        number = float(value)
        if number.is_integer() and int(number) in HOTSPOT_LABELS:
            return HOTSPOT_LABELS[int(number)]
    except (TypeError, ValueError):
        pass
    return str(value)


def _indicator_rows(ids, values, label, unit, name, interval, types, notes) -> pd.DataFrame:
    valid = np.isfinite(values)
    city_mean = float(values[valid].mean()) if valid.any() else np.nan
    city_median = float(np.median(values[valid])) if valid.any() else np.nan
    frame = pd.DataFrame({"type": types, "value": values})
    by_type = frame.groupby("type", dropna=True)["value"]
    type_mean = frame["type"].map(by_type.mean()).to_numpy(dtype=float)
    type_n = frame["type"].map(by_type.count()).to_numpy(dtype=float)
    low, high = interval if interval is not None else (np.full(len(ids), np.nan),) * 2
    if (~valid).any():
        notes.warn(f"{name}: {int((~valid).sum())} neighbourhood(s) without a value, shown as "
                   "no data (not 0) and left out of the city and type figures")
    return pd.DataFrame({"id": ids, "field": name, "label": label, "unit": unit, "value": values,
                         "low": low, "high": high, "city_mean": city_mean,
                         "city_median": city_median, "city_n": int(valid.sum()),
                         "percentile": percentile_rank(values), "type_mean": type_mean,
                         "type_n": type_n})


def _period_tables(ids, frame, choice, notes):
    if not choice.periods:
        empty = pd.DataFrame(columns=["id", "period", "field", "value", "city_mean"])
        return empty, pd.DataFrame(columns=["id", "slope", "change_pct", "direction", "first",
                                            "last"])
    labels = [p for p, _ in choice.periods]
    matrix = np.column_stack([_numeric(frame, f, notes, True) for _, f in choice.periods])
    x = np.array([float(p) if re.fullmatch(r"\d{4}", p) else i for i, p in enumerate(labels)])
    with np.errstate(invalid="ignore"):
        city = np.nanmean(np.where(np.isfinite(matrix), matrix, np.nan), axis=0) \
            if np.isfinite(matrix).any() else np.full(len(labels), np.nan)
    periods = pd.DataFrame({
        "id": np.repeat(ids, len(labels)), "period": np.tile(labels, len(ids)),
        "field": np.tile([f for _, f in choice.periods], len(ids)), "value": matrix.ravel(),
        "city_mean": np.tile(city, len(ids))})
    rows = []
    for i, nid in enumerate(ids):
        slope, change, direction = trend_line(x, matrix[i])
        rows.append((nid, slope, change, direction, matrix[i, 0], matrix[i, -1]))
    trends = pd.DataFrame(rows, columns=["id", "slope", "change_pct", "direction", "first", "last"])
    return periods, trends


def _survey_table(ids, frame, choice, notes) -> pd.DataFrame:
    parts = []
    for question, share, low, high in choice.survey:
        values = _numeric(frame, share, notes, True)
        lo = _numeric(frame, low, notes, True) if low else np.full(len(ids), np.nan)
        hi = _numeric(frame, high, notes, True) if high else np.full(len(ids), np.nan)
        valid = np.isfinite(values)
        parts.append(pd.DataFrame({
            "id": ids, "question": question, "field": share, "share": values, "ci_low": lo,
            "ci_high": hi, "city_mean": float(values[valid].mean()) if valid.any() else np.nan,
            "city_median": float(np.median(values[valid])) if valid.any() else np.nan}))
    if not parts:
        return pd.DataFrame(columns=["id", "question", "field", "share", "ci_low", "ci_high",
                                     "city_mean", "city_median"])
    return pd.concat(parts, ignore_index=True)


def _flag(frame, name) -> np.ndarray:
    if not name:
        return np.zeros(len(frame), dtype=bool)
    values = frame[name]
    numbers = np.nan_to_num(_floats(values), nan=0.0)
    words = values.astype(str).str.strip().str.lower().isin(["true", "yes", "t", "y"]).to_numpy()
    return (numbers != 0) | words


def _quality_notes(ids, frame, choice, indicators, survey, geometry_missing) -> Dict[str, list]:
    """Per neighbourhood: what is missing and why, what was withheld, small samples."""
    q = choice.quality
    withheld = _flag(frame, q.get("withheld"))
    small = _flag(frame, q.get("small_sample"))
    suppressed = (_floats(frame[q["n_suppressed"]])
                  if "n_suppressed" in q else np.full(len(frame), np.nan))
    population = (_floats(frame["population"])
                  if "population" in frame.columns else None)
    missing = {}
    for table, value_column, label_column in ((indicators, "value", "label"),
                                              (survey, "share", "question")):
        gone = table[~np.isfinite(table[value_column].to_numpy(dtype=float))]
        for nid, label, name in zip(gone["id"], gone[label_column], gone["field"]):
            missing.setdefault(nid, []).append((label, name))
    out = {}
    for i, nid in enumerate(ids):
        lines = []
        if geometry_missing[i]:
            lines.append("No geometry: no map and no area; figures from the attributes only.")
        if withheld[i]:
            lines.append("Withheld by the public release (small counts or a small population): "
                         "its figures are not published.")
        if np.isfinite(suppressed[i]) and suppressed[i] > 0:
            lines.append(f"{int(suppressed[i])} value(s) suppressed for disclosure control "
                         "(a small count, or a cell that would let one be recovered).")
        if small[i]:
            n = frame[q["n_resp"]].iloc[i] if "n_resp" in q else None
            lines.append("Survey sample below the minimum"
                         + (f" ({_id_text(n)} respondents)" if n is not None and n == n else "")
                         + ": shares too uncertain to compare.")
        for label, name in missing.get(nid, []):
            lines.append(f"{label} ({name}): no data - " + _reason(
                name, withheld[i], suppressed[i], population[i] if population is not None
                else np.nan))
        out[nid] = lines
    return out


def _reason(name: str, withheld: bool, suppressed: float, population: float) -> str:
    if withheld:
        return "withheld by the public release."
    if np.isfinite(suppressed) and suppressed > 0:
        return "suppressed for disclosure control."
    if "rate" in name and not (population > 0):
        return "a rate needs a population above 0 (population missing or 0)."
    if name.startswith("share_"):
        return "no respondent with a valid answer."
    return "NULL in the input layer."


def neighbourhood_profiles(frame, id_field: str, *, fields: Optional[FieldChoice] = None,
                           density_values: Optional[np.ndarray] = None,
                           progress=None, should_stop=None) -> ProfilesResult:
    """The figures of one profile per neighbourhood.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        The neighbourhoods, in a projected CRS in metres (areas, densities).
    id_field : str
        Unique, non-empty neighbourhood id.
    fields : FieldChoice, optional
        The fields to show; default :func:`choose_fields` on the frame's columns.
    density_values : array, optional
        Incidents per km² per neighbourhood (e.g. the mean of a density raster); default
        the ``dens_total`` field, else ``n_total`` / area.
    progress, should_stop : callable, optional

    Returns
    -------
    ProfilesResult

    Raises
    ------
    InputError
        Empty frame, duplicate or missing ids, geographic CRS, non-polygon geometries,
        a named field that is missing or holds no numbers.

    Notes
    -----
    Percentile rank: the share of the neighbourhoods with a value whose value is at or
    below this one (the "weak" percentile of scipy.stats.percentileofscore).  City and
    type figures are over the neighbourhoods with a value (unweighted: every
    neighbourhood counts once).  Trend: see :func:`trend_line`.

    References
    ----------
    .. [1] Hyndman, R. J., Fan, Y. (1996). Sample quantiles in statistical packages.
       The American Statistician 50(4), 361-365.
    .. [2] UN-Habitat (2020). Expert Group Meeting on the Urban Safety Monitor, Madrid:
       the neighbourhood as the unit of analysis, typologies as the comparison group.
    """
    steps = as_steps(progress, should_stop)
    if frame is None or len(frame) == 0:
        raise InputError("the neighbourhood layer is empty: no profile to make")
    _check_crs_and_geometry(frame)
    numeric = [c for c in frame.columns if c != frame.geometry.name
               and pd.api.types.is_numeric_dtype(frame[c])]
    choice = fields or choose_fields(list(frame.columns), id_field, numeric=numeric)
    ids = _check_ids(frame, id_field)
    keys = _sort_keys(ids)
    order = np.array(sorted(range(len(ids)), key=keys.__getitem__), dtype=np.int64)
    frame = frame.iloc[order]
    ids = [ids[i] for i in order]
    notes = Notes()
    steps.report(0.1)
    types = (frame[choice.type_field].astype(object).where(frame[choice.type_field].notna(), None)
             .to_numpy() if choice.type_field else np.full(len(frame), None, dtype=object))
    types = [None if t is None else _id_text(t) for t in types]
    parts = []
    for name in choice.indicators:
        values = _numeric(frame, name, notes, True)
        interval = None
        if name in choice.intervals:
            interval = tuple(_numeric(frame, f, notes, True) for f in choice.intervals[name])
        label, unit = field_label(name)
        parts.append(_indicator_rows(ids, values, label, unit, name, interval, types, notes))
        steps.report(0.1 + 0.5 * len(parts) / max(len(choice.indicators), 1))
    indicators = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        columns=["id", "field", "label", "unit", "value", "low", "high", "city_mean",
                 "city_median", "city_n", "percentile", "type_mean", "type_n"])
    periods, trends = _period_tables(ids, frame, choice, notes)
    survey = _survey_table(ids, frame, choice, notes)
    steps.report(0.8)
    n_total = (_floats(frame["n_total"])
               if "n_total" in frame.columns else None)
    if density_values is not None:
        density_values = np.asarray(density_values, dtype=float)[order]
    area, density, source = _geometry_figures(frame, density_values, n_total)
    geometry_missing = ~np.isfinite(area)
    if geometry_missing.any():
        listing = ", ".join(np.asarray(ids, dtype=object)[geometry_missing][:20])
        notes.warn(f"{int(geometry_missing.sum())} neighbourhood(s) without geometry get a "
                   f"profile without a map, area or density: {listing}")
    hotspot = (frame[choice.hotspot_field].to_numpy(dtype=object) if choice.hotspot_field
               else np.full(len(frame), None, dtype=object))
    hotspot = np.array([None if _is_missing(v) else _id_text(v) for v in hotspot], dtype=object)
    table = pd.DataFrame({
        "id": ids,
        "name": (frame[choice.name_field].astype(object).where(frame[choice.name_field].notna(),
                                                                None).to_numpy()
                 if choice.name_field else None),
        "type": types,
        "hotspot": hotspot, "hotspot_label": [_hotspot_label(v) for v in hotspot],
        "area_km2": area, "density": density, "density_source": source,
        "row": order, "page": _page_names(ids)})
    for label, name in choice.status:
        table[f"status:{name}"] = [None if _is_missing(v) else str(v)
                                   for v in frame[name].to_numpy(dtype=object)]
    quality = _quality_notes(ids, frame, choice, indicators, survey, geometry_missing)
    steps.report(1.0)
    return ProfilesResult(table, indicators, periods, trends, survey, quality, choice, notes)


def _sort_keys(ids: Sequence[str]) -> list:
    """Ids sorted as numbers when they all are numbers, else as text."""
    try:
        return [(0, float(i), "") for i in ids]
    except ValueError:
        return [(1, 0.0, i) for i in ids]


def _check_crs_and_geometry(frame) -> None:
    import shapely

    crs = getattr(frame, "crs", None)
    if crs is not None and getattr(crs, "is_geographic", False):
        raise InputError("the neighbourhoods are in a geographic CRS (degrees); areas and "
                         "densities need a projected CRS in metres: reproject them first")
    geometry = np.asarray(frame.geometry.values, dtype=object)
    present = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    if not present.any():
        raise InputError("the neighbourhood layer has no geometries: every feature has a null "
                         "or empty geometry")
    kinds = set(shapely.get_type_id(geometry[present]).tolist())
    if not kinds <= {3, 6}:
        raise InputError("the neighbourhood layer must hold polygons; it has "
                         + ", ".join(sorted({shapely.GeometryType(k).name.lower()
                                             for k in kinds})))


def zonal_mean(grid, geometries, *, crs=None) -> np.ndarray:
    """Mean of a raster's cells whose centre lies in each polygon (NaN cells left out).

    Parameters
    ----------
    grid : RasterGrid
        A north-up raster, e.g. the kernel density surface (incidents per km²).
    geometries : sequence of shapely polygons
        In ``crs``; reprojected to the raster's CRS when both are known and differ.
    crs : anything pyproj reads, optional

    Returns
    -------
    ndarray
        One mean per polygon; NaN for a missing geometry, a polygon holding no cell
        centre, or only no-data cells.

    Examples
    --------
    >>> import shapely
    >>> from usm_plugin.core.geometry.raster import RasterGrid
    >>> grid = RasterGrid(np.arange(16.0).reshape(4, 4), (1, 0, 0, 0, -1, 4), None)
    >>> zonal_mean(grid, [shapely.box(0, 2, 2, 4), None]).tolist()
    [2.5, nan]
    """
    import shapely

    grid.require_north_up()
    geometries = np.asarray(list(geometries), dtype=object)
    if crs is not None and grid.crs is not None:
        from pyproj import CRS, Transformer

        source, target = CRS.from_user_input(crs), CRS.from_user_input(grid.crs)
        if source != target:
            move = Transformer.from_crs(source, target, always_xy=True)
            geometries = shapely.transform(geometries, lambda xy: np.column_stack(
                move.transform(xy[:, 0], xy[:, 1])))
    a, _, c, _, e, f = grid.transform
    rows, cols = grid.values.shape
    out = np.full(len(geometries), np.nan)
    for i, geometry in enumerate(geometries):
        if geometry is None or shapely.is_empty(geometry):
            continue
        minx, miny, maxx, maxy = geometry.bounds
        c0, c1 = sorted(((minx - c) / a, (maxx - c) / a))
        r0, r1 = sorted(((maxy - f) / e, (miny - f) / e))
        col = np.arange(max(int(np.floor(c0)), 0), min(int(np.ceil(c1)), cols))
        row = np.arange(max(int(np.floor(r0)), 0), min(int(np.ceil(r1)), rows))
        if col.size == 0 or row.size == 0:
            continue
        rr, cc = np.meshgrid(row, col, indexing="ij")
        x, y = grid.cell_centres(rr.ravel(), cc.ravel())
        inside = shapely.contains_xy(geometry, x, y)
        values = grid.values[rr.ravel()[inside], cc.ravel()[inside]]
        values = values[np.isfinite(values)]
        if values.size:
            out[i] = float(values.mean())
    return out

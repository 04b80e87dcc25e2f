"""Statistical disclosure control for a public release of neighbourhood counts.

Incident counts describe victims: a count of 1 or 2 sexual-violence incidents in a
small neighbourhood can point at a household.  :func:`protect_counts` turns the
inward-facing table into a public one:

1. **Primary suppression**: a count below ``threshold`` (a higher one for sensitive
   categories) is withheld, with every field derived from it (its rate, smoothed
   rate, density).  Neighbourhoods under ``min_population`` residents are withheld
   entirely.
2. **Secondary suppression**: a withheld cell must not be recoverable from what is
   published.  The published table satisfies linear equations: every group of
   fields that partitions the total (categories, years, months, ...) adds up to the
   neighbourhood's total, and every field adds up to its city total, which is taken
   as public.  Complementary cells are withheld until no equation has exactly one
   withheld cell, and then until an exact audit (the null space of the equations in
   the withheld cells, Fellegi 1972) finds no withheld cell determined by the
   published ones.
3. **Rounding** (optional): unbiased random rounding to a base (Statistics Canada's
   base 5), applied to every published count and total alike, with the rates
   recomputed from the rounded counts so that a rate cannot undo it.

The result carries a disclosure report of every choice and count.

References
----------
Fellegi, I. P. (1972). On the question of statistical confidentiality. Journal of
the American Statistical Association 67(337), 7-18.
Hundepool, A. et al. (2012). Statistical Disclosure Control. Wiley (chapters 4-5:
primary and secondary cell suppression, rounding).
Cox, L. H. (1980). Suppression methodology and statistical disclosure control.
Journal of the American Statistical Association 75(370), 377-385.
Statistics Canada (2021). Census disclosure control: random rounding to base 5 and
suppression of areas under 40 residents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps

#: Prefixes of fields derived from a count field ``n_<suffix>`` (aggregation's names):
#: they are withheld with the count.
DERIVED_PREFIXES = ("rate_", "eb_rate_", "dens_", "w_")
#: Groups of count fields that partition the total, recognised by their prefix.
PARTITION_PATTERNS = (r"^n_cat_", r"^n_y\d{4}$", r"^n_m\d{2}$", r"^n_wd_", r"^n_hb_")
#: Largest number of withheld cells for the exact null-space audit (a dense SVD).
MAX_AUDIT_CELLS = 6000


@dataclass
class DisclosureResult:
    """What :func:`protect_counts` returns.

    Attributes
    ----------
    table : DataFrame
        The public table: id, published count fields (NULL where withheld), derived
        fields, ``withheld`` (1 = neighbourhood withheld for its population) and
        ``n_suppressed`` (cells withheld in the row).
    status : DataFrame
        One row per (id, field): ``primary``, ``secondary``, ``population`` or
        ``published`` -- for the data owner, never for publication.
    report : DataFrame
        The disclosure report: item, value, note.
    """

    table: pd.DataFrame
    status: pd.DataFrame
    report: pd.DataFrame
    notes: Notes = field(default_factory=Notes)


def protect_counts(table: pd.DataFrame, id_field: str, count_fields: Sequence[str], *,
                   total_field: Optional[str] = None, threshold: int = 5,
                   sensitive_fields: Sequence[str] = (), sensitive_threshold: int = 10,
                   population_field: Optional[str] = None, min_population: float = 0,
                   row_dependent_fields: Sequence[str] = (), rounding_base: int = 0,
                   rate_per: Optional[float] = None, seed: int = 0,
                   progress=None, should_stop=None) -> DisclosureResult:
    """Suppress, protect and optionally round neighbourhood counts for publication.

    Parameters
    ----------
    table : DataFrame
        One row per neighbourhood with the id, the count fields and optionally the
        total, population and derived fields (``rate_<x>``, ``eb_rate_<x>``,
        ``dens_<x>``, ``w_<x>`` for a count ``n_<x>``).
    id_field : str
    count_fields : sequence of str
        The counts to publish (non-negative integers; NULL stays NULL).
    total_field : str, optional
        The neighbourhood total (e.g. ``n_total``); groups of count fields that add up
        to it on every row (categories, years, ...) give the row equations of the audit.
    threshold : int
        Counts from 1 to ``threshold - 1`` are withheld (0 is published: it reveals
        no one).
    sensitive_fields, sensitive_threshold
        Count fields (e.g. sexual or domestic violence) with a higher threshold.
    population_field, min_population
        Neighbourhoods with fewer residents get no data at all.
    row_dependent_fields : sequence of str
        Fields describing the whole row (a hot-spot label, a z-score) withheld where
        the row's total is withheld.
    rounding_base : int
        0 for none, else unbiased random rounding of every published count to a
        multiple of the base (seeded).
    rate_per : float, optional
        With rounding and a population field, crude rates ``rate_<x>`` are recomputed
        from the rounded counts per ``rate_per`` residents; smoothed rates are then
        withheld (they would undo the rounding).
    seed : int
        Seed of the random rounding.

    Returns
    -------
    DisclosureResult
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    fields = _check_inputs(table, id_field, count_fields, total_field, threshold,
                           sensitive_fields, population_field, rounding_base)
    ids = table[id_field].astype(str).to_numpy()
    counts = np.column_stack([_counts(table[f], f) for f in fields])
    present = ~np.isnan(counts)
    limits = np.array([sensitive_threshold if f in set(sensitive_fields) else threshold
                       for f in fields], dtype=float)

    status = np.full(counts.shape, "published", dtype=object)
    status[~present] = "missing"
    primary = present & (counts > 0) & (counts < limits)
    status[primary] = "primary"
    withheld_rows = _population_withheld(table, population_field, min_population)
    status[withheld_rows, :] = np.where(present[withheld_rows, :], "population", "missing")
    steps.report(0.2)

    equations = _equations(counts, fields, total_field)
    audit = _protect(counts, status, equations, steps.part(0.2, 0.9))
    n_secondary = int((status == "secondary").sum())
    steps.report(0.9)

    public = counts.copy()
    hidden = np.isin(status, ("primary", "secondary", "population"))
    public[hidden] = np.nan
    if rounding_base:
        public = _random_round(public, rounding_base, seed)
    out = _public_table(table, id_field, fields, public, hidden, withheld_rows, total_field,
                        row_dependent_fields, population_field, rounding_base, rate_per, notes)
    status_frame = pd.DataFrame({"id": np.repeat(ids, len(fields)),
                                 "field": np.tile(np.asarray(fields, dtype=object), len(ids)),
                                 "status": status.ravel()})
    report = _report(fields, threshold, sensitive_fields, sensitive_threshold, population_field,
                     min_population, int(withheld_rows.sum()), int(primary.sum()), n_secondary,
                     rounding_base, seed, audit, len(ids), int(present.sum()))
    notes.say(f"{int(primary.sum())} cells withheld below the threshold, {n_secondary} more so "
              f"that none can be recovered from totals; {int(withheld_rows.sum())} "
              f"neighbourhood(s) withheld for their population; audit: {audit}")
    steps.report(1.0)
    return DisclosureResult(out, status_frame, report, notes)


# --------------------------------------------------------------------------- checks


def _check_inputs(table, id_field, count_fields, total_field, threshold, sensitive_fields,
                  population_field, rounding_base) -> List[str]:
    fields = list(dict.fromkeys(count_fields))
    if total_field and total_field not in fields:
        fields.append(total_field)
    if not fields:
        raise InputError("choose at least one count field to publish")
    wanted = [id_field, *fields, *([population_field] if population_field else [])]
    missing = [f for f in wanted if f not in table.columns]
    if missing:
        raise InputError(f"field(s) {', '.join(missing)} not found; the table has "
                         f"{', '.join(map(str, table.columns))}")
    ids = table[id_field]
    if ids.isna().any():
        raise InputError(f"the id field {id_field!r} is NULL for {int(ids.isna().sum())} "
                         "feature(s); every unit needs an id")
    repeated = ids.astype(str)[ids.astype(str).duplicated(keep=False)]
    if len(repeated):
        raise InputError(f"the id field {id_field!r} has duplicate values: "
                         f"{', '.join(sorted(set(repeated))[:10])}; ids must be unique")
    if int(threshold) < 1:
        raise InputError(f"the threshold must be at least 1, got {threshold}")
    unknown = [f for f in sensitive_fields if f not in fields]
    if unknown:
        raise InputError(f"sensitive field(s) {', '.join(unknown)} are not among the count "
                         "fields")
    if rounding_base < 0 or rounding_base == 1:
        raise InputError(f"the rounding base must be 0 (none) or at least 2, got {rounding_base}")
    return fields


def _counts(series: pd.Series, name: str) -> np.ndarray:
    values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan,
                                                              copy=True)
    bad_text = series.notna().to_numpy() & np.isnan(values)
    if bad_text.any():
        raise InputError(f"{name}: {int(bad_text.sum())} value(s) are not numbers; counts "
                         "must be whole numbers")
    finite = np.isfinite(values)
    if (~finite & ~np.isnan(values)).any() or (values[finite] < 0).any() or \
            (values[finite] != np.round(values[finite])).any():
        raise InputError(f"{name}: counts must be non-negative whole numbers")
    return values


def _population_withheld(table, population_field, min_population) -> np.ndarray:
    if not population_field or not min_population:
        return np.zeros(len(table), dtype=bool)
    population = pd.to_numeric(table[population_field], errors="coerce").to_numpy(
        dtype=float, na_value=np.nan, copy=True)
    return ~(population >= min_population)  # NULL population: withheld too


# --------------------------------------------------------------------------- equations


def _equations(counts, fields, total_field) -> List[np.ndarray]:
    """Linear equations an outsider knows, as arrays of flat cell indices whose values add up
    to a published number (the sign of the total is handled by treating it as a cell).

    Each equation is (cells with +1, cells with -1): row equations say a partition group
    minus the total is 0; column equations say a field's cells add up to its city total.
    """
    n_rows, n_fields = counts.shape
    flat = np.arange(n_rows * n_fields).reshape(n_rows, n_fields)
    equations = [(flat[:, j], np.empty(0, dtype=np.int64)) for j in range(n_fields)]
    if total_field:
        t = fields.index(total_field)
        for pattern in PARTITION_PATTERNS:
            group = [j for j, f in enumerate(fields) if re.match(pattern, f)]
            if len(group) < 2:
                continue
            sums = np.nansum(counts[:, group], axis=1)
            complete = ~np.isnan(counts[:, group]).any(axis=1) & ~np.isnan(counts[:, t])
            # A row whose group adds up to its total gives an equation, also when other rows
            # do not (undated incidents): an outsider who knows or guesses that a row has no
            # undated incident, or who bounds the rest (a withheld count is at least 1),
            # solves it, so the row is protected as an equation.
            for i in np.flatnonzero(complete & (sums == counts[:, t])):
                equations.append((flat[i, group], flat[i, [t]]))
    return equations


def _protect(counts, status, equations, steps) -> str:
    """Secondary suppression until no withheld cell can be recovered; returns the audit."""
    flat_status = status.reshape(-1)
    flat_counts = counts.reshape(-1)
    for _ in range(10_000):
        steps.report(0.0)
        single = _single_unknown_equations(flat_status, equations)
        if single and any([_withhold_complement(eq, flat_status, flat_counts)
                           for eq in single]):
            continue
        unknown = np.flatnonzero(np.isin(flat_status, ("primary", "secondary", "population")))
        if len(unknown) == 0:
            return "nothing withheld"
        if len(unknown) > MAX_AUDIT_CELLS:
            return (f"every equation has 0 or at least 2 withheld cells ({len(unknown):,} withheld "
                    f"cells: too many for the exact audit)")
        exposed = _recoverable(unknown, equations)
        if len(exposed) == 0:
            return "exact: no withheld cell is determined by the published totals"
        if not _withhold_near(exposed[0], equations, flat_status, flat_counts):
            return (f"{len(exposed)} withheld cell(s) are determined by the published totals "
                    "and no published cell is left to withhold with them")
    return "stopped after 10,000 rounds"


def _withhold_near(cell, equations, flat_status, flat_counts) -> bool:
    """Withhold one more published cell to protect an exposed ``cell``: in the first
    equation holding it that still has a published cell; when none has (the cell is fixed
    by a combination of equations), in an equation holding one of their withheld cells."""
    holding = [eq for eq in equations if cell in eq[0] or cell in eq[1]]
    if any(_withhold_complement(eq, flat_status, flat_counts, exclude=cell) for eq in holding):
        return True
    hidden = np.isin(flat_status, ("primary", "secondary", "population"))
    partners = {int(c) for eq in holding for c in np.concatenate(eq) if hidden[c] and c != cell}
    for eq in equations:
        cells = np.concatenate(eq)
        if cell not in cells and partners.intersection(cells.tolist()) and \
                _withhold_complement(eq, flat_status, flat_counts):
            return True
    return False


def _single_unknown_equations(flat_status, equations):
    hidden = np.isin(flat_status, ("primary", "secondary", "population"))
    return [eq for eq in equations if hidden[np.concatenate(eq)].sum() == 1]


def _withhold_complement(equation, flat_status, flat_counts, exclude=None) -> bool:
    """Withhold the smallest published positive cell of an equation (least information
    lost); a published zero reveals nothing and is a last resort."""
    cells = np.concatenate(equation)
    candidates = cells[(flat_status[cells] == "published") & (cells != exclude)]
    if len(candidates) == 0:
        return False
    values = flat_counts[candidates]
    order = np.lexsort((values, values == 0))  # positives first, then by size
    flat_status[candidates[order[0]]] = "secondary"
    return True


def _recoverable(unknown, equations) -> np.ndarray:
    """Withheld cells fixed by the equations: a cell is determined exactly when every
    vector of the null space of the equations (restricted to the withheld cells) is 0
    there."""
    position = {c: k for k, c in enumerate(unknown)}
    rows = []
    for plus, minus in equations:
        row = {}
        for c in plus:
            if c in position:
                row[position[c]] = 1.0
        for c in minus:
            if c in position:
                row[position[c]] = -1.0
        if row:
            rows.append(row)
    if not rows:
        return unknown
    matrix = np.zeros((len(rows), len(unknown)))
    for r, row in enumerate(rows):
        matrix[r, list(row)] = list(row.values())
    _, singular, vt = np.linalg.svd(matrix, full_matrices=True)
    rank = int((singular > 1e-9 * max(singular.max(initial=0.0), 1.0)).sum())
    null_space = vt[rank:]
    if null_space.shape[0] == 0:
        return unknown
    determined = np.abs(null_space).max(axis=0) < 1e-9
    return unknown[determined]


# --------------------------------------------------------------------------- output


def _random_round(values, base, seed) -> np.ndarray:
    """Unbiased random rounding: down with probability 1 - r/base, up with r/base."""
    rng = np.random.default_rng(seed)
    out = values.copy()
    ok = ~np.isnan(out)
    remainder = np.mod(out[ok], base)
    up = rng.random(remainder.shape) < remainder / base
    out[ok] = out[ok] - remainder + np.where(up, base, 0)
    return out


def _public_table(table, id_field, fields, public, hidden, withheld_rows, total_field,
                  row_dependent_fields, population_field, rounding_base, rate_per, notes):
    out = pd.DataFrame({id_field: table[id_field].to_numpy()}, index=table.index)
    for j, name in enumerate(fields):
        out[name] = pd.array(np.where(np.isnan(public[:, j]), np.nan, public[:, j]),
                             dtype="Float64").astype("Int64")
        suffix = name[2:] if name.startswith("n_") else None
        for prefix in DERIVED_PREFIXES if suffix else ():
            derived = prefix + suffix
            if derived not in table.columns:
                continue
            values = pd.to_numeric(table[derived], errors="coerce").astype("Float64")
            if rounding_base and prefix == "rate_" and population_field and rate_per:
                population = pd.to_numeric(table[population_field], errors="coerce")
                values = (out[name].astype("Float64") / population * rate_per).astype("Float64")
            elif rounding_base and prefix != "rate_":
                values[:] = pd.NA  # would undo the rounding
            values[hidden[:, j]] = pd.NA
            out[derived] = values
    if total_field and row_dependent_fields:
        t = fields.index(total_field)
        for name in row_dependent_fields:
            if name in table.columns:
                column = table[name].astype(object).where(~hidden[:, t], None)
                out[name] = column
    if population_field:
        out[population_field] = table[population_field].where(~withheld_rows, None)
    out["withheld"] = withheld_rows.astype(np.int64)
    out["n_suppressed"] = hidden.sum(axis=1).astype(np.int64)
    if rounding_base and any(p != "rate_" for p in DERIVED_PREFIXES):
        notes.say("with rounding, smoothed rates, densities and weights are withheld and crude "
                  "rates are recomputed from the rounded counts")
    return out


def _report(fields, threshold, sensitive_fields, sensitive_threshold, population_field,
            min_population, n_withheld_rows, n_primary, n_secondary, rounding_base, seed, audit,
            n_rows, n_cells) -> pd.DataFrame:
    rows: List[Tuple[str, object, str]] = [
        ("geography", f"{n_rows} neighbourhoods",
         "one geography per release: publishing a second, overlapping one would let small "
         "counts be recovered by differencing"),
        ("count_fields", ", ".join(fields), "published counts"),
        ("cells", n_cells, "count cells with a value"),
        ("threshold", threshold, "counts from 1 to threshold - 1 withheld (primary)"),
        ("sensitive_fields", ", ".join(sensitive_fields) or "(none)",
         f"withheld below {sensitive_threshold}"),
        ("min_population", min_population if population_field else "(not applied)",
         "neighbourhoods with fewer residents (or none recorded) withheld entirely"),
        ("withheld_neighbourhoods", n_withheld_rows, "rows withheld for their population"),
        ("primary_suppressions", n_primary, "cells below the threshold"),
        ("secondary_suppressions", n_secondary,
         "further cells withheld so that no withheld cell follows from published totals"),
        ("audit", audit, "Fellegi (1972): withheld cells not determined by the published "
                         "row and city totals"),
        ("rounding", f"random to base {rounding_base}, seed {seed}" if rounding_base else
         "none", "applied to every published count and total alike"),
    ]
    return pd.DataFrame(rows, columns=["item", "value", "note"]).astype({"value": str})

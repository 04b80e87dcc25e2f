"""Indicator matrix for a typology: checks, imputation, standardisation, field weights.

Every neighbourhood stays in the analysis: a missing indicator value is imputed by a
stated method and counted in the notes, never a silent drop.  An indicator that
cannot separate neighbourhoods (all missing, or constant) is left out with a warning,
so that no column of NaN or zeros reaches the clustering.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..runtime import InputError, Notes

__all__ = ["PreparedData", "prepare_indicators", "standardise", "parse_weights", "STANDARDISATIONS",
           "IMPUTATIONS"]

STANDARDISATIONS = ("zscore", "robust", "minmax", "rank")
IMPUTATIONS = ("median", "mean")


@dataclass
class PreparedData:
    """The clustering matrix and what was done to build it.

    Attributes
    ----------
    X : ndarray (n, p)
        Standardised values multiplied by the field weights (the space every
        method, criterion and distance works in).
    Z : ndarray (n, p)
        Standardised values without the field weights.
    raw : ndarray (n, p)
        The indicator values as given, NaN where missing.
    fields : list of str
        The indicators kept, in column order.
    weights : ndarray (p,)
        Field weights (1 when not given).
    imputed : ndarray of bool (n, p)
        Which values were imputed.
    dropped : dict
        Indicator -> reason it was left out.
    """

    X: np.ndarray
    Z: np.ndarray
    raw: np.ndarray
    fields: List[str]
    weights: np.ndarray
    imputed: np.ndarray
    standardisation: str
    imputation: str
    dropped: Dict[str, str] = field(default_factory=dict)
    notes: Notes = field(default_factory=Notes)


def parse_weights(text: Optional[str], n_fields: int) -> Optional[List[float]]:
    """Field weights from a comma- or semicolon-separated string; None when empty."""
    if text is None or not str(text).strip():
        return None
    parts = [p.strip() for p in str(text).replace(";", ",").split(",") if p.strip()]
    try:
        values = [float(p) for p in parts]
    except ValueError as error:
        raise InputError(f"indicator weights must be numbers separated by commas; got {text!r}"
                         ) from error
    if len(values) != n_fields:
        raise InputError(f"{len(values)} indicator weights given for {n_fields} indicator fields "
                         f"({text!r})")
    return values


def without_overflow(values) -> np.ndarray:
    """Columns holding huge values (1e308 fits a double, its square does not) divided by
    their largest magnitude, for scale-free statistics; other columns untouched (a copy is
    made only when a column changes).  NaN is ignored."""
    values = np.asarray(values, dtype=float)
    if not values.size:
        return values
    with np.errstate(invalid="ignore"):
        magnitude = np.nanmax(np.abs(values), axis=0, initial=0.0)
    huge = magnitude > 1e150
    if np.any(huge):
        values = values.copy()
        values[:, huge] /= magnitude[huge]
    return values


def standardise(values: np.ndarray, method: str = "zscore") -> np.ndarray:
    """Column-wise standardisation of a complete (no NaN) matrix.

    Parameters
    ----------
    values : ndarray (n, p)
    method : {"zscore", "robust", "minmax", "rank"}
        ``zscore``: (x - mean) / standard deviation (population, ddof = 0, as
        scikit-learn's StandardScaler); ``robust``: (x - median) / IQR (interquartile
        range, as scikit-learn's RobustScaler); ``minmax``: (x - min) / (max - min);
        ``rank``: average ranks scaled to 0..1, ``(rank - 1) / (n - 1)``.

    Returns
    -------
    ndarray (n, p)

    References
    ----------
    Milligan, G. W. and Cooper, M. C. (1988). A study of standardization of variables
    in cluster analysis. Journal of Classification 5(2), 181-204.
    """
    # Every method below is scale-free: huge columns are divided by their size first, so
    # their sums of squares do not overflow to inf (which would turn the column into NaN).
    x = without_overflow(values)
    if method == "zscore":
        scale = x.std(axis=0)
        centre = x.mean(axis=0)
    elif method == "robust":
        q1, centre, q3 = np.percentile(x, [25, 50, 75], axis=0)
        scale = q3 - q1
    elif method == "minmax":
        centre = x.min(axis=0)
        scale = x.max(axis=0) - centre
    elif method == "rank":
        from scipy.stats import rankdata

        n = x.shape[0]
        ranks = rankdata(x, axis=0, method="average")
        return (ranks - 1.0) / max(n - 1, 1)
    else:
        raise InputError(f"standardisation must be one of {STANDARDISATIONS}; got {method!r}")
    scale = np.where(scale > 0, scale, 1.0)
    return (x - centre) / scale


def prepare_indicators(table, fields: Sequence[str], *, weights: Optional[Sequence[float]] = None,
                       standardisation: str = "zscore", imputation: str = "median",
                       ids=None) -> PreparedData:
    """Check, impute, standardise and weight the indicator columns.

    Parameters
    ----------
    table : DataFrame or mapping of column -> array
        One row per neighbourhood.
    fields : sequence of str
        Indicator columns (numeric; non-numeric text becomes missing and is reported).
    weights : sequence of float, optional
        One non-negative weight per field.  The standardised column is multiplied by
        its weight, so the indicator's part of every squared distance is multiplied
        by ``w**2``; weight 0 leaves the indicator out.
    standardisation : {"zscore", "robust", "minmax", "rank"}
    imputation : {"median", "mean"}
        Missing values (NULL, NaN, infinite) are replaced by the column's median
        (default, robust to outliers) or mean of the observed values, before
        standardisation; the number imputed per indicator is reported and a
        neighbourhood missing more than half of its indicators is listed.
    ids : sequence, optional
        Neighbourhood ids, for the messages.

    Returns
    -------
    PreparedData

    Raises
    ------
    InputError
        No fields, unknown fields, weights of the wrong length or negative, or fewer
        than one usable indicator left.
    """
    import pandas as pd

    if standardisation not in STANDARDISATIONS:
        raise InputError(f"standardisation must be one of {STANDARDISATIONS}; "
                         f"got {standardisation!r}")
    if imputation not in IMPUTATIONS:
        raise InputError(f"imputation must be one of {IMPUTATIONS}; got {imputation!r}")
    fields = list(dict.fromkeys(fields))
    if not fields:
        raise InputError("no indicator fields given; choose at least one numeric field")
    columns = list(getattr(table, "columns", table.keys()))
    missing = [f for f in fields if f not in columns]
    if missing:
        raise InputError(f"indicator field(s) {', '.join(missing)} not found; "
                         f"available: {', '.join(map(str, columns))}")
    w = np.ones(len(fields)) if weights is None else np.asarray(weights, dtype=float)
    if w.shape != (len(fields),):
        raise InputError(f"{len(w)} field weights given for {len(fields)} indicator fields")
    if not np.all(np.isfinite(w)) or np.any(w < 0):
        raise InputError(f"field weights must be finite and >= 0; got {w.tolist()}")
    notes = Notes()
    raw_cols, not_numeric = [], {}
    for f in fields:
        col = pd.to_numeric(pd.Series(np.asarray(table[f], dtype=object)), errors="coerce")
        values = np.array(col.to_numpy(dtype=float, na_value=np.nan), dtype=float)
        given = pd.Series(np.asarray(table[f], dtype=object)).notna().to_numpy()
        bad = given & np.isnan(values)
        if bad.any():
            not_numeric[f] = int(bad.sum())
        values[~np.isfinite(values)] = np.nan
        raw_cols.append(values)
    raw = np.column_stack(raw_cols) if raw_cols else np.empty((0, 0))
    for f, count in not_numeric.items():
        notes.warn(f"{f}: {count} values are not numbers and were treated as missing")
    return _finish(raw, fields, w, standardisation, imputation, ids, notes)


def _finish(raw, fields, w, standardisation, imputation, ids, notes) -> PreparedData:
    n = raw.shape[0]
    keep, dropped = [], {}
    for j, f in enumerate(fields):
        col = raw[:, j]
        observed = col[~np.isnan(col)]
        if observed.size == 0:
            dropped[f] = "all values missing"
        elif np.ptp(observed) == 0:
            dropped[f] = f"constant (every value is {observed[0]:g}): it cannot separate types"
        elif w[j] == 0:
            dropped[f] = "weight 0"
        else:
            keep.append(j)
    for f, reason in dropped.items():
        notes.warn(f"indicator {f} left out: {reason}")
    if not keep:
        raise InputError("no usable indicator left: " + "; ".join(
            f"{f}: {r}" for f, r in dropped.items()))
    raw_k = raw[:, keep]
    imputed = np.isnan(raw_k)
    filled = raw_k.copy()
    for j in range(filled.shape[1]):
        if imputed[:, j].any():
            observed = raw_k[~imputed[:, j], j]
            value = np.median(observed) if imputation == "median" else observed.mean()
            filled[imputed[:, j], j] = value
            notes.warn(f"{fields[keep[j]]}: {int(imputed[:, j].sum())} missing values imputed "
                       f"with the {imputation} of the observed values ({value:.6g})")
    per_row = imputed.sum(axis=1)
    heavy = np.flatnonzero(per_row > filled.shape[1] / 2)
    if heavy.size:
        labels = np.asarray(ids)[heavy] if ids is not None else heavy
        shown = ", ".join(map(str, labels[:20])) + (" ..." if heavy.size > 20 else "")
        notes.warn(f"{heavy.size} neighbourhoods miss more than half of their indicators; "
                   f"their type rests mostly on imputed values: {shown}")
    Z = standardise(filled, standardisation)
    weights = w[keep]
    kept_fields = [fields[j] for j in keep]
    notes.say(f"{len(kept_fields)} indicators, {standardisation} standardisation, missing "
              f"values imputed with the {imputation}; field weights "
              + ", ".join(f"{f}={wt:g}" for f, wt in zip(kept_fields, weights)))
    return PreparedData(X=Z * weights, Z=Z, raw=raw_k, fields=kept_fields, weights=weights,
                        imputed=imputed, standardisation=standardisation,
                        imputation=imputation, dropped=dropped, notes=notes)

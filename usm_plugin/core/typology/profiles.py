"""Type profiles: size, population, contiguous pieces, indicator means, standardised medians, R^2."""

from __future__ import annotations

from typing import Dict, Optional

import numpy as np
import pandas as pd

from .prepare import PreparedData, without_overflow

__all__ = ["type_profiles", "indicator_r2"]


def indicator_r2(values: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Share of each column's variance explained by the types: 1 - within SS / total SS.

    References
    ----------
    Everitt, B. S., Landau, S., Leese, M. and Stahl, D. (2011). Cluster Analysis, 5th
    edition. Wiley, section 5.5.
    """
    values = without_overflow(values)   # R² is scale-free
    counts = np.bincount(labels, minlength=k).astype(float)
    onehot = np.zeros((len(labels), k))
    onehot[np.arange(len(labels)), labels] = 1.0
    means = (onehot.T @ values) / counts[:, None]
    within = ((values - means[labels]) ** 2).sum(axis=0)
    total = ((values - values.mean(axis=0)) ** 2).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, 1.0 - within / total, np.nan)


def _type_means(values, labels, k):
    """Per-type mean of each column, ignoring missing values (NaN when none observed)."""
    out = np.full((k, values.shape[1]), np.nan)
    for t in range(k):
        block = values[labels == t]
        with np.errstate(invalid="ignore"):
            observed = (~np.isnan(block)).sum(axis=0)
            if np.nanmax(np.abs(block), initial=0.0) > 1e150:   # divide first: no overflow
                sums = np.nansum(block / np.maximum(observed, 1), axis=0)
            else:
                sums = np.nansum(block, axis=0) / np.maximum(observed, 1)
            out[t] = np.where(observed > 0, sums, np.nan)
    return out


def _robust_z(values, labels, k):
    """Type median minus the median of all neighbourhoods, in robust standard deviations
    (IQR / 1.349, which equals the standard deviation for normal data); the plain standard
    deviation when the IQR is 0.  Robust, so that a few extreme neighbourhoods (a historic
    centre with 100 times the city's incident rate) do not flatten every other profile."""
    values = without_overflow(values)   # scale-free: huge columns divided by their size
    centre = np.nanmedian(values, axis=0)
    q1, q3 = np.nanpercentile(values, [25, 75], axis=0)
    spread = (q3 - q1) / 1.349
    spread = np.where(spread > 0, spread, np.nanstd(values, axis=0))
    medians = np.full((k, values.shape[1]), np.nan)
    for t in range(k):
        block = values[labels == t]
        observed = ~np.isnan(block).all(axis=0)
        if observed.any():
            medians[t, observed] = np.nanmedian(block[:, observed], axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(spread > 0, (medians - centre) / spread, 0.0)


def type_profiles(prepared: PreparedData, labels: np.ndarray, k: int, *,
                  population: Optional[np.ndarray] = None, pieces: Optional[np.ndarray] = None,
                  extra: Optional[Dict[str, np.ndarray]] = None):
    """One row per type, and the standardised and plain means used to name the types.

    Columns: ``type_id``, ``n_neighbourhoods``, ``population`` (when given), ``pieces``
    (number of contiguous parts of the type; NaN without polygons), then per indicator
    ``mean_<f>`` (mean of the observed values), ``z_<f>`` (type median minus the median
    of all neighbourhoods, in robust standard deviations, IQR / 1.349) and
    ``r2_<f>`` (share of the indicator's variance between types, the same on every row);
    extra (naming-only) fields get ``mean_`` and ``z_`` columns.

    Returns
    -------
    profiles : DataFrame
    z : list of dict (per type: field -> robust standardised median)
    shares : list of dict (per type: field -> plain mean)
    """
    fields = list(prepared.fields)
    raw = prepared.raw
    filled = np.where(np.isnan(raw), np.nanmedian(raw, axis=0) if prepared.imputation == "median"
                      else np.nanmean(raw, axis=0), raw)
    values = raw
    names = list(fields)
    if extra:
        values = np.column_stack([raw] + [extra[f] for f in extra])
        names += list(extra)
    means = _type_means(values, labels, k)
    z = _robust_z(values, labels, k)
    r2 = indicator_r2(filled, labels, k)
    data = {"type_id": np.arange(1, k + 1),
            "n_neighbourhoods": np.bincount(labels, minlength=k)}
    if population is not None:
        data["population"] = np.bincount(labels, weights=population, minlength=k)
    data["pieces"] = pieces if pieces is not None else np.full(k, np.nan)
    for j, f in enumerate(names):
        data[f"mean_{f}"] = means[:, j]
        data[f"z_{f}"] = z[:, j]
        if j < len(fields):
            data[f"r2_{f}"] = np.full(k, r2[j])
    profiles = pd.DataFrame(data)
    z_dicts = [dict(zip(names, z[t])) for t in range(k)]
    share_dicts = [dict(zip(names, means[t])) for t in range(k)]
    return profiles, z_dicts, share_dicts

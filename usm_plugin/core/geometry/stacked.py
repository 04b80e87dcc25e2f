"""Many incidents at one exact coordinate: counted, and flagged for privacy.

Incident layers often stack records at one coordinate: a police station or a
geocoder's fallback point (then the place is wrong), or a home (then the point
identifies a victim).  Either way the user must know before publishing a map.
RELIABILITY.md row 14; the same threshold as the aggregation's accounting.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..runtime import Notes

#: Incidents at one exact coordinate from which the coordinate is flagged.
STACK_THRESHOLD = 10


def stacked_points(x, y, threshold: int = STACK_THRESHOLD):
    """Which points share their exact coordinates with at least ``threshold - 1`` others.

    Returns
    -------
    mask : numpy.ndarray of bool
        True for every point of such a stack.
    n_stacks : int
        Number of distinct stacked coordinates.
    largest : int
        Size of the largest stack (0 when there is none).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    mask = np.zeros(len(x), dtype=bool)
    if len(x) < threshold:
        return mask, 0, 0
    # A stack of ``threshold`` points shares its x: only x values that occur that often
    # (found in one sort, far cheaper than hashing every pair) can hold one.
    xs = np.sort(x)
    often = xs[:1 - threshold][xs[:1 - threshold] == xs[threshold - 1:]]
    del xs
    if len(often) == 0:
        return mask, 0, 0
    rows = np.flatnonzero(np.isin(x, often))
    frame = pd.DataFrame({"x": x[rows], "y": y[rows]})
    sizes = frame.groupby(["x", "y"], sort=False)["x"].transform("size").to_numpy()
    big = sizes >= threshold
    if not big.any():
        return mask, 0, 0
    mask[rows[big]] = True
    n_stacks = int(frame[big].drop_duplicates().shape[0])
    return mask, n_stacks, int(sizes.max())


def warn_stacked(x, y, notes: Notes, what: str = "incidents",
                 threshold: int = STACK_THRESHOLD) -> int:
    """Add a privacy warning to ``notes`` when points stack; returns how many points do."""
    mask, n_stacks, largest = stacked_points(x, y, threshold)
    count = int(mask.sum())
    if count:
        notes.warn(f"{count} {what} share their exact coordinates with at least "
                   f"{threshold - 1} others ({n_stacks} location(s), up to {largest} at one "
                   "point): they are all counted, but check whether the place is real (a "
                   "geocoding fallback or a police station) and, for privacy, do not publish "
                   "such points or a map that reveals them.")
    return count

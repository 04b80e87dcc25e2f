"""Many incidents at one exact coordinate: counted, and flagged for privacy.

Incident layers often stack records at one coordinate: a police station or a
geocoder's fallback point (then the place is wrong), or a home (then the point
identifies a victim).  Either way the user must know before publishing a map.
RELIABILITY.md row 14; the same threshold as the aggregation's accounting.
"""

from __future__ import annotations

import uuid

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
    return note_stacks(notes, int(mask.sum()), n_stacks, largest, what, threshold)


def note_stacks(notes: Notes, count: int, n_stacks: int, largest: int, what: str = "incidents",
                threshold: int = STACK_THRESHOLD) -> int:
    """:func:`warn_stacked`'s warning from counts (e.g. ``StackCounter.result()``)."""
    if count:
        notes.warn(f"{count} {what} share their exact coordinates with at least "
                   f"{threshold - 1} others ({n_stacks} location(s), up to {largest} at one "
                   "point): they are all counted, but check whether the place is real (a "
                   "geocoding fallback or a police station) and, for privacy, do not publish "
                   "such points or a map that reveals them.")
    return count


def _weighted_stacks(x, y, count, threshold: int):
    """Stacks among coordinates given with a multiplicity: (points in stacks, stacks, largest)."""
    if len(x) == 0 or count.sum() < threshold:
        return 0, 0, 0
    # Only x values carrying ``threshold`` points can hold a stack (as in stacked_points).
    _, inverse = np.unique(x, return_inverse=True)
    per_x = np.bincount(inverse.ravel(), weights=count)
    rows = np.flatnonzero(per_x[inverse.ravel()] >= threshold)
    if len(rows) == 0:
        return 0, 0, 0
    frame = pd.DataFrame({"x": x[rows], "y": y[rows], "n": count[rows]})
    sizes = frame.groupby(["x", "y"], sort=False)["n"].sum()
    big = sizes[sizes >= threshold]
    if len(big) == 0:
        return 0, 0, 0
    return int(big.sum()), int(len(big)), int(big.max())


class StackCounter:
    """:func:`stacked_points`' totals for points that arrive in pieces (chunks, partitions).

    ``add(x, y)`` each piece, ``merge`` counters built apart (in any order), then
    ``result()`` gives exactly what :func:`stacked_points` gives on all the points
    together: the number of points in stacks, the number of stacks and the largest.

    Every distinct coordinate must be kept until the end (a coordinate may reach
    the threshold in the last piece), so memory grows with the points.  With
    ``spill_dir`` the coordinates go, once they pass ``spill_bytes`` in memory, to
    scratch files in that directory (one per hash bucket of the coordinate, 24 bytes
    a point), which ``result()`` reads back one bucket at a time: memory then stays
    bounded whatever the number of points.  The caller owns the directory and
    removes it; this class writes nothing anywhere else.  A counter is picklable
    (spilled coordinates are read back into the pickle).
    """

    BUCKETS = 64

    def __init__(self, threshold: int = STACK_THRESHOLD, spill_dir=None,
                 spill_bytes: int = 64 * 2 ** 20):
        self.threshold = int(threshold)
        self.spill_dir = None if spill_dir is None else str(spill_dir)
        self.spill_bytes = int(spill_bytes)
        self._pieces = []  # (x, y, count or None for ones)
        self._nbytes = 0
        self._spilled = False
        self._token = uuid.uuid4().hex

    # -- building
    def add(self, x, y) -> None:
        """Add the coordinates of one piece (finite values only)."""
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if len(x):
            self._pieces.append((x, y, None))
            self._nbytes += 16 * len(x)
            if self.spill_dir is not None and self._nbytes > self.spill_bytes:
                self._spill()

    def merge(self, other: "StackCounter") -> "StackCounter":
        """Add another counter's points to this one (returns self)."""
        if other.threshold != self.threshold:
            raise ValueError("stack counters with different thresholds cannot be merged")
        for x, y, count in other._pieces:
            self._pieces.append((x, y, count))
            self._nbytes += 24 * len(x)
        if other._spilled:
            for bucket in range(self.BUCKETS):
                x, y, count = other._bucket(bucket)
                if len(x):
                    self._pieces.append((x, y, count))
                    self._nbytes += 24 * len(x)
                    if self.spill_dir is not None and self._nbytes > self.spill_bytes:
                        self._spill()
        if self.spill_dir is not None and self._nbytes > self.spill_bytes:
            self._spill()
        return self

    # -- result
    def result(self):
        """(points in stacks, number of stacks, largest stack), as :func:`stacked_points`."""
        if not self._spilled:
            return self._stacks(*self._records_in_memory())
        self._spill()
        points = stacks = largest = 0
        for bucket in range(self.BUCKETS):
            p, s, big = self._stacks(*self._bucket(bucket))
            points, stacks, largest = points + p, stacks + s, max(largest, big)
        return points, stacks, largest

    def _stacks(self, x, y, count):
        if count is None:  # every point counts once: the one-sort path
            mask, n_stacks, largest = stacked_points(x, y, self.threshold)
            return int(mask.sum()), n_stacks, largest
        return _weighted_stacks(x, y, count, self.threshold)

    # -- internals
    def _records_in_memory(self):
        """x, y and the multiplicity of each (None when every point counts once)."""
        if not self._pieces:
            return np.empty(0), np.empty(0), None
        if len(self._pieces) == 1:
            return self._pieces[0]
        x = np.concatenate([p[0] for p in self._pieces])
        y = np.concatenate([p[1] for p in self._pieces])
        count = None
        if any(p[2] is not None for p in self._pieces):
            count = np.concatenate([np.ones(len(p[0])) if p[2] is None else p[2]
                                    for p in self._pieces])
        return x, y, count

    def _path(self, bucket: int, counted: bool) -> str:
        import os

        kind = "n" if counted else "1"
        return os.path.join(self.spill_dir, f"stack_{self._token}_{bucket:02d}_{kind}.bin")

    def _bucket(self, bucket: int):
        """x, y and multiplicity (None: all ones) of the spilled points of one bucket."""
        import os

        ones = np.empty((0, 2))
        if os.path.exists(self._path(bucket, False)):
            ones = np.fromfile(self._path(bucket, False), dtype=np.float64).reshape(-1, 2)
        if not os.path.exists(self._path(bucket, True)):
            return ones[:, 0], ones[:, 1], None
        counted = np.fromfile(self._path(bucket, True), dtype=np.float64).reshape(-1, 3)
        return (np.concatenate([ones[:, 0], counted[:, 0]]),
                np.concatenate([ones[:, 1], counted[:, 1]]),
                np.concatenate([np.ones(len(ones)), counted[:, 2]]))

    def _spill(self) -> None:
        """Move the points held in memory to the bucket files, one piece at a time (the
        transient copies stay a few times one piece, not the whole buffer)."""
        if self.spill_dir is None:
            raise ValueError("no spill directory")
        pieces, self._pieces, self._nbytes = self._pieces, [], 0
        self._spilled = True
        while pieces:
            x, y, count = pieces.pop(0)
            x = x + 0.0  # -0.0 and 0.0: one coordinate, one bucket
            y = y + 0.0
            key = x.view(np.uint64) * np.uint64(0x9E3779B97F4A7C15) ^ y.view(np.uint64)
            bucket = ((key >> np.uint64(40)) % np.uint64(self.BUCKETS)).astype(np.uint8)
            del key
            order = np.argsort(bucket, kind="stable")  # a radix sort for 8-bit keys
            bounds = np.searchsorted(bucket[order], np.arange(self.BUCKETS + 1))
            del bucket
            columns = [x, y] + ([count] if count is not None else [])
            records = np.empty((len(x), len(columns)))
            for k, column in enumerate(columns):
                records[:, k] = column[order]
            del x, y, count, columns, order
            for b in range(self.BUCKETS):
                if bounds[b + 1] > bounds[b]:
                    with open(self._path(b, records.shape[1] == 3), "ab") as handle:
                        records[bounds[b]:bounds[b + 1]].tofile(handle)
            del records

    def __getstate__(self):
        state = dict(self.__dict__)
        if self._spilled:
            pieces = [r for r in (self._bucket(b) for b in range(self.BUCKETS)) if len(r[0])]
            state["_pieces"] = list(self._pieces) + pieces
            state["_spilled"] = False
            state["spill_dir"] = None
        return state

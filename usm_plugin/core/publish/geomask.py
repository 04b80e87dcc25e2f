"""Masking incident points before they are published.

Exact incident locations identify victims' homes.  Donut geomasking moves every
point in a random direction by a random distance between a minimum (so that no
published point sits within that distance of the true location) and a maximum (so
that the pattern stays useful), uniformly over the ring's area.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..runtime import InputError, Notes


@dataclass
class MaskedPoints:
    """Masked coordinates and the displacement each point received (metres)."""

    x: np.ndarray
    y: np.ndarray
    displacement: np.ndarray
    notes: Notes = field(default_factory=Notes)


def donut_mask(x, y, *, min_distance: float, max_distance: float, seed: int = 0) -> MaskedPoints:
    """Move each point uniformly within the ring ``min_distance <= d <= max_distance``.

    Parameters
    ----------
    x, y : array_like
        Coordinates in a projected CRS in metres.
    min_distance, max_distance : float
        Ring radii in metres, ``0 < min_distance < max_distance``.
    seed : int
        Seed of the random displacements (same seed, same release).

    References
    ----------
    Hampton, K. H. et al. (2010). Mapping health data: improved privacy protection with
    donut method geomasking. American Journal of Epidemiology 172(9), 1062-1069.

    Examples
    --------
    >>> m = donut_mask([0.0, 10.0], [0.0, 0.0], min_distance=50, max_distance=200, seed=1)
    >>> bool((m.displacement >= 50).all() and (m.displacement <= 200).all())
    True
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if not (np.isfinite(min_distance) and np.isfinite(max_distance)
            and 0 < min_distance < max_distance):
        raise InputError(f"the masking distances need 0 < minimum < maximum; got "
                         f"{min_distance} and {max_distance}")
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise InputError("points with NaN or infinite coordinates cannot be masked")
    rng = np.random.default_rng(seed)
    # uniform over the ring's area: the squared radius is uniform
    radius = np.sqrt(rng.uniform(min_distance ** 2, max_distance ** 2, size=x.shape))
    angle = rng.uniform(0.0, 2.0 * np.pi, size=x.shape)
    notes = Notes()
    notes.say(f"{x.size} points moved by {min_distance:g} to {max_distance:g} m (donut "
              f"geomasking, seed {seed}); median displacement {np.median(radius) if x.size else 0:.0f} m")
    return MaskedPoints(x + radius * np.cos(angle), y + radius * np.sin(angle), radius, notes)

"""CRS checks shared by every core function that measures distances or areas.

The core measures in metres only: the bridge reprojects layers to a suitable
projected CRS before calling it, and these checks catch a caller who did not.
"""

from __future__ import annotations

from ..runtime import InputError


def require_projected(crs, what: str) -> None:
    """Refuse a missing or geographic CRS for a layer whose distances we measure."""
    if crs is None:
        raise InputError(
            f"{what} has no CRS; distances need a projected CRS in metres "
            "(assign the layer's CRS first)")
    try:
        from pyproj import CRS
        crs_obj = CRS.from_user_input(crs)
    except Exception as exc:  # pyproj raises several types for unknown CRSs
        raise InputError(f"{what} has an unreadable CRS ({crs!r}): {exc}") from exc
    if crs_obj.is_geographic:
        raise InputError(
            f"{what} is in a geographic CRS ({crs_obj.name}); distances and areas "
            "need a projected CRS in metres (reproject the layers to a local "
            "projected CRS such as the UTM zone first)")
    unit = crs_obj.axis_info[0].unit_name if crs_obj.axis_info else ""
    if unit and unit not in ("metre", "meter", "m"):
        raise InputError(
            f"{what} is in a projected CRS with units of {unit!r} ({crs_obj.name}); "
            "the distances here are in metres, reproject to a metre-based CRS")


def same_crs(a, b) -> bool:
    """True when two CRS descriptions denote the same CRS (None only matches None)."""
    if a is None or b is None:
        return a is None and b is None
    from pyproj import CRS
    return CRS.from_user_input(a) == CRS.from_user_input(b)

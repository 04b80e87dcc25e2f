"""One geography per public package: refusing the second geography of the same data.

Suppressed cells of one table cannot be recovered from that table's totals (see
:mod:`.disclosure`), but two tables of the same incidents on two geographies that overlap
(neighbourhoods and census units, or neighbourhoods and a grid) can be subtracted from each
other: a small count withheld in one can be worked out from the slivers where the two
geographies differ (geographic differencing). A package therefore holds one geography of a
given data set. :func:`release_fingerprint` describes what a public layer was made from and
where, and :func:`differencing_conflict` says whether a new layer would put a second geography
of the same data into a package.
"""

from __future__ import annotations

import hashlib
import json
from typing import Iterable, Mapping, Optional, Sequence

import numpy as np
import pandas as pd

from ..runtime import InputError

__all__ = ["release_fingerprint", "differencing_conflict"]


def _ids_digest(ids: Iterable) -> str:
    text = "\n".join(sorted(str(v) for v in ids))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def release_fingerprint(table: pd.DataFrame, id_field: str, count_fields: Sequence[str], *,
                        layer: str, source: str = "",
                        source_sha256: Optional[str] = None) -> dict:
    """What a public layer holds: its geography (id field, number of areas, a digest of the
    area ids) and its data (the count fields and their city totals before suppression,
    the source and its hash).

    Parameters
    ----------
    table : pandas.DataFrame
        The inward-facing table the layer is published from (unsuppressed counts).
    id_field, count_fields
        The area id and the published count fields.
    layer : str
        The layer name in the package.
    source, source_sha256 : str
        The input layer and the SHA-256 of its file (if known).

    Returns
    -------
    dict
        JSON-ready record, stored in the package beside the layer.

    Examples
    --------
    >>> t = pd.DataFrame({"id": ["a", "b"], "n_cat_x": [3, 4]})
    >>> f = release_fingerprint(t, "id", ["n_cat_x"], layer="public")
    >>> f["n_areas"], f["totals"]
    (2, {'n_cat_x': 7.0})
    """
    if id_field not in table.columns:
        raise InputError(f"no id field {id_field!r} in the table")
    totals = {}
    for name in count_fields:
        values = pd.to_numeric(table[name], errors="coerce").to_numpy(dtype=float)
        totals[name] = float(np.nansum(values))
    return {"layer": layer, "id_field": id_field, "n_areas": int(len(table)),
            "ids_sha256": _ids_digest(table[id_field].dropna()),
            "count_fields": list(count_fields), "totals": totals, "source": source,
            "source_sha256": source_sha256 or ""}


def _same_data(old: Mapping, new: Mapping) -> Optional[str]:
    """Why two records describe the same data, or None."""
    if old.get("source_sha256") and old.get("source_sha256") == new.get("source_sha256") and \
            old.get("source") == new.get("source"):
        return "the same input layer"
    shared = [f for f in new.get("totals", {}) if f in old.get("totals", {})]
    if shared and any(new["totals"][f] > 0 for f in shared) and \
            all(abs(float(old["totals"][f]) - float(new["totals"][f])) < 1e-9 for f in shared):
        return ("the same city totals of " + ", ".join(shared[:4])
                + (" ..." if len(shared) > 4 else ""))
    return None


def differencing_conflict(existing: Sequence[Mapping], new: Mapping,
                          present_layers: Optional[Iterable[str]] = None) -> Optional[str]:
    """The reason a new public layer must not join a package, or None when it may.

    A conflict is a layer of the package (other than the one being replaced) made from the
    same data -- the same input layer and file hash, or the same city totals of the shared
    count fields -- at a different geography: another id field or another set of areas.

    Parameters
    ----------
    existing : sequence of dict
        The fingerprints stored in the package (:func:`release_fingerprint`).
    new : dict
        The fingerprint of the layer about to be written.
    present_layers : iterable of str, optional
        The layers the package still holds; a record of a layer since deleted is ignored.

    Examples
    --------
    >>> t = pd.DataFrame({"id": ["a", "b"], "n": [3, 4]})
    >>> u = pd.DataFrame({"code": ["x"], "n": [7]})
    >>> old = release_fingerprint(t, "id", ["n"], layer="by_nbhd")
    >>> differencing_conflict([old], release_fingerprint(u, "code", ["n"], layer="by_unit"))[:40]
    'the package already holds by_nbhd, made '
    """
    present = None if present_layers is None else set(present_layers)
    for old in existing:
        if old.get("layer") == new.get("layer"):
            continue  # the layer is being replaced
        if present is not None and old.get("layer") not in present:
            continue
        why = _same_data(old, new)
        if why is None:
            continue
        if old.get("id_field") != new.get("id_field"):
            where = (f"areas identified by {old.get('id_field')!r} instead of "
                     f"{new.get('id_field')!r}")
        elif old.get("ids_sha256") != new.get("ids_sha256"):
            where = (f"another set of areas ({old.get('n_areas')} against "
                     f"{new.get('n_areas')})")
        else:
            continue
        return (f"the package already holds {old.get('layer')}, made from the same data "
                f"({why}) at a different geography ({where}). Two geographies of the same "
                "incidents in one public package let withheld small counts be recovered by "
                "subtracting one from the other (differencing). Publish one geography of a data "
                "set: replace the layer {old} (same layer name), or write this one to a "
                "package of its own that is not released with the other"
                .replace("{old}", str(old.get("layer"))))
    return None


def dumps(record: Mapping) -> str:
    """The record as compact JSON (stored in the package)."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False)

"""One geography per public package: fingerprints and the differencing rule."""

import pandas as pd
import pytest

from urban_safety_monitor.usm_plugin.core.publish.geographies import (differencing_conflict,
                                                                       release_fingerprint)
from urban_safety_monitor.usm_plugin.core.runtime import InputError

NBHD = pd.DataFrame({"nbhd_id": ["N1", "N2", "N3"], "n_cat_a": [3, 0, 9], "n_total": [5, 2, 9]})
UNITS = pd.DataFrame({"unit": ["C1", "C2"], "n_cat_a": [7, 5], "n_total": [10, 6]})


def _print(table, id_field, layer, **kw):
    return release_fingerprint(table, id_field, ["n_cat_a", "n_total"], layer=layer, **kw)


def test_second_geography_of_the_same_totals_is_refused():
    old = _print(NBHD, "nbhd_id", "by_nbhd")
    conflict = differencing_conflict([old], _print(UNITS, "unit", "by_unit"))
    assert "by_nbhd" in conflict and "differencing" in conflict and "'nbhd_id'" in conflict


def test_another_set_of_areas_with_the_same_id_field_is_refused():
    old = _print(NBHD, "nbhd_id", "by_nbhd", source="a.gpkg|layername=x", source_sha256="f00")
    merged = pd.DataFrame({"nbhd_id": ["N1", "N2+N3"], "n_cat_a": [1, 1], "n_total": [1, 1]})
    new = _print(merged, "nbhd_id", "merged", source="a.gpkg|layername=x", source_sha256="f00")
    assert "another set of areas (3 against 2)" in differencing_conflict([old], new)


def test_allowed_cases():
    old = _print(NBHD, "nbhd_id", "by_nbhd")
    # replacing the same layer, the same geography again, other data, a deleted layer
    assert differencing_conflict([old], _print(UNITS, "unit", "by_nbhd")) is None
    assert differencing_conflict([old], _print(NBHD, "nbhd_id", "copy")) is None
    other = UNITS.assign(n_cat_a=[1, 1], n_total=[2, 2])
    assert differencing_conflict([old], _print(other, "unit", "other")) is None
    assert differencing_conflict([old], _print(UNITS, "unit", "u"), present_layers=["u"]) is None
    assert differencing_conflict([], _print(UNITS, "unit", "u")) is None


def test_fingerprint_counts_missing_as_nothing_and_needs_the_id():
    table = NBHD.assign(n_cat_a=[3, None, 9])
    record = _print(table, "nbhd_id", "x")
    assert record["totals"] == {"n_cat_a": 12.0, "n_total": 16.0} and record["n_areas"] == 3
    assert len(record["ids_sha256"]) == 64
    with pytest.raises(InputError, match="no id field"):
        _print(NBHD, "code", "x")

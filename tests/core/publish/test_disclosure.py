"""Disclosure control: primary and secondary suppression checked by an attacker who
solves for every withheld cell with linear programming, rounding, population rule,
bad inputs; donut geomasking."""

import numpy as np
import pandas as pd
import pytest

from urban_safety_monitor.usm_plugin.core.publish.disclosure import protect_counts
from urban_safety_monitor.usm_plugin.core.publish.geomask import donut_mask
from urban_safety_monitor.usm_plugin.core.runtime import InputError


def _city(n=40, seed=3):
    rng = np.random.default_rng(seed)
    a, b, c = rng.poisson(6, n), rng.poisson(1.5, n), rng.poisson(14, n)
    y1 = rng.binomial(a + b + c, 0.5)
    table = pd.DataFrame({
        "id": [f"N{i:02d}" for i in range(n)], "n_cat_a": a, "n_cat_b": b, "n_cat_c": c,
        "n_total": a + b + c, "n_y2022": y1, "n_y2023": a + b + c - y1,
        "population": rng.integers(10, 4000, n)})
    table.loc[:2, "population"] = [12, 25, 39]  # under Statistics Canada's 40 residents
    table["rate_total"] = table.n_total / table.population * 1e5
    table["rate_cat_b"] = table.n_cat_b / table.population * 1e5
    table["eb_rate_cat_b"] = table.rate_cat_b * 0.9
    return table


FIELDS = ["n_cat_a", "n_cat_b", "n_cat_c", "n_y2022", "n_y2023"]


def _attack(original, result, fields):
    """Tighest bounds an outsider gets on every withheld cell from the published cells,
    the published row totals and the (public) city totals, with counts >= 0: linear
    programming, independent of the suppression code."""
    from scipy.optimize import linprog

    pub = result.table
    cells = [(i, f) for i in range(len(pub)) for f in fields if pd.isna(pub[f].iloc[i])]
    index = {c: k for k, c in enumerate(cells)}
    rows, rhs = [], []

    def known(i, f):
        return float(original[f].iloc[i])

    for f in fields:  # column (city) totals
        row = np.zeros(len(cells))
        total = float(original[f].sum())
        for i in range(len(pub)):
            if (i, f) in index:
                row[index[(i, f)]] = 1
            else:
                total -= known(i, f)
        if row.any():
            rows.append(row)
            rhs.append(total)
    for group in (["n_cat_a", "n_cat_b", "n_cat_c"], ["n_y2022", "n_y2023"]):
        for i in range(len(pub)):
            row = np.zeros(len(cells))
            total = float(original["n_total"].iloc[i])
            total_hidden = (i, "n_total") in index
            if total_hidden:
                row[index[(i, "n_total")]] = -1
                total = 0.0
            for f in group:
                if (i, f) in index:
                    row[index[(i, f)]] = 1
                else:
                    total -= known(i, f)
            if row.any():
                rows.append(row)
                rhs.append(total)
    exact = []
    for k, cell in enumerate(cells):
        objective = np.zeros(len(cells))
        objective[k] = 1
        low = linprog(objective, A_eq=np.array(rows), b_eq=rhs, bounds=(0, None)).fun
        high = -linprog(-objective, A_eq=np.array(rows), b_eq=rhs, bounds=(0, None)).fun
        if high - low < 0.5:
            exact.append((cell, low, high))
    return cells, exact


def test_small_counts_withheld_and_none_recoverable_by_an_attacker():
    table = _city()
    fields = FIELDS + ["n_total"]
    result = protect_counts(table, "id", FIELDS, total_field="n_total", threshold=5)
    pub = result.table
    for f in fields:
        small = (table[f] > 0) & (table[f] < 5)
        assert pub.loc[small, f].isna().all(), f
        assert (pub.loc[table[f] == 0, f].fillna(-1) >= 0).all() or True
    assert (pub["n_cat_a"].dropna() == table.loc[pub["n_cat_a"].notna(), "n_cat_a"]).all()
    cells, exact = _attack(table, result, fields)
    assert len(cells) > 20  # the test city has many small counts
    assert exact == [], f"recovered exactly: {exact[:5]}"
    report = dict(zip(result.report["item"], result.report["value"]))
    assert int(report["primary_suppressions"]) > 0 and int(report["secondary_suppressions"]) > 0
    assert report["audit"].startswith("exact")


def test_without_secondary_suppression_the_attack_would_succeed():
    """The attack is real: publishing only the primary suppressions leaks cells."""
    table = _city()
    result = protect_counts(table, "id", FIELDS, total_field="n_total", threshold=5)
    leaky = result.table.copy()
    secondary = result.status[result.status.status == "secondary"]
    ids = dict(zip(table["id"], range(len(table))))
    for row in secondary.itertuples():
        leaky.loc[ids[row.id], row.field] = table.loc[ids[row.id], row.field]
    _, exact = _attack(table, type(result)(leaky, result.status, result.report),
                       FIELDS + ["n_total"])
    assert exact, "expected the primary-only table to leak"


def test_derived_fields_follow_their_count_and_sensitive_threshold():
    table = _city()
    result = protect_counts(table, "id", FIELDS, total_field="n_total", threshold=3,
                            sensitive_fields=["n_cat_b"], sensitive_threshold=10)
    pub = result.table
    hidden_b = pub["n_cat_b"].isna()
    assert pub.loc[hidden_b, "rate_cat_b"].isna().all()
    assert pub.loc[hidden_b, "eb_rate_cat_b"].isna().all()
    assert pub.loc[(table.n_cat_b > 0) & (table.n_cat_b < 10), "n_cat_b"].isna().all()


def test_population_rule_and_rounding():
    table = _city()
    result = protect_counts(table, "id", FIELDS, total_field="n_total", threshold=5,
                            population_field="population", min_population=40,
                            rounding_base=5, rate_per=1e5, seed=7)
    pub = result.table
    small = table.population < 40
    assert small.any()
    assert pub.loc[small, FIELDS + ["n_total", "rate_total"]].isna().all().all()
    assert (pub.loc[small, "withheld"] == 1).all()
    values = pub[FIELDS].stack().dropna().astype(int)
    assert (values % 5 == 0).all()
    ok = pub["n_total"].notna() & ~small
    rate = pub.loc[ok, "n_total"].astype(float) / table.loc[ok, "population"] * 1e5
    np.testing.assert_allclose(pub.loc[ok, "rate_total"].astype(float), rate)
    assert pub["eb_rate_cat_b"].isna().all()  # would undo the rounding
    again = protect_counts(table, "id", FIELDS, total_field="n_total", threshold=5,
                           population_field="population", min_population=40,
                           rounding_base=5, rate_per=1e5, seed=7)
    pd.testing.assert_frame_equal(pub, again.table)


def test_random_rounding_is_unbiased():
    table = pd.DataFrame({"id": range(4000), "n_x": np.full(4000, 12)})
    result = protect_counts(table, "id", ["n_x"], threshold=1, rounding_base=5, seed=1)
    assert set(result.table["n_x"].astype(int)) == {10, 15}
    assert result.table["n_x"].astype(float).mean() == pytest.approx(12, abs=0.15)


@pytest.mark.parametrize("change, message", [
    (lambda t: t.assign(n_cat_a=t.n_cat_a.astype(float) + 0.5), "whole numbers"),
    (lambda t: t.assign(n_cat_a=-t.n_cat_a), "non-negative"),
    (lambda t: t.assign(n_cat_a=t.n_cat_a.astype(object).where(t.index > 0, "abc")), "not numbers"),
    (lambda t: t.assign(id="same"), "unique"),
    (lambda t: t.drop(columns="n_cat_c"), "not found"),
])
def test_bad_inputs_are_clear_errors(change, message):
    with pytest.raises(InputError, match=message):
        protect_counts(change(_city()), "id", ["n_cat_a", "n_cat_c"], threshold=5)


def test_donut_mask_keeps_every_point_outside_the_minimum_distance():
    rng = np.random.default_rng(0)
    x, y = rng.uniform(0, 1e4, 5000), rng.uniform(0, 1e4, 5000)
    masked = donut_mask(x, y, min_distance=100, max_distance=400, seed=3)
    moved = np.hypot(masked.x - x, masked.y - y)
    assert moved.min() >= 100 - 1e-9 and moved.max() <= 400 + 1e-9
    # uniform over the ring's area: the median squared radius is halfway
    assert np.median(moved ** 2) == pytest.approx((100 ** 2 + 400 ** 2) / 2, rel=0.05)
    with pytest.raises(InputError):
        donut_mask(x, y, min_distance=400, max_distance=100)


def test_rows_whose_years_add_up_are_protected_when_other_rows_have_undated_incidents():
    """Years add up to the total in most rows but not in one (an undated incident): the
    rows that add up still give an outsider an equation, so a lone withheld year is not
    left recoverable as total minus the published years."""
    table = _city()
    table.loc[5, ["n_total", "n_cat_c"]] += 1  # one undated incident in one neighbourhood
    years = ["n_y2022", "n_y2023"]
    table.loc[7, years] = [2, table.loc[7, "n_total"] - 2]  # a small year count
    table.loc[7, "n_y2023"] = max(int(table.loc[7, "n_y2023"]), 6)
    table.loc[7, "n_total"] = table.loc[7, years].sum()
    table.loc[7, "n_cat_c"] = table.loc[7, "n_total"] - table.loc[7, ["n_cat_a", "n_cat_b"]].sum()
    assert (table.loc[7, ["n_cat_a", "n_cat_b", "n_cat_c"]] >= 0).all()
    result = protect_counts(table, "id", FIELDS, total_field="n_total", threshold=5)
    pub = result.table
    assert pd.isna(pub.loc[7, "n_y2022"])
    hidden_in_row = pub.loc[7, ["n_y2023", "n_total"]].isna().sum()
    assert hidden_in_row >= 1, "n_y2022 would be n_total - n_y2023"
    report = dict(zip(result.report["item"], result.report["value"]))
    assert report["audit"].startswith("exact"), report["audit"]

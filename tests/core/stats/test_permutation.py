"""The permutation engine (core/stats/permutation.py).

* it follows its documented sampling rule (a plain loop re-implements it) and that rule
  is exact conditional randomisation: ordered samples uniform over the other features,
  p-values equal to exact enumeration within Monte Carlo error;
* null calibration: under no autocorrelation p_sim is uniform and the share flagged at
  0.05 is within its binomial interval (binary, row-standardised, inverse distance);
* no coupling: across seeds, the Monte Carlo errors of different features add up like
  independent errors, and the number of features flagged varies as it would with
  independent draws -- a shared draw table (the former engine) fails both checks;
* per-feature p_sim agrees with esda's within Monte Carlo error;
* same seed, same output, bit for bit, whatever the memory chunking.
"""

import itertools
import warnings

import numpy as np
import pytest
from scipy import sparse, stats
from scipy.spatial import cKDTree

from urban_safety_monitor.usm_plugin.core.runtime import Cancelled, InputError
from urban_safety_monitor.usm_plugin.core.stats import permutation as pm
from urban_safety_monitor.usm_plugin.core.stats.autocorrelation import LocalGetisOrd, LocalMoran
from urban_safety_monitor.usm_plugin.core.stats.weights import SpatialWeights


# ------------------------------------------------------------------ helpers
def _lattice(rows, cols, rule="rook"):
    """Binary contiguity of a rows x cols grid of cells (row-major ids)."""
    moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    if rule == "queen":
        moves += [(1, 1), (1, -1), (-1, 1), (-1, -1)]
    r, c = np.divmod(np.arange(rows * cols), cols)
    src, dst = [], []
    for dr, dc in moves:
        ok = (r + dr >= 0) & (r + dr < rows) & (c + dc >= 0) & (c + dc < cols)
        src.append(np.flatnonzero(ok))
        dst.append((r[ok] + dr) * cols + c[ok] + dc)
    src, dst = np.concatenate(src), np.concatenate(dst)
    n = rows * cols
    return sparse.csr_matrix((np.ones(len(src)), (src, dst)), shape=(n, n))


def _inverse_distance_knn(n, k, seed):
    """Inverse-distance weights to the k nearest of n random points (unequal rows)."""
    xy = np.random.default_rng(seed).uniform(0, 1000, (n, 2))
    dist, idx = cKDTree(xy).query(xy, k + 1)
    rows = np.repeat(np.arange(n), k)
    return sparse.csr_matrix((1.0 / dist[:, 1:].ravel(), (rows, idx[:, 1:].ravel())),
                             shape=(n, n))


def _separated(matrix):
    """Features whose closed neighbourhoods are pairwise disjoint (greedy)."""
    used = np.zeros(matrix.shape[0], dtype=bool)
    chosen = []
    for i in range(matrix.shape[0]):
        hood = np.r_[i, matrix.indices[matrix.indptr[i]:matrix.indptr[i + 1]]]
        if not used[hood].any():
            chosen.append(i)
            used[hood] = True
    return np.array(chosen)


def _drawn_samples(y, matrix, active, permutations, seed):
    """The neighbours every feature is given in every permutation, by the documented rule:
    anchors in order of decreasing cardinality; slot c of the feature at anchor a reads
    the value at position (a + d[r, c]) mod n of the block's arrangement; a draw of the
    feature itself is replaced by position (a + d[r, max k]) mod n."""
    n = len(y)
    card = np.diff(matrix.indptr)
    act = np.flatnonzero(active & (card > 0))
    features = act[np.argsort(-card[act], kind="stable")]
    kmax = int(card[features[0]])
    samples = {f: [] for f in features}
    for arrangement, offsets in pm._blocks(n, kmax + 1, permutations, seed):
        for row in offsets:
            for a, f in enumerate(features):
                got = [arrangement[(a + row[c]) % n] for c in range(card[f])]
                got = [arrangement[(a + row[kmax]) % n] if g == f else g for g in got]
                samples[f].append(got)
    return samples


def _two_sided(ref):
    return pm.pseudo_p_values(ref.n_ge, ref.n_le, ref.permutations, "two-sided")


# ----------------------------------------------------- the rule and its exactness
@pytest.mark.parametrize("weights", ["binary", "row", "inverse_distance"])
def test_engine_follows_the_documented_rule(weights):
    matrix = _lattice(5, 6, "queen")
    if weights == "row":
        matrix = sparse.csr_matrix(sparse.diags(1 / np.asarray(matrix.sum(1)).ravel()) @ matrix)
    elif weights == "inverse_distance":
        matrix = _inverse_distance_knn(30, 4, 1)
    y = np.random.default_rng(0).poisson(3, 30).astype(float)     # ties on purpose
    active = np.ones(30, dtype=bool)
    active[7] = False
    perms = 150                                                   # three blocks
    ref = pm.conditional_lag_reference(y, matrix, active, perms, 3)
    samples = _drawn_samples(y, matrix, active, perms, 3)
    assert np.isnan(ref.n_ge[7]) and np.isnan(ref.mean[7])
    for f, drawn in samples.items():
        lo, hi = matrix.indptr[f], matrix.indptr[f + 1]
        w, nb = matrix.data[lo:hi], matrix.indices[lo:hi]
        assert all(f not in d and len(set(d)) == len(d) for d in drawn)
        sims = np.array([w @ y[d] for d in drawn])
        obs = w @ y[nb]
        assert ref.n_ge[f] == (sims >= obs - 1e-9).sum()
        assert ref.n_le[f] == (sims <= obs + 1e-9).sum()
        assert ref.mean[f] == pytest.approx(sims.mean(), abs=1e-12)
        assert ref.sd[f] == pytest.approx(sims.std(), abs=1e-12)
        assert ref.lag[f] == pytest.approx(obs, abs=1e-12)


def test_samples_are_uniform_ordered_samples_of_the_other_features():
    # path 0-1-2-3-4-5: feature 1 has two neighbours; its 5 * 4 = 20 ordered pairs of
    # other features must be equally likely
    n = 6
    matrix = _lattice(1, n)
    samples = _drawn_samples(np.arange(n, dtype=float), matrix, np.ones(n, bool), 3000, 11)
    counts = {}
    for d in samples[1]:
        counts[tuple(d)] = counts.get(tuple(d), 0) + 1
    expected = set(itertools.permutations([0, 2, 3, 4, 5], 2))
    assert set(counts) == expected
    assert stats.chisquare(list(counts.values())).pvalue > 1e-3


@pytest.mark.parametrize("weighted", [False, True])
def test_counts_and_moments_equal_exact_enumeration(weighted):
    # 9 features on a ring with 2 or 3 neighbours: the exact conditional distribution of
    # each lag is an enumeration of the ordered samples of the 8 others
    n = 9
    rows, cols = [], []
    for i in range(n):
        for d in ((1, -1) if i % 3 else (1, -1, 3)):
            rows.append(i)
            cols.append((i + d) % n)
    data = np.random.default_rng(5).uniform(0.5, 2, len(rows)) if weighted else np.ones(len(rows))
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(n, n))
    y = np.random.default_rng(6).normal(10, 3, n)
    perms = 4000
    ref = pm.conditional_lag_reference(y, matrix, np.ones(n, bool), perms, 8)
    z = []
    for i in range(n):
        lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
        w, nb = matrix.data[lo:hi], matrix.indices[lo:hi]
        others = [j for j in range(n) if j != i]
        exact = np.array([w @ y[list(t)] for t in itertools.permutations(others, len(w))])
        obs = w @ y[nb]
        for count, p in ((ref.n_ge[i], (exact >= obs).mean()), (ref.n_le[i], (exact <= obs).mean())):
            z.append((count / perms - p) / np.sqrt(max(p * (1 - p), 1e-4) / perms))
        z.append((ref.mean[i] - exact.mean()) / (exact.std() / np.sqrt(perms)))
        assert ref.sd[i] == pytest.approx(exact.std(), rel=0.08)
    z = np.array(z)
    assert np.abs(z).max() < 4.5
    assert np.mean(z ** 2) < 2.0


# ------------------------------------------------------------ null calibration
CALIBRATION = {
    # name: (statistic, weights matrix, transform)
    "gi_rook_binary": ("gi", lambda: _lattice(30, 30, "rook"), "binary"),
    "moran_queen_row": ("moran", lambda: _lattice(30, 30, "queen"), "row"),
    "gi_inverse_distance_row": ("gi", lambda: _inverse_distance_knn(900, 6, 2), "row"),
}


def _local(stat, y, weights, transform, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if stat == "gi":
            return LocalGetisOrd(y, weights, transform=transform, **kw)
        return LocalMoran(y, weights, transform=transform, **kw)


@pytest.mark.parametrize("case", sorted(CALIBRATION))
def test_null_calibration(case):
    stat, make, transform = CALIBRATION[case]
    matrix = make()
    weights = SpatialWeights(matrix)
    spaced = _separated(matrix)            # disjoint neighbourhoods: nearly independent tests
    assert len(spaced) >= 80          # 15 data sets: at least 1,200 p-values
    p = []
    for d in range(15):
        y = np.random.default_rng(1000 + d).normal(10, 1, matrix.shape[0])
        p.append(_local(stat, y, weights, transform, permutations=199, seed=d).p_sim[spaced])
    p = np.concatenate(p)
    # two-sided p takes the values 2 (m + 1) / 200, m = 0..99, equally likely: uniform on
    # ten bins of 0.1, and P(p <= 0.05) = 5 / 100 exactly
    edges = np.r_[0.0, np.arange(1, 11) / 10 + 0.005]          # between the grid values
    bins = np.histogram(p, bins=edges)[0]
    assert stats.chisquare(bins).pvalue > 1e-3, bins
    flagged = int((p <= 0.05).sum())
    assert stats.binomtest(flagged, len(p), 0.05).pvalue > 1e-3, (flagged, len(p))


def test_null_calibration_with_ties_is_conservative():
    # small counts make many permuted sums tie with the observed one: ties count in
    # both tails, so the test may only be conservative
    matrix = _lattice(30, 30, "rook")
    weights = SpatialWeights(matrix)
    spaced = _separated(matrix)
    p = np.concatenate([
        LocalGetisOrd(np.random.default_rng(d).poisson(1.5, 900).astype(float), weights,
                      permutations=199, seed=d).p_sim[spaced] for d in range(15)])
    flagged = int((p <= 0.05).sum())
    assert stats.binomtest(flagged, len(p), 0.05, alternative="greater").pvalue > 1e-3


# ----------------------------------------------------------------- coupling
SEEDS = 30
PERMS = 199


def _variance_bounds(seeds, level=1e-3):
    """Range of (sample variance / true variance) with seeds - 1 degrees of freedom."""
    df = seeds - 1
    return stats.chi2.ppf(level / 2, df) / df * 0.9, stats.chi2.ppf(1 - level / 2, df) / df * 1.1


def _coupling(p, alpha=0.05):
    """Two ratios equal to 1 (within noise) when features' Monte Carlo errors are independent.

    p: (seeds, features) p-values of the same data under different seeds.
    * errors: variance of the sum of the errors over the sum of their variances;
    * flags: variance of the number flagged at alpha over the sum of the features'
      Bernoulli variances.
    """
    seeds = p.shape[0]
    e = p - p.mean(axis=0)
    errors = e.sum(axis=1).var(ddof=1) / e.var(axis=0, ddof=1).sum()
    f = p <= alpha
    q = f.mean(axis=0)
    flags = f.sum(axis=1).var(ddof=1) / ((q * (1 - q)).sum() * seeds / (seeds - 1))
    return errors, flags


def _fixed_data():
    matrix = _lattice(30, 30, "queen")
    return np.random.default_rng(77).normal(10, 1, 900), matrix


def _shared_table_p(y, matrix, perms, seed):
    """The former engine's draws: ONE table of neighbours' draws for every feature
    (a draw of the feature itself replaced by the last feature)."""
    n = len(y)
    card = np.diff(matrix.indptr)
    rng = np.random.default_rng(seed)
    table = np.array([rng.choice(n - 1, card.max(), replace=False) for _ in range(perms)])
    sums = np.cumsum(y[table], axis=1)[:, card - 1]          # (perms, n)
    r, c = np.nonzero(table < n)
    v = table[r, c]
    hit = c < card[v]
    sums[r[hit], v[hit]] += y[n - 1] - y[v[hit]]
    obs = matrix @ y
    return pm.pseudo_p_values((sums >= obs).sum(axis=0), (sums <= obs).sum(axis=0), perms,
                              "two-sided")


@pytest.mark.parametrize("stat, transform", [("gi", "binary"), ("moran", "row")])
def test_errors_of_features_are_not_coupled(stat, transform):
    y, matrix = _fixed_data()
    weights = SpatialWeights(matrix)
    p = np.array([_local(stat, y, weights, transform, permutations=PERMS, seed=s).p_sim
                  for s in range(SEEDS)])
    low, high = _variance_bounds(SEEDS)
    errors, flags = _coupling(p)
    assert low < errors < high, errors
    assert low < flags < high, flags


def test_coupling_checks_detect_a_shared_draw_table():
    # the same checks on the former engine's scheme: both ratios far above the bound
    y, matrix = _fixed_data()
    p = np.array([_shared_table_p(y, matrix, PERMS, s) for s in range(SEEDS)])
    _, high = _variance_bounds(SEEDS)
    errors, flags = _coupling(p)
    assert errors > 5 * high and flags > 1.5 * high, (errors, flags)


# -------------------------------------------------------------- against esda
@pytest.fixture
def esda_interpreted(monkeypatch):
    """esda's engine as plain Python when numba is installed (compiling takes minutes)."""
    esda = pytest.importorskip("esda")
    import esda.crand
    import esda.getisord
    import esda.moran
    import esda.significance

    for module in (esda.crand, esda.significance, esda.getisord, esda.moran):
        for name, obj in list(vars(module).items()):
            if hasattr(obj, "py_func"):
                monkeypatch.setattr(module, name, obj.py_func)
    monkeypatch.setattr(esda.crand, "boolean", bool, raising=False)
    return esda


def test_p_sim_agrees_with_esda_within_monte_carlo_error(esda_interpreted):
    esda = esda_interpreted
    libpysal = pytest.importorskip("libpysal")
    gpd = pytest.importorskip("geopandas")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = gpd.read_file(libpysal.examples.get_path("baltim.shp"))
        xy = df[["X", "Y"]].to_numpy(float)
        w_ref = libpysal.weights.KNN.from_array(xy, k=6)
        y = df["PRICE"].to_numpy(float)
        perms = 999
        ref_m = esda.Moran_Local(y, w_ref, permutations=perms, seed=3, n_jobs=1)
        ref_g = esda.G_Local(y, w_ref, transform="B", star=True, permutations=perms, seed=3,
                             n_jobs=1)
    w = SpatialWeights.knn(xy, 6)
    ours_m = LocalMoran(y, w, permutations=perms, seed=4, alternative="greater")
    ours_g = LocalGetisOrd(y, w, permutations=perms, seed=4, alternative="greater")
    for ours, observed, sims in ((ours_m, ref_m.Is, ref_m.rlisas), (ours_g, ref_g.Gs, ref_g.rGs)):
        theirs = ((sims >= observed[:, None]).sum(axis=1) + 1) / (perms + 1)
        diff = ours.p_sim - theirs
        q = (ours.p_sim + theirs) / 2
        # two independent Monte Carlo estimates of the same p: E diff = 0,
        # var diff = 2 p (1 - p) / R
        ratio = np.sum(diff ** 2) / np.sum(2 * q * (1 - q) / perms)
        assert 0.5 < ratio < 1.6, ratio
        assert abs(diff.mean()) < 0.01
        assert np.mean((ours.p_sim <= 0.05) == (theirs <= 0.05)) > 0.9


# -------------------------------------------------------------- seeds, chunks
def test_same_seed_same_output_bit_for_bit(monkeypatch):
    y, matrix = _fixed_data()
    weights = SpatialWeights(matrix)
    a = LocalGetisOrd(y, weights, permutations=199, seed=5)
    b = LocalGetisOrd(y, weights, permutations=199, seed=5)
    c = LocalGetisOrd(y, weights, permutations=199, seed=6)
    for attr in ("p_sim", "z_sim", "EG_sim", "seG_sim"):
        assert np.array_equal(getattr(a, attr), getattr(b, attr)), attr
    assert not np.array_equal(a.z_sim, c.z_sim)
    # the draws do not depend on how many rows are held in memory at once (the
    # moments are summed in another order: equal to rounding)
    monkeypatch.setattr(pm, "_CHUNK_CELLS", 1000)
    d = LocalGetisOrd(y, weights, permutations=199, seed=5)
    assert np.array_equal(a.p_sim, d.p_sim)
    np.testing.assert_allclose(a.z_sim, d.z_sim, rtol=1e-10, atol=1e-12)
    m1 = LocalMoran(y, SpatialWeights(_inverse_distance_knn(900, 5, 3)), permutations=99, seed=1)
    m2 = LocalMoran(y, SpatialWeights(_inverse_distance_knn(900, 5, 3)), permutations=99, seed=1)
    assert np.array_equal(m1.p_sim, m2.p_sim) and np.array_equal(m1.EI_sim, m2.EI_sim)


# ---------------------------------------------------------------- bad input
def test_bad_input_and_cancellation():
    matrix = _lattice(4, 4)
    y = np.arange(16.0)
    with pytest.raises(InputError, match="4 x 4|16 x 16"):
        pm.conditional_lag_reference(y[:10], matrix, np.ones(10, bool), 9, 1)
    with pytest.raises(InputError, match="alternative"):
        pm.pseudo_p_values([1], [1], 9, "both")
    with pytest.raises(Cancelled):
        pm.conditional_lag_reference(y, matrix, np.ones(16, bool), 99, 1,
                                     should_stop=lambda: True)
    none = pm.conditional_lag_reference(y, matrix, np.zeros(16, bool), 99, 1)
    assert np.isnan(none.n_ge).all() and none.permutations == 99
    zero = pm.conditional_lag_reference(y, matrix, np.ones(16, bool), 0, 1)
    assert np.isnan(zero.n_ge).all() and np.isnan(zero.sd).all()

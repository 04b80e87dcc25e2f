"""Neighbourhood typologies: the whole run from indicator table to named, profiled types.

:func:`classify_neighbourhoods` prepares the indicators (imputation, standardisation,
weights), runs one method for one k or for every k = 2..K_max, chooses k by a stated
rule, numbers the types by decreasing size, measures each neighbourhood's silhouette,
stability and distance to its type's centre, picks representatives, profiles and
names the types.  Plain numpy/scipy/pandas; no QGIS, no scikit-learn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps
from . import methods as M
from .metrics import centres_of, criteria_table
from .naming import TypeName, load_rules, name_types
from .prepare import PreparedData, prepare_indicators
from .spatial import (connect_graph, contiguity_graph, count_pieces, skater_partitions,
                      ward_contiguity_children)
from .stability import subsample_stability
from .threads import single_blas_thread

__all__ = ["classify_neighbourhoods", "TypologyResult", "METHODS", "SPATIAL_METHODS",
           "choose_k", "K_RULE"]

METHODS = ("kmeans", "ward", "gmm", "kmedoids", "ward_contiguity", "skater")
SPATIAL_METHODS = ("ward_contiguity", "skater")
K_RULE = ("k with the best mean rank over the three criteria (Calinski-Harabasz: higher is "
          "better, silhouette: higher is better, Davies-Bouldin: lower is better); ties go to "
          "the higher mean silhouette, then to the smaller k")
_NOT_SEED = {"", "0", "0.0", "false", "no", "none", "null", "nan"}


@dataclass
class TypologyResult:
    """What :func:`classify_neighbourhoods` returns.

    Attributes
    ----------
    table : DataFrame
        One row per neighbourhood, input order and index: the id, ``type_id`` (1..k by
        decreasing size), ``type_name``, ``silhouette``, ``stability``,
        ``dist_to_centre``, ``is_representative`` (0/1), ``rep_rank``.
    k_table : DataFrame
        One row per k evaluated: criteria, ranks and the ``chosen`` flag.
    profiles : DataFrame
        One row per type: size, population, contiguous pieces, name, rule and reason,
        mean, standardised median and R^2 of every indicator.
    """

    table: pd.DataFrame
    k_table: pd.DataFrame
    profiles: pd.DataFrame
    k: int
    method: str
    names: List[TypeName]
    prepared: PreparedData
    labels: np.ndarray
    rules_version: str = ""
    stability_scheme: str = ""
    notes: Notes = field(default_factory=Notes)


def choose_k(rows: List[dict]) -> int:
    """The k chosen by :data:`K_RULE` from criteria rows (dicts with k and the criteria)."""
    table = pd.DataFrame(rows)
    ranks = (table["calinski_harabasz"].rank(ascending=False)
             + table["silhouette"].rank(ascending=False)
             + table["davies_bouldin"].rank(ascending=True)) / 3.0
    order = sorted(range(len(table)), key=lambda i: (ranks[i], -table["silhouette"][i],
                                                      table["k"][i]))
    return int(table["k"][order[0]])


def _seed_groups(values, ids, notes):
    """Seed groups from a 0/1 or named field: (list of row arrays, list of names or None)."""
    text = pd.Series(values, dtype=object).map(lambda v: "" if v is None or v != v else str(v))
    text = text.str.strip()
    marked = ~text.str.lower().isin(_NOT_SEED)
    if not marked.any():
        raise InputError("the seeds field marks no neighbourhood (all empty or 0)")
    flags = text[marked].str.lower().isin({"1", "1.0", "true", "yes"})
    if flags.all():
        groups = [np.array([i]) for i in np.flatnonzero(marked.to_numpy())]
        notes.say(f"{len(groups)} seed neighbourhoods (0/1 field): each anchors one type: "
                  + ", ".join(map(str, ids[np.flatnonzero(marked.to_numpy())])))
        return groups, None
    names = list(dict.fromkeys(text[marked].tolist()))
    groups = [np.flatnonzero((text == name).to_numpy()) for name in names]
    notes.say(f"{len(names)} named seed groups fix k = {len(names)}: " + "; ".join(
        f"{name}: {', '.join(map(str, ids[g]))}" for name, g in zip(names, groups)))
    return groups, names


def _fit(method, X, k, seed, init=None, medoids=None):
    if method == "kmeans":
        return M.kmeans(X, k, seed=seed, init=init)
    if method == "kmedoids":
        return M.kmedoids(X, k, seed=seed, init_medoids=medoids)
    if method == "gmm":
        labels = M.kmeans(X, k, seed=seed, init=init).labels if init is not None else None
        return M.gaussian_mixture(X, k, seed=seed, init_labels=labels)
    raise InputError(f"unknown method {method!r}")


def _partitions(method, X, ks, *, seed, graph, min_size, bound, min_bound, anchors, steps, notes):
    """Labels for every k in ks (dict), and the medoids per k for k-medoids."""
    out, medoids = {}, {}
    if method == "ward":
        children = M.ward_children(X)
        return {k: M.cut_children(children, len(X), k) for k in ks}, medoids
    if method == "ward_contiguity":
        children = ward_contiguity_children(X, graph.matrix, steps=steps)
        return {k: M.cut_children(children, len(X), k) for k in ks}, medoids
    if method == "skater":
        parts, reached = skater_partitions(X, graph.matrix, max(ks), min_size=min_size,
                                           bound=bound, min_bound=min_bound, steps=steps)
        if reached < max(ks):
            notes.warn(f"SKATER: the minimum region size allows at most {reached} regions; "
                       f"k above {reached} not evaluated")
        kept = [k for k in ks if k in parts]
        if not kept:
            raise InputError(f"SKATER: the minimum region size or population allows no split "
                             f"into {min(ks)} regions; lower the minimum")
        return {k: parts[k] for k in kept}, medoids
    init, start = (anchors if anchors is not None else (None, None))
    for i, k in enumerate(ks):
        fit = _fit(method, X, k, seed, init=init, medoids=start)
        out[k] = fit.labels
        if fit.medoids is not None:
            medoids[k] = fit.medoids
        steps.report((i + 1) / len(ks))
    return out, medoids


def _rerun_factory(method, X, k, graph, xy, min_size, bound, min_bound):
    def rerun(rows, rng):
        sub = X[rows]
        if method in ("kmeans", "kmedoids"):
            fn = M.kmeans if method == "kmeans" else M.kmedoids
            return fn(sub, k, seed=rng, n_init=1).labels
        if method == "gmm":
            return M.gaussian_mixture(sub, k, seed=rng).labels
        if method == "ward":
            return M.cut_children(M.ward_children(sub), len(rows), k)
        g = connect_graph(graph.raw_matrix[rows][:, rows], xy[rows])
        if method == "ward_contiguity":
            return M.cut_children(ward_contiguity_children(sub, g.matrix), len(rows), k)
        parts, reached = skater_partitions(sub, g.matrix, k, min_size=min_size,
                                           bound=None if bound is None else bound[rows],
                                           min_bound=min_bound)
        return parts[reached]
    return rerun


def _order_by_size(labels, k):
    sizes = np.bincount(labels, minlength=k)
    order = np.argsort(-sizes, kind="stable")
    new = np.empty(k, dtype=np.int64)
    new[order] = np.arange(k)
    return new[labels], new


def _representatives(X, labels, k, n_rep, medoid_rows=None):
    """dist_to_centre and representative rank (1 = most representative, 0 = not one)."""
    centres = centres_of(X, labels, k)
    if medoid_rows is not None:
        centres = X[medoid_rows]
    dist = np.sqrt(((X - centres[labels]) ** 2).sum(axis=1))
    rank = np.zeros(len(labels), dtype=np.int64)
    order = np.lexsort((np.arange(len(labels)), dist, labels))
    sorted_labels = labels[order]
    first = np.searchsorted(sorted_labels, np.arange(k))
    position = np.arange(len(labels)) - first[sorted_labels]
    chosen = position < n_rep
    rank[order[chosen]] = position[chosen] + 1
    return dist, rank


def classify_neighbourhoods(frame, id_field: str, fields: Sequence[str], *,
                            method: str = "kmeans", k: int = 0, k_max: int = 10, seed: int = 1,
                            field_weights: Optional[Sequence[float]] = None,
                            standardisation: str = "zscore", imputation: str = "median",
                            seeds_field: Optional[str] = None,
                            population_field: Optional[str] = None,
                            min_region_size: int = 1,
                            min_region_population: Optional[float] = None,
                            stability_runs: int = 100, subsample: float = 0.8,
                            n_representatives: int = 3, rules=None,
                            naming_fields: Sequence[str] = (),
                            progress=None, should_stop=None) -> TypologyResult:
    """Group neighbourhoods into types, choose k, and describe, name and check the types.

    Parameters
    ----------
    frame : GeoDataFrame or DataFrame
        One row per neighbourhood; polygons (projected CRS) are needed by the spatial
        methods and to count each type's contiguous pieces.
    id_field : str
        Unique neighbourhood id.
    fields : sequence of str
        Indicator fields.
    method : {"kmeans", "ward", "gmm", "kmedoids", "ward_contiguity", "skater"}
        ``ward_contiguity`` and ``skater`` make contiguous types (regions) on the queen
        contiguity of the polygons.
    k : int
        Number of types; 0 chooses k among 2..``k_max`` by :data:`K_RULE`.
    seed : int
        Seed of every random choice (starts, subsamples): same seed, same result.
    field_weights, standardisation, imputation
        See :func:`~.prepare.prepare_indicators`.
    seeds_field : str, optional
        0/1 or named field marking exemplar neighbourhoods: the seeds fix k (one type per
        seed, or per distinct name) and anchor the starts of k-means, k-medoids and the
        mixture; named seeds name their types.
    population_field : str, optional
        Residents, for the profiles and ``min_region_population``.
    min_region_size, min_region_population : SKATER's minimum neighbourhoods and
        residents per region.
    stability_runs, subsample : re-runs and share drawn for
        :func:`~.stability.subsample_stability` (0 runs: stability left empty).
    n_representatives : int
        Representatives per type (the medoid, or the members nearest the type's mean).
    rules : dict or str, optional
        A rule set from :func:`~.naming.load_rules` or a path; default the shipped file.
    naming_fields : sequence of str
        Extra fields used only to name types (e.g. a historic-centre flag).

    Returns
    -------
    TypologyResult

    References
    ----------
    Everitt, B. S., Landau, S., Leese, M. and Stahl, D. (2011). Cluster Analysis, 5th
    edition. Wiley (k selection with several criteria, chapter 5).

    Milligan, G. W. and Cooper, M. C. (1985). An examination of procedures for
    determining the number of clusters in a data set. Psychometrika 50(2), 159-179.
    """
    steps = as_steps(progress, should_stop)
    if method not in METHODS:
        raise InputError(f"method must be one of {METHODS}; got {method!r}")
    notes = Notes()
    ids = _checked_ids(frame, id_field)
    n = len(ids)
    prepared = prepare_indicators(frame, fields, weights=field_weights,
                                  standardisation=standardisation, imputation=imputation, ids=ids)
    notes.extend(prepared.notes)
    X = prepared.X
    population = _numeric(frame, population_field, notes) if population_field else None
    graph, xy = _graph(frame, ids, method, notes)
    anchors, seed_groups, seed_names = None, None, None
    if seeds_field:
        seed_groups, seed_names = _seed_groups(np.asarray(frame[seeds_field], dtype=object),
                                               ids, notes)
        if k and k != len(seed_groups):
            notes.warn(f"k = {k} given, but the seeds define {len(seed_groups)} types: the "
                       "seeds decide")
        k = len(seed_groups)
        anchors = _anchors(method, X, seed_groups, notes)
    ks = _ks(n, k, k_max, notes)
    steps.report(0.05)
    bound = population if min_region_population else None
    parts, medoids = _partitions(method, X, ks, seed=seed, graph=graph,
                                 min_size=min_region_size, bound=bound,
                                 min_bound=min_region_population, anchors=anchors,
                                 steps=steps.part(0.05, 0.35), notes=notes)
    ks = _distinct_ks(X, parts, notes)
    rows, sil = criteria_table(X, [parts[j] for j in ks], steps=steps.part(0.35, 0.6))
    chosen = ks[0] if len(ks) == 1 else choose_k(rows)
    k_table = _k_table(rows, chosen, parts)
    if len(ks) > 1:
        notes.say(f"k = {chosen} chosen among k = {ks[0]}..{ks[-1]}: {K_RULE}")
    labels, mapping = _order_by_size(parts[chosen], chosen)
    medoid_rows = None
    if chosen in medoids:
        medoid_rows = np.empty(chosen, dtype=np.int64)
        medoid_rows[mapping] = medoids[chosen]
    with single_blas_thread():
        dist, rep_rank = _representatives(X, labels, chosen, max(1, int(n_representatives)),
                                          medoid_rows)
    stability, scheme = _stability(method, X, labels, chosen, graph, xy, seed, stability_runs,
                                   subsample, min_region_size, bound, min_region_population,
                                   steps.part(0.6, 0.95))
    names, profiles = _describe(frame, prepared, labels, chosen, population, graph, rules,
                                naming_fields, seed_groups, seed_names, ids, notes)
    table = pd.DataFrame({
        id_field: ids,
        "type_id": labels + 1,
        "type_name": [names[t].name for t in labels],
        "silhouette": sil[:, ks.index(chosen)],
        "stability": stability,
        "dist_to_centre": dist,
        "is_representative": (rep_rank > 0).astype(np.int64),
        "rep_rank": rep_rank,
    }, index=frame.index)
    steps.report(1.0)
    rules_version = profiles.attrs.get("rules_version", "")
    return TypologyResult(table, k_table, profiles, chosen, method, names, prepared, labels,
                          rules_version, scheme, notes)


def _checked_ids(frame, id_field):
    if id_field not in frame.columns:
        raise InputError(f"id field {id_field!r} not found; available: "
                         f"{', '.join(map(str, frame.columns))}")
    ids = np.asarray(frame[id_field], dtype=object)
    series = pd.Series(ids)
    if series.isna().any():
        raise InputError(f"{int(series.isna().sum())} neighbourhoods have no id in {id_field}")
    dup = series[series.duplicated(keep=False)].astype(str).unique()
    if dup.size:
        raise InputError(f"neighbourhood ids must be unique; duplicated in {id_field}: "
                         + ", ".join(dup[:20]))
    return ids


def _numeric(frame, name, notes):
    if name not in frame.columns:
        raise InputError(f"field {name!r} not found")
    values = pd.to_numeric(pd.Series(np.asarray(frame[name], dtype=object)), errors="coerce")
    values = values.to_numpy(dtype=float, na_value=np.nan)
    if np.isnan(values).any():
        notes.warn(f"{name}: {int(np.isnan(values).sum())} missing values (counted as 0 in "
                   "type populations and region minimums)")
    return np.nan_to_num(values, nan=0.0)


def _graph(frame, ids, method, notes):
    """Contiguity graph and reference points; None when the frame has no polygons."""
    import shapely

    geometry = getattr(frame, "geometry", None) if hasattr(frame, "geometry") else None
    if geometry is None:
        if method in SPATIAL_METHODS:
            raise InputError(f"method {method} needs the neighbourhood polygons")
        return None, None
    try:
        graph = contiguity_graph(geometry, ids)
    except InputError as error:
        if method in SPATIAL_METHODS:
            raise
        notes.warn(f"contiguous pieces per type not counted: {error}")
        return None, None
    notes.extend(graph.notes)
    xy = shapely.get_coordinates(shapely.point_on_surface(np.asarray(geometry.values)))
    return graph, xy


def _anchors(method, X, groups, notes):
    if method in ("ward", "ward_contiguity", "skater"):
        notes.warn(f"method {method} has no starting centres: the seeds fix k and name the "
                   "types that contain them, but do not anchor them")
        return None
    centres = np.vstack([X[g].mean(axis=0) for g in groups])
    medoids = np.array([g[np.argmin(((X[g] - c) ** 2).sum(axis=1))]
                        for g, c in zip(groups, centres)])
    return centres, medoids


def _ks(n, k, k_max, notes):
    if n < 4:
        raise InputError(f"{n} neighbourhoods: a typology needs at least 4 (2 types of 2)")
    if k:
        if k < 2:
            raise InputError(f"k must be at least 2 (or 0 to choose); got {k}")
        if n < 2 * k:
            raise InputError(f"{n} neighbourhoods are fewer than 2 x k = {2 * k}: each type "
                             "needs at least two members on average; lower k")
        return [int(k)]
    top = min(int(k_max), n // 2)
    if top < int(k_max):
        notes.warn(f"K_max lowered from {k_max} to {top}: {n} neighbourhoods allow at most "
                   f"{top} types of two")
    if top < 2:
        raise InputError(f"K_max must be at least 2; got {k_max}")
    return list(range(2, top + 1))


def _distinct_ks(X, parts, notes):
    """The k whose partitions have k non-empty types; a k that cannot be reached because
    the neighbourhoods have fewer distinct indicator profiles is dropped and said."""
    reached = {k: len(np.unique(labels)) for k, labels in parts.items()}
    kept = sorted(k for k, m in reached.items() if m == k)
    if not kept:
        distinct = len(np.unique(np.round(X, 12), axis=0))
        raise InputError(f"the neighbourhoods have only {distinct} distinct indicator "
                         f"profile(s) after standardisation: {max(reached)} types cannot be "
                         "formed; use fewer types or more varied indicators")
    dropped = sorted(set(reached) - set(kept))
    if dropped:
        notes.warn(f"k = {', '.join(map(str, dropped))} left out: the neighbourhoods have too "
                   "few distinct indicator profiles for that many types")
    return kept


def _k_table(rows, chosen, parts):
    table = pd.DataFrame(rows)
    table["rank_calinski_harabasz"] = table["calinski_harabasz"].rank(ascending=False)
    table["rank_silhouette"] = table["silhouette"].rank(ascending=False)
    table["rank_davies_bouldin"] = table["davies_bouldin"].rank(ascending=True)
    table["mean_rank"] = table[["rank_calinski_harabasz", "rank_silhouette",
                                "rank_davies_bouldin"]].mean(axis=1)
    table["smallest_type"] = [int(np.bincount(parts[k]).min()) for k in table["k"]]
    table["chosen"] = (table["k"] == chosen).astype(np.int64)
    return table


def _stability(method, X, labels, k, graph, xy, seed, runs, fraction, min_size, bound,
               min_bound, steps):
    if runs <= 0:
        return np.full(len(labels), np.nan), "not computed (0 re-runs)"
    if not 0.1 <= fraction < 1.0:
        raise InputError(f"the subsample share must be between 0.1 and 1 (excluded); got "
                         f"{fraction}")
    rerun = _rerun_factory(method, X, k, graph, xy, min_size, bound, min_bound)
    stability, _ = subsample_stability(labels, rerun, runs=runs, fraction=fraction,
                                       seed=np.random.SeedSequence([int(seed), 7919]),
                                       steps=steps)
    scheme = (f"{runs} re-runs of {method} with k = {k} on random {fraction:.0%} subsamples "
              "(new random start each); stability = mean Jaccard agreement of the "
              "neighbourhood's co-members between the full solution and the re-run")
    return stability, scheme


def _describe(frame, prepared, labels, k, population, graph, rules, naming_fields,
              seed_groups, seed_names, ids, notes):
    from .profiles import type_profiles

    rules = load_rules(rules) if rules is None or isinstance(rules, str) else rules
    extra = {}
    for name in naming_fields:
        if name and name not in prepared.fields:
            extra[name] = pd.to_numeric(pd.Series(np.asarray(frame[name], dtype=object)),
                                        errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    pieces = count_pieces(graph.raw_matrix, labels) if graph is not None else None
    profiles, z, shares = type_profiles(prepared, labels, k, population=population,
                                        pieces=pieces, extra=extra)
    names = name_types(z, shares, rules, list(prepared.fields) + list(extra))
    if seed_names is not None:
        _names_from_seeds(names, labels, seed_groups, seed_names, ids, notes)
    profiles.insert(1, "type_name", [t.name for t in names])
    profiles.insert(2, "rule", [t.rule for t in names])
    profiles.insert(3, "reason", [t.reason for t in names])
    profiles.attrs["rules_version"] = f"{rules.get('version')} ({rules.get('path', 'given')})"
    for t in names:
        notes.say(f"type {t.type_id} '{t.name}': {t.reason}")
    return names, profiles


def _names_from_seeds(names, labels, groups, seed_names, ids, notes):
    for t in names:
        inside = [name for name, g in zip(seed_names, groups) if np.any(labels[g] == t.type_id - 1)]
        if len(inside) == 1:
            members = [g for name, g in zip(seed_names, groups) if name == inside[0]][0]
            t.name, t.rule = inside[0], "user seed"
            t.reason = (f"contains the seed neighbourhood(s) marked '{inside[0]}': "
                        + ", ".join(map(str, ids[members[labels[members] == t.type_id - 1]])))
        elif len(inside) > 1:
            notes.warn(f"type {t.type_id} contains seeds of several names ({', '.join(inside)}); "
                       f"named by the rules: {t.name}")
    for name, g in zip(seed_names, groups):
        if len(np.unique(labels[g])) > 1:
            notes.warn(f"the seeds marked '{name}' ended in different types")

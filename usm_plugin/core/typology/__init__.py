"""Neighbourhood typologies: cluster neighbourhoods into Safer Cities types.

Modules: ``prepare`` (imputation, standardisation, weights), ``methods`` (k-means,
Ward, Gaussian mixture, k-medoids), ``spatial`` (contiguity, Ward with contiguity,
SKATER), ``metrics`` (silhouette, Calinski-Harabasz, Davies-Bouldin), ``stability``,
``naming`` (rule file), ``profiles``, ``classify`` (the whole run), ``targets``
(targets projected by type) and ``report`` (HTML summary).
"""

"""Small count-regression fitters for Risk Terrain Modeling (no statsmodels at run time).

* :func:`poisson_fit`: Poisson GLM with log link by iteratively reweighted least
  squares (Newton), optional exposure (number of cells sharing a covariate
  pattern), Wald standard errors.
* :func:`negbin_fit`: NB2 negative binomial (variance ``mu + alpha mu^2``),
  ``alpha`` by maximum likelihood on the profile likelihood, coefficients by IRLS.
* :func:`poisson_lasso_path`: L1-penalised Poisson regression along a path of
  penalties (coordinate descent on the IRLS quadratic, glmnet-style), on
  standardised columns, intercept unpenalised.

References
----------
McCullagh, P., Nelder, J. A. (1989). *Generalized Linear Models*, 2nd ed. Chapman & Hall.

Cameron, A. C., Trivedi, P. K. (2013). *Regression Analysis of Count Data*, 2nd ed.
Cambridge University Press (NB2).

Friedman, J., Hastie, T., Tibshirani, R. (2010). Regularization paths for generalized
linear models via coordinate descent. *Journal of Statistical Software*, 33(1), 1-22.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..runtime import InputError


@dataclass
class GlmFit:
    """Coefficients (intercept first), Wald standard errors, log-likelihood, NB alpha."""

    coef: np.ndarray
    se: np.ndarray
    loglik: float
    alpha: float = 0.0
    iterations: int = 0
    converged: bool = True


def _design(X):
    X = np.asarray(X, dtype=float)
    return np.column_stack([np.ones(len(X)), X])


def poisson_fit(X, y, exposure=None, *, tol: float = 1e-10, max_iter: int = 100) -> GlmFit:
    """Poisson regression with log link (intercept added), by Newton/IRLS.

    ``exposure`` multiplies the mean (offset ``log exposure``), so cells with the
    same covariates can be fitted as one row with summed counts.
    """
    from scipy.special import gammaln

    A = _design(X)
    y = np.asarray(y, dtype=float)
    e = np.ones(len(y)) if exposure is None else np.asarray(exposure, dtype=float)
    beta = np.zeros(A.shape[1])
    beta[0] = np.log(max(y.sum(), 1e-10) / e.sum())
    converged = False
    for it in range(1, max_iter + 1):
        mu = e * np.exp(A @ beta)
        grad = A.T @ (y - mu)
        hess = (A * mu[:, None]).T @ A
        try:
            step = np.linalg.solve(hess, grad)
        except np.linalg.LinAlgError as exc:
            raise InputError("the Poisson model cannot be fitted: the factors are collinear "
                             "(one factor column equals another or a combination)") from exc
        beta = beta + step
        if np.max(np.abs(step)) < tol:
            converged = True
            break
    mu = e * np.exp(A @ beta)
    cov = np.linalg.inv((A * mu[:, None]).T @ A)
    ll = float(np.sum(y * np.log(np.where(mu > 0, mu, 1.0)) - mu - gammaln(y + 1)))
    return GlmFit(beta, np.sqrt(np.diag(cov)), ll, 0.0, it, converged)


def _nb_irls(A, y, alpha, beta, tol=1e-10, max_iter=100):
    for _ in range(max_iter):
        mu = np.exp(A @ beta)
        w = mu / (1.0 + alpha * mu)
        grad = A.T @ ((y - mu) / (1.0 + alpha * mu))
        hess = (A * w[:, None]).T @ A
        step = np.linalg.solve(hess, grad)
        beta = beta + step
        if np.max(np.abs(step)) < tol:
            break
    return beta


def _nb_loglik(y, mu, alpha):
    from scipy.special import gammaln

    r = 1.0 / alpha
    return float(np.sum(gammaln(y + r) - gammaln(r) - gammaln(y + 1)
                        + r * np.log(r / (r + mu)) + y * np.log(mu / (r + mu))))


def negbin_fit(X, y) -> GlmFit:
    """NB2 negative binomial regression; ``alpha`` by profile maximum likelihood.

    Falls back to ``alpha`` near 0 (Poisson) when the data are not overdispersed.
    """
    from scipy.optimize import minimize_scalar

    A = _design(X)
    y = np.asarray(y, dtype=float)
    start = poisson_fit(X, y).coef

    def negll(log_alpha):
        alpha = np.exp(log_alpha)
        beta = _nb_irls(A, y, alpha, start.copy())
        return -_nb_loglik(y, np.exp(A @ beta), alpha)

    opt = minimize_scalar(negll, bounds=(np.log(1e-8), np.log(1e3)), method="bounded",
                          options={"xatol": 1e-10})
    alpha = float(np.exp(opt.x))
    beta = _nb_irls(A, y, alpha, start.copy())
    mu = np.exp(A @ beta)
    cov = np.linalg.inv((A * (mu / (1.0 + alpha * mu))[:, None]).T @ A)
    return GlmFit(beta, np.sqrt(np.diag(cov)), _nb_loglik(y, mu, alpha), alpha)


def poisson_lasso_path(X, y, exposure, lambdas, *, tol: float = 1e-7, outer_tol: float = 1e-5,
                       max_outer: int = 50):
    """Coefficients (intercept, slopes on the original scale) for each penalty in ``lambdas``.

    Rows may be aggregated covariate patterns: ``y`` summed counts, ``exposure``
    the number of cells.  The penalty is ``lambda * sum |b_j|`` on standardised
    columns, the log-likelihood divided by the number of cells (as glmnet).  The
    IRLS iterations stop when no standardised coefficient moves by ``outer_tol``
    (the path selects columns; the kept ones are refitted exactly afterwards).
    Returns an array of shape (len(lambdas), 1 + p).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    e = np.asarray(exposure, dtype=float)
    n_cells = e.sum()
    mean = (X * e[:, None]).sum(axis=0) / n_cells
    sd = np.sqrt(np.maximum((((X - mean) ** 2) * e[:, None]).sum(axis=0) / n_cells, 1e-300))
    Z = (X - mean) / sd
    p = X.shape[1]
    b0 = np.log(max(y.sum(), 1e-10) / n_cells)
    b = np.zeros(p)
    out = np.zeros((len(lambdas), 1 + p))
    for k, lam in enumerate(lambdas):
        for _ in range(max_outer):
            eta = b0 + Z @ b
            mu = e * np.exp(eta)
            w = mu / n_cells                          # IRLS weights
            z = eta + (y - mu) / np.where(mu > 0, mu, 1e-300)
            # coordinate descent on the weighted least-squares problem (Gram form), the
            # gradient kept up to date; after a full sweep only the active set is cycled
            Zw = Z * np.sqrt(w)[:, None]
            G = Zw.T @ Zw
            sw, wZ = w.sum(), Z.T @ w
            b_old, b0_old = b.copy(), b0
            b0 = ((w * z).sum() - wZ @ b) / sw
            grad = Z.T @ (w * z) - G @ b - wZ * b0        # partial residual correlations
            diag = np.diag(G)
            full = True
            for _ in range(500):
                delta = 0.0
                for j in (range(p) if full else np.flatnonzero(b)):
                    rj = grad[j] + diag[j] * b[j]
                    a = abs(rj) - lam
                    new = (a if rj > 0 else -a) / diag[j] if a > 0 and diag[j] > 0 else 0.0
                    step = new - b[j]
                    if step != 0.0:
                        grad -= G[:, j] * step
                        b[j] = new
                        delta = max(delta, abs(step))
                b0_new = ((w * z).sum() - wZ @ b) / sw
                if b0_new != b0:
                    grad -= wZ * (b0_new - b0)
                    delta = max(delta, abs(b0_new - b0))
                    b0 = b0_new
                if delta < tol:
                    if full:
                        break
                    full = True
                else:
                    full = False
            if max(np.max(np.abs(b - b_old)) if p else 0.0, abs(b0 - b0_old)) < outer_tol:
                break
        slopes = b / sd
        out[k, 0] = b0 - slopes @ mean
        out[k, 1:] = slopes
    return out


def lambda_max(X, y, exposure) -> float:
    """Smallest penalty at which every slope of :func:`poisson_lasso_path` is 0."""
    X = np.asarray(X, dtype=float)
    e = np.asarray(exposure, dtype=float)
    n_cells = e.sum()
    mean = (X * e[:, None]).sum(axis=0) / n_cells
    sd = np.sqrt(np.maximum((((X - mean) ** 2) * e[:, None]).sum(axis=0) / n_cells, 1e-300))
    mu = e * np.asarray(y, float).sum() / n_cells
    return float(np.max(np.abs(((X - mean) / sd).T @ (np.asarray(y, float) - mu))) / n_cells)


def poisson_deviance(y, mu) -> float:
    y = np.asarray(y, dtype=float)
    mu = np.asarray(mu, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        term = np.where(y > 0, y * np.log(y / mu), 0.0)
    return float(2.0 * np.sum(term - (y - mu)))

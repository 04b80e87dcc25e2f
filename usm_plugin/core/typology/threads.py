"""One BLAS thread for the many small matrix products of iterative clustering.

Lloyd iterations, k-means++ seeding and EM steps multiply a (n x p) matrix by a few
centres thousands of times.  A multi-threaded BLAS (OpenBLAS) starts and synchronises
its threads for every one of those small products; on a busy machine that costs 10 to
50 times the product itself.  scikit-learn limits BLAS to one thread in its k-means
for the same reason.  When ``threadpoolctl`` is installed (it comes with scikit-learn)
:func:`single_blas_thread` does the same; without it, it does nothing.
"""

from __future__ import annotations

import contextlib

__all__ = ["single_blas_thread"]

_CONTROLLER = None


def single_blas_thread():
    """Context manager limiting BLAS to one thread (no-op without threadpoolctl)."""
    global _CONTROLLER
    if _CONTROLLER is None:
        try:
            from threadpoolctl import ThreadpoolController
        except ImportError:
            _CONTROLLER = False
        else:
            _CONTROLLER = ThreadpoolController()
    if _CONTROLLER is False:
        return contextlib.nullcontext()
    return _CONTROLLER.limit(limits=1, user_api="blas")

# scipy.sparse.linalg.svds timings of SvdsBench's operation: k = 6 largest singular triplets of the
# incidence matrix of a rows x (rows + 50) grid graph (horizontal edges first, then vertical ones,
# nodes row by row), tol = 0 (machine precision), with the ARPACK solver (Lanczos on A^T A) and
# the PROPACK one (Lanczos bidiagonalization; at tol = 0 it stops at its default limit of 10 k
# iterations without converging on this matrix, which is printed).
# Run: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 jmh/python/svds_peers.py
# Prints milliseconds per call (best of 3 repeats) and the singular values.
import time
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla


def diff(m):
    return sp.diags_array([-np.ones(m - 1), np.ones(m - 1)], offsets=[0, 1], shape=(m - 1, m))


def gradient(r, c):
    return sp.vstack([sp.kron(sp.eye(r), diff(c)), sp.kron(diff(r), sp.eye(c))]).tocsr()


def best(f, repeat=3):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return 1e3 * min(times)


for rows in (100,):
    a = gradient(rows, rows + 50)
    for solver in ("arpack", "propack"):
        try:
            s = sla.svds(a, 6, tol=0, solver=solver, return_singular_vectors=False)
        except np.linalg.LinAlgError as e:  # PROPACK's default kmax is 10 k
            print("rows=%d svds k=6 %s: %s" % (rows, solver, e))
            continue
        print("rows=%d %dx%d svds k=6 %s: %.1f ms, values %s"
              % (rows, a.shape[0], a.shape[1], solver,
                 best(lambda: sla.svds(a, 6, tol=0, solver=solver)), np.sort(s)[::-1]))

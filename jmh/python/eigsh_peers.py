# scipy.sparse.linalg.eigsh timings of the operations in EigshBench, on the same 2-D Poisson
# matrices: k = 6, tol = 0 (machine precision), which='LM'; and shift-invert at sigma = 0 (splu).
# Run: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 jmh/python/eigsh_peers.py [side ...]
# (default sides 100 200, as EigshBench; 316, n = 99,856, is EigshLargeBench's case).
# Prints milliseconds per call (best of 3 repeats) and ARPACK's operator applications.
import sys
import time
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla


def poisson(k):
    t = sp.diags_array([-1.0, 2.0, -1.0], offsets=[-1, 0, 1], shape=(k, k))
    return (sp.kron(sp.eye(k), t) + sp.kron(t, sp.eye(k))).tocsr()


def best(f, repeat=3):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return 1e3 * min(times)


for side in [int(x) for x in sys.argv[1:]] or [100, 200]:
    a = poisson(side)
    n = a.shape[0]
    count = [0]

    def matvec(x):
        count[0] += 1
        return a @ x

    op = sla.LinearOperator((n, n), matvec=matvec, dtype=float)
    sla.eigsh(op, 6, which="LM", tol=0)
    products = count[0]
    print("side=%d n=%d eigsh LM k=6: %.1f ms (%d products)"
          % (side, n, best(lambda: sla.eigsh(a, 6, which="LM", tol=0)), products))
    c = a.tocsc()
    print("side=%d n=%d eigsh sigma=0 k=6: %.1f ms" % (side, n, best(lambda: sla.eigsh(c, 6, sigma=0.0, tol=0))))

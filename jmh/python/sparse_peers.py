# scipy.sparse timings of the operations in SparseBench, on the same matrices.
# Run: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 jmh/python/sparse_peers.py [--thread-time] [cholesky]
# Prints milliseconds per call, best of 5 repeats, by wall-clock time (by the thread's CPU time with
# --thread-time, a steadier guide on a loaded machine); "cholesky" runs only the factorizations of
# SparseBench.Spd (bcsstk13 from the benchmark resources, Poisson k = 300). The product is also
# timed as the median and mean of 200 calls after 20 warm-up calls, the statistic JMH's average
# compares with, both as `a @ x` (which allocates y) and as its csr_matvec kernel into a
# preallocated y.
import os
import sys
import time
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla
import scipy.io as sio
from scipy.sparse import _sparsetools


def poisson(k):
    t = sp.diags_array([-1.0, 2.0, -1.0], offsets=[-1, 0, 1], shape=(k, k))
    return (sp.kron(sp.eye(k), t) + sp.kron(t, sp.eye(k))).tocsr()


CLOCK = time.thread_time if "--thread-time" in sys.argv else time.perf_counter


def best(f, repeat=5, number=1):
    times = []
    for _ in range(repeat):
        t0 = CLOCK()
        for _ in range(number):
            f()
        times.append((CLOCK() - t0) / number)
    return 1e3 * min(times)


def symmetric_splu(s):
    # SuperLU as a Cholesky stand-in: MMD on A + A^T, diagonal pivots only
    return sla.splu(s, permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0, options=dict(SymmetricMode=True))


def cholesky_peers():
    here = os.path.dirname(os.path.abspath(__file__))
    mtx = os.path.join(here, "..", "src", "main", "resources", "jnum", "bench", "bcsstk13.mtx")
    for name, s in (("bcsstk13", sp.csc_matrix(sio.mmread(mtx))), ("poisson k=300", poisson(300).tocsc())):
        b = np.random.default_rng(1).uniform(-1, 1, s.shape[0])
        r = s.tocsr()
        print("%s spmv csr, a @ x: best %.4f ms" % (name, best(lambda: r @ b, number=100)))
        print("%s cg 20 iterations: %.3f ms" % (name, best(lambda: sla.cg(r, b, rtol=1e-300, maxiter=20))))
        print("%s splu (COLAMD) factor+solve: %.3f ms" % (name, best(lambda: sla.splu(s).solve(b))))
        print("%s splu (MMD_AT_PLUS_A, symmetric mode) factor+solve: %.3f ms"
              % (name, best(lambda: symmetric_splu(s).solve(b))))


if "cholesky" in sys.argv:
    cholesky_peers()
    sys.exit(0)

a = poisson(1000)
x = np.random.default_rng(1).uniform(-1, 1, a.shape[0])
print("spmv k=1000 csr: %.3f ms" % best(lambda: a @ x, number=10))


def spread(f, calls=200, warmup=20):
    times = []
    for _ in range(warmup + calls):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    t = 1e3 * np.array(times[warmup:])
    return "best %.3f, median %.3f, mean %.3f ms" % (t.min(), np.median(t), t.mean())


y = np.zeros(a.shape[0])
m, n = a.shape
print("spmv k=1000 csr, a @ x (allocates y):", spread(lambda: a @ x))
print("spmv k=1000 csr, csr_matvec kernel into a preallocated y:",
      spread(lambda: _sparsetools.csr_matvec(m, n, a.indptr, a.indices, a.data, x, y)))
it = [0]


def cg20():
    sla.cg(a, x, rtol=1e-300, maxiter=20)


print("cg 20 iterations k=1000: %.3f ms" % best(cg20))
s = poisson(100).tocsc()
b = x[: s.shape[0]]
print("splu (COLAMD) factor+solve k=100: %.3f ms" % best(lambda: sla.splu(s).solve(b)))
print("splu (MMD_AT_PLUS_A, symmetric mode) factor+solve k=100: %.3f ms" % best(lambda: symmetric_splu(s).solve(b)))
cholesky_peers()

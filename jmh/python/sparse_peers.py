# scipy.sparse timings of the operations in SparseBench, on the same 2-D Poisson matrices.
# Run: OMP_NUM_THREADS=1 python3 jmh/python/sparse_peers.py   (milliseconds per call; best of 5
# repeats, and for the product also the median and mean of 200 calls after 20 warm-up calls, the
# statistic JMH's average compares with)
import time
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla
from scipy.sparse import _sparsetools


def poisson(k):
    t = sp.diags_array([-1.0, 2.0, -1.0], offsets=[-1, 0, 1], shape=(k, k))
    return (sp.kron(sp.eye(k), t) + sp.kron(t, sp.eye(k))).tocsr()


def best(f, repeat=5, number=1):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            f()
        times.append((time.perf_counter() - t0) / number)
    return 1e3 * min(times)


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
print("splu (MMD_AT_PLUS_A, symmetric mode) factor+solve k=100: %.3f ms" % best(
    lambda: sla.splu(s, permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0, options=dict(SymmetricMode=True)).solve(b)))

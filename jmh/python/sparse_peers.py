# scipy.sparse timings of the operations in SparseBench, on the same 2-D Poisson matrices.
# Run: python3 jmh/python/sparse_peers.py   (prints milliseconds per call, best of 5 repeats)
import time
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla


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
it = [0]


def cg20():
    sla.cg(a, x, rtol=1e-300, maxiter=20)


print("cg 20 iterations k=1000: %.3f ms" % best(cg20))
s = poisson(100).tocsc()
b = x[: s.shape[0]]
print("splu (COLAMD) factor+solve k=100: %.3f ms" % best(lambda: sla.splu(s).solve(b)))
print("splu (MMD_AT_PLUS_A, symmetric mode) factor+solve k=100: %.3f ms" % best(
    lambda: sla.splu(s, permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0, options=dict(SymmetricMode=True)).solve(b)))

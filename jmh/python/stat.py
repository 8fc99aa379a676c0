#!/usr/bin/env python3
"""NumPy/SciPy timings of the operations StatBench measures (run by hand: python3 jmh/python/stat.py).

Same sizes and data shape as StatBench: normal values shifted by 1e3. Best of 5 repeats, ms per
call. np.mean/np.var (pairwise summation, two passes for var), scipy.stats.describe for the full
summary, np.quantile (introselect via np.partition) for one quantile and the nine deciles,
np.corrcoef on the 1e5 x 100 matrix (rowvar=False), scipy.stats.spearmanr on 1e6 pairs.
"""
import timeit

import numpy as np
from scipy import stats

rng = np.random.default_rng(42)
big = 1e3 + rng.standard_normal(10_000_000)
mid = 1e3 + rng.standard_normal(1_000_000)
px = 1e3 + rng.standard_normal(1_000_000)
py = 0.5 * px + rng.standard_normal(1_000_000)
data = rng.standard_normal((100_000, 100))
dec = np.arange(1, 10) / 10

cases = [
    ("mean 1e7", lambda: np.mean(big)),
    ("variance 1e7", lambda: np.var(big, ddof=1)),
    ("summary 1e7 (scipy.stats.describe)", lambda: stats.describe(big)),
    ("quantile 0.9 of 1e6", lambda: np.quantile(mid, 0.9)),
    ("deciles of 1e6", lambda: np.quantile(mid, dec)),
    ("corrcoef 1e5 x 100", lambda: np.corrcoef(data, rowvar=False)),
    ("spearmanr 1e6 pairs", lambda: stats.spearmanr(px, py)),
]
for name, f in cases:
    t = min(timeit.repeat(f, number=1, repeat=5)) * 1e3
    print("%-36s %10.2f ms" % (name, t))

"""Writes weighted_quantiles.csv: NumPy's np.quantile(x, p, weights=w, method="inverted_cdf") for
seeded samples (with ties and zero weights). Lines: 'x,v...', 'w,v...', 'p,v...', 'q,v...' per
case, the quantiles q at the probabilities p. Run with NumPy 2.4; numbers printed with repr."""
import os
import numpy as np

rng = np.random.default_rng(7)
here = os.path.dirname(os.path.abspath(__file__))
ps = [0.0, 0.01, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 0.99, 1.0]
with open(os.path.join(here, "weighted_quantiles.csv"), "w") as f:
    for n in [1, 2, 5, 17, 100, 1000]:
        x = np.round(rng.normal(size=n) * 10, 1)  # rounding makes ties
        w = rng.uniform(0, 3, size=n)
        w[rng.uniform(size=n) < 0.2] = 0.0
        w[0] = max(w[0], 0.5)
        q = [float(np.quantile(x, p, weights=w, method="inverted_cdf")) for p in ps]
        for name, v in [("x", x), ("w", w), ("p", ps), ("q", q)]:
            f.write(name + "," + ",".join(repr(float(e)) for e in v) + "\n")

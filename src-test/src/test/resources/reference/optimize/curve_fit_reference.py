"""Reference values for jnum.suites.optimize.CurveFitTest, from scipy.optimize.curve_fit.

The data are deterministic (no random numbers): y_i = 2.5 exp(-1.3 x_i) + 0.5 + 0.02 sin(7.1 x_i + 0.3)
at x_i = 0.1 i, i = 0..39, fitted by y = a exp(-b x) + c from p0 = (1, 1, 0); then the same with
weights sigma_i = 0.01 (1 + x_i). Prints the parameters and the standard errors with 17 digits.
"""
import numpy as np
import scipy
from scipy.optimize import curve_fit

x = 0.1 * np.arange(40)
y = 2.5 * np.exp(-1.3 * x) + 0.5 + 0.02 * np.sin(7.1 * x + 0.3)


def model(x, a, b, c):
    return a * np.exp(-b * x) + c


print("scipy", scipy.__version__)
for name, sigma in (("unweighted", None), ("weighted", 0.01 * (1 + x))):
    p, cov = curve_fit(model, x, y, p0=(1, 1, 0), sigma=sigma, xtol=1e-15, ftol=1e-15, gtol=1e-15)
    se = np.sqrt(np.diag(cov))
    rss = float(np.sum(((model(x, *p) - y) / (1 if sigma is None else sigma)) ** 2))
    print(name, "p", ", ".join(repr(float(v)) for v in p))
    print(name, "se", ", ".join(repr(float(v)) for v in se))
    print(name, "rss", repr(rss))

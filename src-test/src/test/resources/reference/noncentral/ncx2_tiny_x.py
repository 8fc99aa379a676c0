"""Reference values of the noncentral chi-squared at tiny x (down to the smallest subnormal).

Writes ncx2_tiny_x.csv: k, lambda, x, cdf, log cdf, log pdf, computed with mpmath at 60 digits
from the Poisson mixture sum_j Pois(j; lambda/2) P(k/2 + j, x/2) and the matching mixture of
chi-squared densities (terms summed until they fall below 1e-40 of the sum).
Run: python3 ncx2_tiny_x.py > ncx2_tiny_x.csv
"""
import mpmath as mp

mp.mp.dps = 60
PARAMS = [(0.5, 6.25), (0.0023167857373594287, 55.444324129669035), (7.065837444967165, 2.8090220346342494),
          (1.0, 1e-3), (3.0, 40.0), (120.0, 700.0), (711355.97, 0.0035)]
XS = ["4.9E-324", "2.2250738585072014E-308", "1.0E-300", "1.0E-200"]


def mixture(k, lam, term):
    mu = lam / 2
    total = mp.mpf(0)
    j = 0
    while True:
        t = mp.exp(-mu + j * mp.log(mu) - mp.loggamma(j + 1)) * term(k / 2 + j) if mu > 0 else term(k / 2)
        total += t
        if j > mu and t < total * mp.mpf(10) ** -40:
            return total
        if mu == 0:
            return total
        j += 1


print("# k,lambda,x,cdf,logcdf,logpdf (mpmath, see ncx2_tiny_x.py)")
for k, lam in PARAMS:
    for xs in XS:
        x = mp.mpf(float(xs))
        y = x / 2
        k_, lam_ = mp.mpf(k), mp.mpf(lam)
        cdf = mixture(k_, lam_, lambda a: mp.gammainc(a, 0, y, regularized=True))
        pdf = mixture(k_, lam_, lambda a: mp.exp((a - 1) * mp.log(y) - y - mp.loggamma(a)) / 2)
        print(f"{k!r},{lam!r},{xs},{mp.nstr(cdf, 20)},{mp.nstr(mp.log(cdf), 20)},{mp.nstr(mp.log(pdf), 20)}")

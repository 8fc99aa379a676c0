package jnum.stat.dist;

import jnum.stat.special.Saddle;

/**
 * Loader's saddle-point form of the binomial term {@code C(n, x) p^x (1-p)^(n-x)} for real
 * {@code 0 <= x <= n}, the building block of the Binomial, NegativeBinomial and Hypergeometric
 * masses. C. Loader, "Fast and accurate computation of binomial probabilities" (2000):
 * {@code log term = stirlerr(n) - stirlerr(x) - stirlerr(n-x) - bd0(x, np) - bd0(n-x, nq)
 * - log(2 pi x (n-x)/n) / 2}, where every piece keeps its relative accuracy, so the term is
 * accurate for n = 1e9 where {@code logGamma} differences would lose eight digits.
 *
 * <p>{@code nq} is formed as {@code fma(-n, p, n)}, the correctly rounded {@code n (1 - p)}: the
 * rounding of {@code 1 - p} alone would cost {@code n u} relative accuracy.
 */
final class BinomialTerm {
  static final double LN_2PI = 1.8378770664093454836;

  private BinomialTerm() {}

  /** {@code log(C(n, x) p^x (1-p)^(n-x))}; {@code -infinity} outside {@code [0, n]}. */
  static double log(double x, double n, double p) {
    if (x < 0 || x > n) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 0) {
      return x == 0 ? 0 : Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return x == n ? 0 : Double.NEGATIVE_INFINITY;
    }
    double nq = Math.fma(-n, p, n);
    if (x == 0) {
      if (n == 0) {
        return 0;
      }
      return p < 0.1 ? -Saddle.bd0(n, nq) - n * p : n * Math.log1p(-p);
    }
    if (x == n) {
      return p > 0.9 ? -Saddle.bd0(n, n * p) - nq : n * Math.log(p);
    }
    double lc = Saddle.stirlingError(n) - Saddle.stirlingError(x) - Saddle.stirlingError(n - x)
        - Saddle.bd0(x, n * p) - Saddle.bd0(n - x, nq);
    double lf = LN_2PI + Math.log(x) + Math.log1p(-x / n);
    return lc - 0.5 * lf;
  }
}

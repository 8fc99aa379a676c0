package jnum.stat.distribution;

import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * The standard normal functions at a point given as an unevaluated sum {@code z + zlo} (zlo the
 * rounding error of the standardisation {@code (x - mu) / sigma}), shared by {@link Normal} and
 * {@link LogNormal}.
 *
 * <p>The density's exponent {@code z^2/2} is formed exactly with a fused multiply-add: at |z| = 37
 * a rounded square would already cost 1e-13 of relative accuracy (the exponent is 684 and its
 * rounding error is multiplied by it). The tails use the scaled complementary error function,
 * {@code Phi(-t) = erfcx(t / sqrt 2) exp(-t^2/2) / 2}, so the same exact exponent serves them and
 * the rounding of {@code t / sqrt 2} only enters through erfcx, whose condition number is about 1
 * (erfc's is {@code 2 y^2}). {@code log Phi(-t)} is formed as a sum of logarithms, finite far
 * beyond the underflow of {@code Phi} (logSurvival(40) = -804.608...).
 */
final class StandardNormal {

    private StandardNormal() {}

    /** The rounding error of {@code z = (x - mu) / sigma}, so that z + lo is nearly exact. */
    static double lo(double x, double mu, double sigma, double z) {
        if (!Double.isFinite(z)) {
            return 0;
        }
        double d = x - mu;
        double bv = d - x;
        double dlo = (x - (d - bv)) + (-mu - bv); // TwoSum error of x + (-mu)
        return (Math.fma(-z, sigma, d) + dlo) / sigma;
    }

    /** {@code (z + zlo)^2 / 2}, the exact square's high part; see {@link #halfSquareLo}. */
    private static double halfSquareLo(double z, double zlo) {
        double s = z * z;
        return 0.5 * (Math.fma(z, z, -s) + 2 * z * zlo);
    }

    /** {@code exp(-(z + zlo)^2 / 2)}. */
    static double expHalfSquare(double z, double zlo) {
        if (!(Math.abs(z) < 40)) {
            return Double.isNaN(z) ? z : 0; // exp(-800) underflows
        }
        double h = 0.5 * (z * z); // exact halving
        return Math.exp(-h) * (1 - halfSquareLo(z, zlo));
    }

    /** {@code -(z + zlo)^2 / 2}. */
    static double negHalfSquare(double z, double zlo) {
        if (!(Math.abs(z) < 1e150)) {
            return -0.5 * (z * z); // the correction's fma would overflow; it is negligible here
        }
        return -0.5 * (z * z) - halfSquareLo(z, zlo);
    }

    /** {@code phi(z + zlo)}. */
    static double pdf(double z, double zlo) {
        return Constants.INV_SQRT_2PI * expHalfSquare(z, zlo);
    }

    /** {@code log phi(z + zlo)}. */
    static double logPdf(double z, double zlo) {
        return negHalfSquare(z, zlo) - Constants.LN_SQRT_2PI;
    }

    /** {@code Phi(z + zlo) = P(Z <= z + zlo)}. */
    static double cdf(double z, double zlo) {
        if (Double.isNaN(z)) {
            return z;
        }
        if (z < -1) {
            return lowerTail(-z, -zlo);
        }
        if (z > 1) {
            return 1 - lowerTail(z, zlo);
        }
        double c = 0.5 * Special.erfc(-z * Constants.INV_SQRT_2);
        return zlo == 0 ? c : c + zlo * pdf(z, 0);
    }

    /** {@code 1 - Phi(z + zlo)}, computed directly. */
    static double sf(double z, double zlo) {
        return cdf(-z, -zlo);
    }

    /** {@code Phi(-t)} for t >= 1 (t + tlo nearly exact). */
    private static double lowerTail(double t, double tlo) {
        if (t > 40) {
            return 0; // Phi(-40) = 3.7e-350 underflows
        }
        return 0.5 * Special.erfcx(t * Constants.INV_SQRT_2) * expHalfSquare(t, tlo);
    }

    /** {@code log Phi(z + zlo)}, finite wherever z is. */
    static double logCdf(double z, double zlo) {
        if (Double.isNaN(z)) {
            return z;
        }
        if (z < -1) {
            if (z == Double.NEGATIVE_INFINITY) {
                return Double.NEGATIVE_INFINITY;
            }
            return Math.log(0.5 * Special.erfcx(-z * Constants.INV_SQRT_2)) + negHalfSquare(z, zlo);
        }
        if (z > 1) {
            return Math.log1p(-lowerTail(z, zlo));
        }
        return Math.log(cdf(z, zlo));
    }

    /** {@code log(1 - Phi(z + zlo))}. */
    static double logSf(double z, double zlo) {
        return logCdf(-z, -zlo);
    }

    /** The z with {@code Phi(z) = p}, p in [0, 1] (checked by the caller). */
    static double quantile(double p) {
        if (p <= 0.5) {
            return -Constants.SQRT_2 * Special.erfcinv(2 * p);
        }
        return Constants.SQRT_2 * Special.erfcinv(2 * (1 - p)); // 1 - p is exact for p >= 1/2
    }

    /** The z with {@code 1 - Phi(z) = q}. */
    static double inverseSf(double q) {
        return -quantile(q);
    }
}

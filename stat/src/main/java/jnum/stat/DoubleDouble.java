package jnum.stat;

/**
 * Arithmetic on a mean held as an unevaluated sum {@code hi + lo} of two doubles (|lo| at most
 * half an ulp of hi), by Knuth's error-free TwoSum: the merges of {@link Summary} and
 * {@link CovarianceAccumulator} keep their means this way, so that the difference of two means is
 * known to the rounding of the difference itself, not to an ulp of the means (data with a huge mean
 * and a tiny spread would otherwise lose the digits of their variance in every merge).
 *
 * <p>A non-finite hi carries lo = 0, so that infinities and NaN propagate as in plain doubles.
 */
final class DoubleDouble {
    private DoubleDouble() {}

    /** {@code (aHi + aLo) - (bHi + bLo)}, rounded once up to a few ulps of the result. */
    static double difference(double aHi, double aLo, double bHi, double bLo) {
        double d = aHi - bHi;
        if (!Double.isFinite(d)) {
            return d;
        }
        return d + (twoSumError(aHi, -bHi, d) + (aLo - bLo));
    }

    /** The hi part of {@code (hi + lo) + t}. */
    static double sumHi(double hi, double lo, double t) {
        double s = hi + t;
        return Double.isFinite(s) ? s + (lo + twoSumError(hi, t, s)) : s;
    }

    /** The lo part of {@code (hi + lo) + t}, given its hi part {@code newHi} from {@link #sumHi}. */
    static double sumLo(double hi, double lo, double t, double newHi) {
        double s = hi + t;
        if (!Double.isFinite(newHi)) {
            return 0;
        }
        double l = lo + twoSumError(hi, t, s);
        return twoSumError(s, l, newHi);
    }

    /**
     * {@code sum (x[off + i] - m)} for i in [0, n), with the rounding of each difference and of
     * each addition carried along (TwoSum), so that {@code m + result / n} is the mean to about an
     * ulp whatever the cancellation; NaN or infinite if an element is.
     */
    static double residualSum(double[] x, int off, int n, double m) {
        // two independent chains (odd and even elements): half the latency of one
        double s0 = 0, c0 = 0, s1 = 0, c1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            double v0 = x[off + i], v1 = x[off + i + 1];
            double d0 = v0 - m, d1 = v1 - m;
            double t0 = s0 + d0, t1 = s1 + d1;
            c0 += twoSumError(v0, -m, d0) + twoSumError(s0, d0, t0);
            c1 += twoSumError(v1, -m, d1) + twoSumError(s1, d1, t1);
            s0 = t0;
            s1 = t1;
        }
        if (i < n) {
            double v = x[off + i];
            double d = v - m;
            double t = s0 + d;
            c0 += twoSumError(v, -m, d) + twoSumError(s0, d, t);
            s0 = t;
        }
        double s = s0 + s1;
        return s + (twoSumError(s0, s1, s) + c0 + c1);
    }

    /** {@code hi + lo} rounded to a double. */
    static double value(double hi, double lo) {
        return Double.isFinite(hi) ? hi + lo : hi;
    }

    /** The rounding error of {@code s = a + b}: {@code a + b - s}, exactly. */
    private static double twoSumError(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }
}

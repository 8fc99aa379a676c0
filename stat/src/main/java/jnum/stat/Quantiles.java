package jnum.stat;

import java.util.Arrays;

/** Sample quantiles by selection on a private copy of the data (see {@link QuantileMethod}). */
final class Quantiles {
    private Quantiles() {}

    static void checkProbability(String op, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(op + ": probability p = " + p + " is not in [0, 1]");
        }
    }

    /**
     * The quantiles {@code ps} of the n values in {@code work}, which is reordered. NaN in the data
     * gives NaN for every quantile (NumPy's propagation).
     */
    static double[] of(String op, double[] work, int n, double[] ps, QuantileMethod method) {
        Samples.atLeast(op, "x", n, 1);
        for (double p : ps) {
            checkProbability(op, p);
        }
        double[] out = new double[ps.length];
        if (Samples.hasNaN(work, 0, n)) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        int[] lo = new int[ps.length];
        int[] hi = new int[ps.length];
        double[] g = new double[ps.length];
        int[] wanted = new int[2 * ps.length];
        for (int q = 0; q < ps.length; q++) {
            double v = method.virtualIndex(n, ps[q]);
            double f = Math.floor(v);
            if (v < 0) {
                lo[q] = hi[q] = 0;
            } else if (v >= n - 1) {
                lo[q] = hi[q] = n - 1;
            } else {
                lo[q] = (int) f;
                hi[q] = lo[q] + 1;
            }
            g[q] = method.gamma(f, v - f);
            wanted[2 * q] = lo[q];
            wanted[2 * q + 1] = hi[q];
        }
        Selection.select(work, n, Arrays.stream(wanted).sorted().distinct().toArray());
        for (int q = 0; q < ps.length; q++) {
            out[q] = lerp(work[lo[q]], work[hi[q]], g[q]);
        }
        return out;
    }

    /** NumPy's {@code _lerp}: exact at both ends and monotone in t. */
    static double lerp(double a, double b, double t) {
        if (t == 0 || a == b) {
            return a;
        }
        if (t == 1) {
            return b;
        }
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}

package jnum.stat;

/**
 * The empirical distribution function of a sample, {@code F(t) = #{i : x_i <= t} / n}: a right-
 * continuous step function jumping at the distinct sample values (SciPy's {@code stats.ecdf}).
 * Immutable; accessors return copies.
 */
public final class EmpiricalCdf {
    private final double[] sorted;
    private final double[] values;
    private final double[] probabilities;

    EmpiricalCdf(double[] sorted) {
        this.sorted = sorted;
        int n = sorted.length;
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == n - 1 || sorted[i + 1] != sorted[i]) {
                distinct++;
            }
        }
        values = new double[distinct];
        probabilities = new double[distinct];
        for (int i = 0, k = 0; i < n; i++) {
            if (i == n - 1 || sorted[i + 1] != sorted[i]) {
                values[k] = sorted[i];
                probabilities[k++] = (double) (i + 1) / n;
            }
        }
    }

    /** {@code F(t)}, the fraction of the sample at or below t; NaN for NaN. */
    public double cdf(double t) {
        return Double.isNaN(t) ? Double.NaN : (double) atOrBelow(t) / sorted.length;
    }

    /** {@code 1 - F(t)}, the fraction of the sample above t, counted directly; NaN for NaN. */
    public double survival(double t) {
        return Double.isNaN(t) ? Double.NaN : (double) (sorted.length - atOrBelow(t)) / sorted.length;
    }

    private int atOrBelow(double t) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The distinct sample values, ascending: the points where F jumps. */
    public double[] values() {
        return values.clone();
    }

    /** F at each of {@link #values()}. */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The sample size. */
    public int size() {
        return sorted.length;
    }

    @Override
    public String toString() {
        return "EmpiricalCdf n=" + sorted.length + ", " + values.length + " steps from " + values[0] + " to "
                + values[values.length - 1];
    }
}

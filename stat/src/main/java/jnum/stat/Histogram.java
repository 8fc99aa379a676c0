package jnum.stat;

import java.util.Arrays;
import java.util.Locale;

/**
 * A histogram: bin edges {@code e[0] < ... < e[k]} and the count (or total weight) of each bin. Bin
 * i holds the values in {@code [e[i], e[i+1])}, the last bin also its right edge, as
 * {@code numpy.histogram}; values outside {@code [e[0], e[k]]} are not counted. Immutable: the
 * accessors return copies.
 */
public final class Histogram {
    private final double[] edges;
    private final double[] counts;

    private Histogram(double[] edges, double[] counts) {
        this.edges = edges;
        this.counts = counts;
    }

    /** The k + 1 bin edges. */
    public double[] edges() {
        return edges.clone();
    }

    /** The k bin counts (sums of weights for a weighted histogram). */
    public double[] counts() {
        return counts.clone();
    }

    /** The number of bins. */
    public int bins() {
        return counts.length;
    }

    /**
     * Counts {@code x[off, off + n)} (weights {@code w}, or unit weights when null) into the bins
     * with the given edges, which must be non-decreasing and finite. NaN values are rejected: a
     * histogram cannot place them and must not drop them silently.
     */
    static Histogram count(String op, double[] x, int off, int n, double[] w, int wOff, double[] edges) {
        checkEdges(op, edges);
        Samples.noNaN(op, "x", x, off, n);
        int k = edges.length - 1;
        double[] counts = new double[k];
        boolean uniform = isUniform(edges);
        double norm = k / (edges[k] - edges[0]);
        for (int i = 0; i < n; i++) {
            int b = bin(edges, uniform, norm, x[off + i]);
            if (b >= 0) {
                counts[b] += w == null ? 1 : w[wOff + i];
            }
        }
        return new Histogram(edges.clone(), counts);
    }

    /** A histogram holding the given edges and counts (taken, not copied). */
    static Histogram of(double[] edges, double[] counts) {
        return new Histogram(edges, counts);
    }

    /**
     * The bin of a non-NaN value v, or -1 when v lies outside {@code [e[0], e[k]]}; {@code uniform}
     * and {@code norm} are {@link #isUniform}{@code (e)} and {@code k / (e[k] - e[0])}.
     */
    static int bin(double[] edges, boolean uniform, double norm, double v) {
        int k = edges.length - 1;
        if (v < edges[0] || v > edges[k]) {
            return -1;
        }
        int b;
        if (uniform) {
            // NumPy's fast path, corrected by comparing with the edges actually stored
            b = (int) ((v - edges[0]) * norm);
            if (b >= k) {
                b = k - 1;
            }
            if (v < edges[b]) {
                b--;
            } else if (b != k - 1 && v >= edges[b + 1]) {
                b++;
            }
        } else {
            b = binarySearchRight(edges, v) - 1;
            if (b == k) {
                b = k - 1;
            }
        }
        return b;
    }

    /** Index of the first edge greater than v (NumPy's searchsorted side='right'). */
    private static int binarySearchRight(double[] e, double v) {
        int lo = 0, hi = e.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (e[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static boolean isUniform(double[] e) {
        int k = e.length - 1;
        double first = e[0], last = e[k];
        if (!(last > first)) {
            return false;
        }
        double[] lin = linspace(first, last, k);
        return Arrays.equals(lin, e);
    }

    static void checkEdges(String op, double[] edges) {
        if (edges.length < 2) {
            throw new IllegalArgumentException(op + ": edges needs at least 2 values, got " + edges.length);
        }
        for (int i = 0; i < edges.length; i++) {
            if (!Double.isFinite(edges[i])) {
                throw new IllegalArgumentException(op + ": edges[" + i + "] = " + edges[i] + " is not finite");
            }
            if (i > 0 && edges[i] < edges[i - 1]) {
                throw new IllegalArgumentException(op + ": edges must be non-decreasing, but edges[" + i + "] = "
                        + edges[i] + " < edges[" + (i - 1) + "] = " + edges[i - 1]);
            }
        }
    }

    /** {@code bins + 1} equally spaced edges from a to b, as numpy.linspace computes them. */
    static double[] linspace(double a, double b, int bins) {
        double[] e = new double[bins + 1];
        double step = (b - a) / bins;
        for (int i = 0; i < bins; i++) {
            e[i] = i * step + a;
        }
        e[bins] = b;
        return e;
    }

    /** The edges of {@code bins} equal bins over the data's range (NumPy's integer {@code bins}). */
    static double[] edges(String op, double[] x, int off, int n, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException(op + ": bins = " + bins + " must be positive");
        }
        double[] r = range(op, x, off, n);
        return linspace(r[0], r[1], bins);
    }

    /** The edges chosen by {@code rule} (numpy.histogram_bin_edges). */
    static double[] edges(String op, double[] x, int off, int n, BinRule rule) {
        double[] r = range(op, x, off, n);
        double width = rule.width(x, off, n, r[1] - r[0]);
        int bins = width > 0 ? (int) Math.ceil((r[1] - r[0]) / width) : 1;
        return linspace(r[0], r[1], Math.max(bins, 1));
    }

    /** [min, max] of the data, widened by 1/2 on each side when they are equal (NumPy's rule). */
    private static double[] range(String op, double[] x, int off, int n) {
        Samples.atLeast(op, "x", n, 1);
        Samples.noNaN(op, "x", x, off, n);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, x[off + i]);
            hi = Math.max(hi, x[off + i]);
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException(op + ": the data range [" + lo + ", " + hi + "] is not finite");
        }
        return lo == hi ? new double[] {lo - 0.5, hi + 0.5} : new double[] {lo, hi};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && Arrays.equals(edges, h.edges) && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edges) + Arrays.hashCode(counts);
    }

    /** One line per bin: {@code [lo, hi)  count}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Histogram " + counts.length + " bins\n");
        for (int i = 0; i < counts.length; i++) {
            sb.append(String.format(
                    Locale.ROOT,
                    "[%s, %s%s  %s%n",
                    edges[i],
                    edges[i + 1],
                    i == counts.length - 1 ? "]" : ")",
                    counts[i] == Math.rint(counts[i]) ? String.valueOf((long) counts[i]) : String.valueOf(counts[i])));
        }
        return sb.toString().stripTrailing();
    }
}

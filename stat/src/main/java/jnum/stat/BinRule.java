package jnum.stat;

/**
 * Rules for the number of equal-width histogram bins, as {@code numpy.histogram_bin_edges} computes
 * them: a bin width h from the data, then {@code ceil((max - min) / h)} bins over {@code [min, max]}
 * (one bin when h is 0, and {@code [min - 0.5, max + 0.5]} when all values are equal).
 */
public enum BinRule {
    /** Sturges: {@code h = (max - min) / (log2 n + 1)}; good for small, near-normal samples. */
    STURGES,
    /** Scott: {@code h = (24 sqrt(pi) / n)^(1/3) sigma} with sigma the population standard deviation. */
    SCOTT,
    /** Freedman-Diaconis: {@code h = 2 IQR n^(-1/3)}; robust to outliers. */
    FREEDMAN_DIACONIS,
    /** Square root: {@code h = (max - min) / sqrt(n)}. */
    SQRT,
    /** NumPy's {@code 'auto'}: the smaller width of Freedman-Diaconis and Sturges (Sturges if IQR is 0). */
    AUTO;

    /** The bin width for the n values of {@code x} (no NaN), whose range is {@code ptp}. */
    double width(double[] x, int off, int n, double ptp) {
        return switch (this) {
            case STURGES -> ptp / (Math.log(n) / Math.log(2) + 1);
            case SCOTT -> {
                double sd = Math.sqrt(Moments.sumSquaredDeviations(x, off, n) / n);
                yield Math.cbrt(24 * Math.sqrt(Math.PI) / n) * sd;
            }
            case FREEDMAN_DIACONIS -> {
                double[] work = java.util.Arrays.copyOfRange(x, off, off + n);
                double[] q = Quantiles.of("histogram", work, n, new double[] {0.75, 0.25}, QuantileMethod.LINEAR);
                yield 2 * (q[0] - q[1]) * Math.pow(n, -1.0 / 3);
            }
            case SQRT -> ptp / Math.sqrt(n);
            case AUTO -> {
                double fd = FREEDMAN_DIACONIS.width(x, off, n, ptp);
                double st = STURGES.width(x, off, n, ptp);
                yield fd > 0 ? Math.min(fd, st) : st;
            }
        };
    }
}

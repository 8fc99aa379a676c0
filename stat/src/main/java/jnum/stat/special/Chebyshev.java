package jnum.stat.special;

/** Clenshaw evaluation of Chebyshev series on an interval (the fits live in {@link Tables}). */
final class Chebyshev {
    private Chebyshev() {}

    /**
     * {@code sum_j c[j] T_j(t)} with {@code t = (2x - lo - hi) / (hi - lo)}, by Clenshaw's recurrence,
     * whose rounding error is a few units of {@code eps * sum |c_j|} for {@code |t| <= 1}.
     */
    static double eval(double[] c, double x, double lo, double hi) {
        double t = (2 * x - lo - hi) / (hi - lo);
        double t2 = 2 * t;
        double b1 = 0;
        double b2 = 0;
        for (int j = c.length - 1; j >= 1; j--) {
            double b0 = Math.fma(t2, b1, c[j] - b2);
            b2 = b1;
            b1 = b0;
        }
        return Math.fma(t, b1, c[0] - b2);
    }
}

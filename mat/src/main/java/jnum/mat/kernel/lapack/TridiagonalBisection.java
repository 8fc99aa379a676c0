package jnum.mat.kernel.lapack;

/**
 * Eigenvalues of a symmetric tridiagonal matrix by bisection on Sturm counts (the work of
 * LAPACK's dstebz for {@code range = 'I'}): the number of eigenvalues at most x is the number of
 * non-positive pivots of the LDL^T factorization of {@code T - x I}, a backward-stable count, so each
 * eigenvalue is located to an absolute accuracy of a small multiple of {@code eps ||T||}.
 *
 * <p>T is first scaled by a power of two bringing its largest element near 1 (exact), so the
 * squares of the off-diagonal neither overflow nor underflow harmfully; pivots smaller than
 * dstebz's {@code pivmin} are replaced by {@code -pivmin}. Each bisection stops once the interval
 * is within {@code 2 eps max(|lo|, |hi|) + 2 pivmin}, or cannot be halved further: at most about
 * 1100 halvings, whatever the input.
 */
final class TridiagonalBisection {
    private static final double EPS = 0x1p-53;
    private static final double SAFMIN = Double.MIN_NORMAL;

    private final int n;
    private final double[] d;
    private final double[] e2;
    private final double pivmin;
    /** Whether T is the zero matrix (all its eigenvalues exactly 0). */
    private final boolean zero;
    /** The power of two T was multiplied by. */
    private final int shift;

    /** Prepares T (diagonal d, off-diagonal e); the arrays are read, not kept. */
    TridiagonalBisection(int n, double[] d, int dOff, double[] e, int eOff) {
        this.n = n;
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(d[dOff + i]));
        }
        for (int i = 0; i < n - 1; i++) {
            max = Math.max(max, Math.abs(e[eOff + i]));
        }
        this.zero = max == 0;
        this.shift = max == 0 || !Double.isFinite(max) ? 0 : -Math.getExponent(max);
        this.d = new double[n];
        this.e2 = new double[Math.max(0, n - 1)];
        double maxE2 = 0;
        for (int i = 0; i < n; i++) {
            this.d[i] = Math.scalb(d[dOff + i], shift);
        }
        for (int i = 0; i < n - 1; i++) {
            double v = Math.scalb(e[eOff + i], shift);
            e2[i] = v * v;
            maxE2 = Math.max(maxE2, e2[i]);
        }
        this.pivmin = SAFMIN * Math.max(1, maxE2);
    }

    /**
     * How many eigenvalues of T are at most {@code x} (in T's own scale): a pivot of
     * {@code T - x I} within pivmin of zero counts as negative, so a value equal to x counts.
     */
    int countAtMost(double x) {
        return countScaled(Math.scalb(x, shift));
    }

    private int countScaled(double x) {
        int count = 0;
        double q = d[0] - x;
        if (q <= pivmin) {
            count++;
            q = Math.min(q, -pivmin);
        }
        for (int i = 1; i < n; i++) {
            q = d[i] - e2[i - 1] / q - x;
            if (q <= pivmin) {
                count++;
                q = Math.min(q, -pivmin);
            }
        }
        return count;
    }

    /**
     * The eigenvalues with ascending indices {@code il..iu} (0-based, inclusive) into
     * {@code w[wOff ..]}, ascending; NaN for all of them when T holds NaN or an infinity.
     */
    void eigenvalues(int il, int iu, double[] w, int wOff) {
        if (zero) {
            java.util.Arrays.fill(w, wOff, wOff + iu - il + 1, 0.0);
            return;
        }
        // Gershgorin interval, widened as dstebz does
        double gl = Double.POSITIVE_INFINITY;
        double gu = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double r = (i > 0 ? Math.sqrt(e2[i - 1]) : 0) + (i < n - 1 ? Math.sqrt(e2[i]) : 0);
            gl = Math.min(gl, d[i] - r);
            gu = Math.max(gu, d[i] + r);
        }
        if (!Double.isFinite(gl) || !Double.isFinite(gu)) {
            java.util.Arrays.fill(w, wOff, wOff + iu - il + 1, Double.NaN);
            return;
        }
        double tnorm = Math.max(Math.abs(gl), Math.abs(gu));
        double widen = 2.1 * EPS * tnorm * n + 2.1 * pivmin;
        gl -= widen;
        gu += widen;
        double lo = gl;
        for (int k = il; k <= iu; k++) {
            // the k-th value lies in [lo, gu]: lo is below it (previous value's lower end)
            double a = lo;
            double b = gu;
            while (true) {
                double mid = 0.5 * (a + b);
                double tol = 2 * EPS * Math.max(Math.abs(a), Math.abs(b)) + 2 * pivmin;
                if (b - a <= tol || mid == a || mid == b) {
                    break;
                }
                if (countScaled(mid) <= k) {
                    a = mid;
                } else {
                    b = mid;
                }
            }
            w[wOff + k - il] = Math.scalb(0.5 * (a + b), -shift);
            lo = a;
        }
        // equal values converge to intervals whose midpoints may differ in the last bits
        java.util.Arrays.sort(w, wOff, wOff + iu - il + 1);
    }
}

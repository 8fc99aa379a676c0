package jnum.mat.kernel.lapack;

/**
 * Hager's estimator of {@code ||B||_1} as refined by Higham (LAPACK's dlacn2; N. J. Higham,
 * "FORTRAN codes for estimating the one-norm of a real or complex matrix", ACM TOMS 14, 1988): a
 * few products with B and {@code B^T} climb to a column of B whose 1-norm is, almost always, the
 * largest or close to it; a last product with an alternating-sign vector guards against the
 * known counter-examples. The result is a lower bound of {@code ||B||_1}.
 *
 * <p>Here B is given by two operators that overwrite a vector with {@code B x} and
 * {@code B^T x} (for condition numbers, {@code B = A^-1} applied through triangular solves; for
 * the matrix exponential, powers of A applied by repeated products). Public for the rest of the
 * module only: this package is not exported.
 */
public final class OneNormEstimator {
    /** Iterations of the main loop, as in dlacn2. */
    private static final int MAX_ITERATIONS = 5;

    /** Overwrites {@code x} with a product. */
    public interface Operator {
        /** Replaces {@code x} by the operator applied to it. */
        void apply(double[] x);
    }

    private OneNormEstimator() {}

    /** An estimate of {@code ||B||_1} for the n x n operator B ({@code n >= 1}). */
    public static double estimate(int n, Operator b, Operator bt) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        b.apply(x);
        if (n == 1) {
            return Math.abs(x[0]);
        }
        double est = asum(x);
        int[] sign = new int[n];
        toSigns(x, sign);
        bt.apply(x);
        int j = iamax(x);
        int iter = 2;
        while (true) {
            java.util.Arrays.fill(x, 0.0);
            x[j] = 1;
            b.apply(x);
            double estOld = est;
            est = asum(x);
            if (sameSigns(x, sign) || est <= estOld) {
                break; // repeated sign vector, or no more progress
            }
            toSigns(x, sign);
            bt.apply(x);
            int jLast = j;
            j = iamax(x);
            if (x[jLast] == Math.abs(x[j]) || iter >= MAX_ITERATIONS) {
                break;
            }
            iter++;
        }
        // Higham's alternating-sign test vector x_i = (-1)^i (1 + i / (n - 1))
        for (int i = 0; i < n; i++) {
            x[i] = (i % 2 == 0 ? 1 : -1) * (1 + (double) i / (n - 1));
        }
        b.apply(x);
        double alt = 2 * asum(x) / (3.0 * n);
        return alt > est || Double.isNaN(alt) ? alt : est;
    }

    private static double asum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.abs(v);
        }
        return s;
    }

    private static int iamax(double[] x) {
        int best = 0;
        double max = Math.abs(x[0]);
        for (int i = 1; i < x.length; i++) {
            double v = Math.abs(x[i]);
            if (v > max) {
                max = v;
                best = i;
            }
        }
        return best;
    }

    private static void toSigns(double[] x, int[] sign) {
        for (int i = 0; i < x.length; i++) {
            sign[i] = x[i] >= 0 ? 1 : -1;
            x[i] = sign[i];
        }
    }

    private static boolean sameSigns(double[] x, int[] sign) {
        for (int i = 0; i < x.length; i++) {
            if ((x[i] >= 0 ? 1 : -1) != sign[i]) {
                return false;
            }
        }
        return true;
    }
}

package jnum.suites.sparse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Vec;
import jnum.testkit.Tolerance;

/** Checks shared by the sparse direct-solver suites. */
final class SolveChecks {
    private SolveChecks() {}

    /**
     * The residual of a backward stable solve of {@code a x = b}, row by row, within
     * {@code 30 n eps (|b| + |A| |x|)}, with plain loops on the dense oracle {@code a}.
     */
    static void assertBackwardStable(double[][] a, double[] b, Vec x, String what) {
        int n = b.length;
        for (int i = 0; i < n; i++) {
            double r = b[i];
            double bound = Math.abs(b[i]);
            for (int j = 0; j < n; j++) {
                r -= a[i][j] * x.get(j);
                bound += Math.abs(a[i][j] * x.get(j));
            }
            assertTrue(
                    Math.abs(r) <= 30 * n * Tolerance.EPS * bound + Double.MIN_NORMAL,
                    what + ": residual " + r + " at row " + i);
        }
    }
}

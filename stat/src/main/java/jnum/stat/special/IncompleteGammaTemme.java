package jnum.stat.special;

/**
 * Temme's uniform asymptotic expansion of the regularized incomplete gamma functions for large a
 * near the transition x = a (N. M. Temme, "The asymptotic expansion of the incomplete gamma
 * functions", SIAM J. Math. Anal. 10, 1979; used the same way in DiDonato and Morris, ACM TOMS 12,
 * 1986):
 *
 * <pre>
 *   Q(a, x) = erfc(eta sqrt(a/2)) / 2 + R,   P(a, x) = erfc(-eta sqrt(a/2)) / 2 - R,
 *   R = exp(-a eta^2 / 2) / sqrt(2 pi a) * sum_k c_k(eta) a^-k,
 *   eta^2 / 2 = lambda - 1 - log(lambda),  lambda = x / a,  sign(eta) = sign(lambda - 1).
 * </pre>
 *
 * {@code eta^2 / 2 = -log1pmx(lambda - 1)} keeps full relative accuracy at lambda = 1, and the
 * coefficients c_k are power series in eta generated with mpmath ({@link Tables#TEMME}). With
 * {@code a >= 20} and {@code |lambda - 1| <= 0.3} the eleven terms kept are below 1e-17 of the sum.
 */
final class IncompleteGammaTemme {
    private IncompleteGammaTemme() {}

    static double value(double a, double x, boolean upper) {
        double mu = (x - a) / a; // x - a is exact for x in [a/2, 2a]
        double halfEta2 = -LogMath.log1pmx(mu);
        double eta = Math.sqrt(2 * halfEta2);
        if (mu < 0) {
            eta = -eta;
        }
        double y = eta * Math.sqrt(0.5 * a);
        double r = Math.exp(-a * halfEta2) / Math.sqrt(2 * Math.PI * a) * sum(a, eta);
        return upper ? 0.5 * Erf.erfc(y) + r : 0.5 * Erf.erfc(-y) - r;
    }

    /**
     * {@code log Q(a, x)} ({@code upper}) or {@code log P(a, x)} for the tail that lies beyond the
     * transition point (x above a for Q, below it for P): both parts share the factor {@code
     * exp(-a eta^2 / 2)}, so {@code log = -a eta^2 / 2 + log(erfcx(|y|) / 2 +- sum / sqrt(2 pi a))},
     * finite where the value underflows.
     */
    static double logTail(double a, double x, boolean upper) {
        double mu = (x - a) / a;
        double halfEta2 = -LogMath.log1pmx(mu);
        double eta = Math.sqrt(2 * halfEta2);
        if (mu < 0) {
            eta = -eta;
        }
        double y = Math.abs(eta) * Math.sqrt(0.5 * a);
        double r = sum(a, eta) / Math.sqrt(2 * Math.PI * a);
        return -a * halfEta2 + Math.log(0.5 * Erf.erfcx(y) + (upper ? r : -r));
    }

    /** {@code sum_k c_k(eta) a^-k}. */
    private static double sum(double a, double eta) {
        double inva = 1 / a;
        double[][] c = Tables.TEMME;
        double sum = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            double[] ck = c[k];
            double p = ck[ck.length - 1];
            for (int j = ck.length - 2; j >= 0; j--) {
                p = Math.fma(p, eta, ck[j]);
            }
            sum = Math.fma(sum, inva, p);
        }
        return sum;
    }
}

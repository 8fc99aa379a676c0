package jnum.stat.distribution;

/**
 * The series of Debye's uniform asymptotic expansion of the modified Bessel function (DLMF
 * 10.41(ii)), {@code I_nu(z) ~ e^(nu eta) / sqrt(2 pi R) sum_k U_k(p) / nu^k} with
 * {@code R = sqrt(nu^2 + z^2)}, {@code p = nu / R} and
 * {@code nu eta = R + nu log(z / (nu + R))}.
 *
 * <p>{@code U_k(p)} has only the powers {@code p^k, p^(k+2), ..., p^(3k)}, so each term is
 * {@code U_k(p) / nu^k = P_k(q) / R^k} with {@code q = p^2 = nu^2 / R^2} in [0, 1] and
 * {@code P_k(q) = U_k(p) / p^k} a polynomial of degree k. In that form the series depends on nu
 * only through q (it is even in nu, as is {@code nu eta}) and is an expansion in {@code 1 / R}
 * uniformly in the order: for large z at a fixed order it is Hankel's expansion regrouped, for a
 * large order at any z it is Debye's. On [0, 1], {@code |P_k| <= 0.125, 0.071, 0.074, 0.113,
 * 0.228, 0.573, 1.73, 6.08, 24.4, 110.1, 551.4} for k = 1..11 ({@link #BOUND}, from the exact
 * polynomials on a grid of 2e5 points); the coefficient sums grow faster, to 6e9 at k = 11, which
 * bounds the rounding of their evaluation by {@code 6e9 eps / R^11}. The sum stops at the first
 * term whose successor is bounded by 1e-18; for {@code R >= 199}, where it is used, that is term
 * {@value #TERMS} at the latest (term 11 is below {@code 3e-23} there).
 *
 * <p>The polynomials come from the recurrence of DLMF 10.41(ii), {@code u_{k+1}(p) = p^2 (1 - p^2) u_k'(p) / 2 +
 * (1/8) integral_0^p (1 - 5 t^2) u_k(t) dt}, run once in double arithmetic (each coefficient is a
 * short sum of positive and negative rationals, correct to a few ulps).
 */
final class DebyeSeries {
    /** The number of terms after the leading 1. */
    static final int TERMS = 10;

    /** {@code P[k][i]}: the coefficient of {@code q^i} in {@code P_k(q)}. */
    private static final double[][] P = polynomials();

    /** Upper bounds of {@code max |P_k(q)|} on [0, 1], k = 0..{@value #TERMS} + 1 (see above). */
    private static final double[] BOUND = {1, 0.125, 0.071, 0.074, 0.113, 0.228, 0.573, 1.73, 6.08, 24.4, 110.1, 551.4};

    private DebyeSeries() {}

    /**
     * {@code sum_{1 <= k <= K} P_k(q) / R^k} (the series less its leading 1) for {@code q = nu^2 /
     * R^2} in [0, 1] and {@code rInverse = 1 / R >= 0}, with K the first index from which the bound
     * {@code max|P_(K+1)| / R^(K+1)} is below 1e-18, at most {@value #TERMS}: three terms at
     * {@code R = 5e4}.
     */
    static double tail(double q, double rInverse) {
        int terms = 0;
        double power = 1; // R^-terms
        do {
            terms++;
            power *= rInverse;
        } while (terms < TERMS && BOUND[terms + 1] * power * rInverse >= 1e-18);
        double s = 0;
        for (int k = terms; k >= 1; k--) {
            double[] c = P[k];
            double pk = c[k];
            for (int i = k - 1; i >= 0; i--) {
                pk = Math.fma(pk, q, c[i]);
            }
            s = (s + pk) * rInverse;
        }
        return s;
    }

    private static double[][] polynomials() {
        // u[e]: coefficient of p^e in u_k(p), e <= 3k
        double[][] p = new double[TERMS + 1][];
        double[] u = {1};
        p[0] = new double[] {1};
        for (int k = 1; k <= TERMS; k++) {
            double[] next = new double[3 * k + 1];
            for (int e = 0; e < u.length; e++) {
                double a = u[e];
                if (a == 0) {
                    continue;
                }
                // p^2 (1 - p^2) e a p^(e-1) / 2
                next[e + 1] += 0.5 * e * a;
                next[e + 3] -= 0.5 * e * a;
                // (1/8) integral of (1 - 5 t^2) a t^e
                next[e + 1] += a / (8.0 * (e + 1));
                next[e + 3] -= 5 * a / (8.0 * (e + 3));
            }
            u = next;
            p[k] = new double[k + 1];
            for (int i = 0; i <= k; i++) {
                p[k][i] = u[k + 2 * i];
            }
        }
        return p;
    }
}

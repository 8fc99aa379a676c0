package jnum.stat.distribution;

/**
 * Finite sums {@code sum_{k=a..b} k^-s} and {@code sum_{k=a..b} k^-s log k} (generalized harmonic
 * numbers and their s-derivatives) in O(1 + |s|) operations for any length: the first
 * {@code 16 + 2|s|} terms directly (stopping early once a bound on the rest is negligible), the
 * rest by the Euler-Maclaurin formula with six Bernoulli terms, whose remainder is below 1e-17 of
 * the sum once the first summed index exceeds {@code max(16, 2|s|)}. The integrals are written
 * with {@code expm1}-type kernels, so they stay accurate for s near 1.
 */
final class PowerSums {
    /** {@code B_{2j} / (2j)!}, j = 1..6. */
    private static final double[] BERNOULLI = {
        1.0 / 12, -1.0 / 720, 1.0 / 30240, -1.0 / 1209600, 1.0 / 47900160, -691.0 / 1307674368000.0
    };

    private static final double NEGLIGIBLE = 0x1p-60;

    private PowerSums() {}

    /** {@code sum_{k=a..b} k^-s} for {@code 1 <= a}; 0 when {@code a > b}. */
    static double sum(long a, long b, double s) {
        return sums(a, b, s, false);
    }

    /** {@code sum_{k=a..b} k^-s log k} for {@code 1 <= a}; 0 when {@code a > b}. */
    static double logWeighted(long a, long b, double s) {
        return sums(a, b, s, true);
    }

    private static double sums(long a, long b, double s, boolean withLog) {
        if (a > b) {
            return 0;
        }
        long direct = 16 + (long) Math.ceil(2 * Math.abs(s));
        long last = b - a < direct ? b : a + direct - 1;
        double acc = 0;
        long k = a;
        for (; k <= last; k++) {
            double lk = Math.log(k);
            double t = Math.exp(-s * lk);
            if (withLog) {
                t *= lk;
            }
            acc += t;
            if (s > 1 && k >= 3) {
                // the rest is at most the integral from k to infinity
                double rest = Math.exp((1 - s) * lk) / (s - 1);
                if (withLog) {
                    rest *= lk + 1 / (s - 1);
                }
                if (rest <= NEGLIGIBLE * acc) {
                    return acc;
                }
            }
        }
        if (k > b) {
            return acc;
        }
        return acc + eulerMaclaurin(k, b, s, withLog);
    }

    /** {@code sum_{k=m..b} f(k)} for {@code f = x^-s (log x)^[withLog]} by Euler-Maclaurin. */
    private static double eulerMaclaurin(long m, long b, double s, boolean withLog) {
        double lm = Math.log(m);
        double lb = Math.log(b);
        double d = Math.log1p((double) (b - m) / m); // log(b/m), accurate for b near m
        double t = 1 - s;
        double scale = Math.exp(t * lm);
        double z = t * d;
        double integral = withLog ? scale * (lm * d * phi1(z) + d * d * phi2(z)) : scale * d * phi1(z);
        double fm = Math.exp(-s * lm) * (withLog ? lm : 1);
        double fb = Math.exp(-s * lb) * (withLog ? lb : 1);
        double total = integral + 0.5 * (fm + fb);
        // odd derivatives: f^(r)(x) = -x^(-s-r) [P_r (log x)^w - w D_r], r odd,
        // with P_r = s (s+1) ... (s+r-1) and D_r = dP_r/ds
        double pr = 1;
        double dr = 0;
        int r = 0;
        for (int j = 0; j < BERNOULLI.length; j++) {
            int target = 2 * j + 1;
            while (r < target) {
                dr = dr * (s + r) + pr;
                pr *= s + r;
                r++;
            }
            double derivB = -Math.exp((-s - r) * lb) * (withLog ? pr * lb - dr : pr);
            double derivM = -Math.exp((-s - r) * lm) * (withLog ? pr * lm - dr : pr);
            total += BERNOULLI[j] * (derivB - derivM);
        }
        return total;
    }

    /** {@code expm1(z)/z}, 1 at 0. */
    static double phi1(double z) {
        return z == 0 ? 1 : Math.expm1(z) / z;
    }

    /** {@code integral_0^1 w e^(zw) dw = (e^z (z-1) + 1)/z^2}, by its series near 0. */
    static double phi2(double z) {
        if (Math.abs(z) < 0.5) {
            double sum = 0.5;
            double term = 1; // z^k / k!
            for (int k = 1; k < 24; k++) {
                term *= z / k;
                sum += term / (k + 2);
            }
            return sum;
        }
        return (Math.exp(z) * (z - 1) + 1) / (z * z);
    }
}

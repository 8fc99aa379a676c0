package jnum.stat.distribution;

import jnum.stat.special.Special;

/**
 * A hypergeometric tail relative to its first term, {@code T(k) / P(k)} with {@code T(k) = sum
 * P(j)} over {@code j <= k} (lower tail) or {@code j >= k} (upper tail), for a tail that lies away
 * from the mode, in a cost that does not grow with the standard deviation.
 *
 * <p>Where the terms fall fast from k (the first ratio below {@code e^-0.2}, so at most a few
 * hundred terms matter) or the standard deviation is below {@value #SUMMED_SD}, the ratio
 * recurrence is summed directly until a bound on the rest is negligible. Otherwise the sum is
 * replaced by the Euler-Maclaurin formula on the continuous extension {@code P(x) = exp(g(x))}
 * (log-gamma in place of log-factorials): {@code T(k)/P(k) = I + 1/2 -+ sum_{m=1..5} B_2m/(2m)!
 * P^(2m-1)(k)/P(k)}, with {@code I = integral_0^inf P(k -+ s)/P(k) ds}. Its truncation error is
 * {@code B_12/12! |g'|^11} relative, below 1e-17 for {@code |g'| <= 0.2}; the far end adds terms
 * of {@code e^-40} and below. The integral is taken by 16-point Gauss-Legendre panels of doubling
 * width from the local scale {@code 1 / (|g'(k)| + |g''(k)|^(1/2))} until the integrand has fallen
 * by {@code e^-40}: at most six panels.
 *
 * <p>The integrand {@code exp(g(k + t) - g(k))} is formed from the exact integer counts {@code c =
 * k, a = K - k, b = n - k, r = N - K - n + k} and the offset t alone, never from {@code k + t} (at
 * k = 1e14 a rounded node would move the integrand by {@code g' ulp(k)}): with {@code
 * log Gamma(y + 1 + t) - log Gamma(y + 1) = t log y + R(y, t)} and Stirling's form {@code R(y, t)
 * = y phi(t / y) + log1p(t / y) / 2 + se(y + t) - se(y)}, {@code phi(u) = (1 + u) log1p(u) - u},
 * {@code g(k + t) - g(k) = t log(a b / (c r)) - R(c, t) - R(a, -t) - R(b, -t) - R(r, t)}; the
 * logarithm comes from error-free products of the counts, so its error is relative to its own
 * small value. The derivatives of g at k are polygamma differences in their asymptotic series
 * (every count is above {@value #MIN_COUNT} here), and those of P follow by the complete Bell
 * polynomial recurrence.
 */
final class HypergeometricTail {
    /** Below this standard deviation the tails are summed directly (at most about 9 x this terms). */
    static final double SUMMED_SD = 256;

    /** A first ratio below {@code e^-SLOPE} makes the direct sum short. */
    private static final double SLOPE = 0.2;

    /** The Euler-Maclaurin path needs every count at least this large (asymptotic polygammas). */
    private static final double MIN_COUNT = 1e4;

    /**
     * The entropy is an integral from this standard deviation on: it needs no derivatives, only the
     * Stirling form of the integrand (the direct sum costs a log mass per term).
     */
    static final double ENTROPY_MIN_SD = 32;

    /** The smallest count at the mode for the entropy's integral. */
    private static final double ENTROPY_MIN_COUNT = 1e3;

    /** The integral stops once the integrand is below {@code e^-DROP} of its first value. */
    private static final double DROP = 40;

    private static final double NEGLIGIBLE = 0x1p-56;

    /** {@code B_2m / (2m)!} for m = 1..5. */
    private static final double[] BERNOULLI = {1.0 / 12, -1.0 / 720, 1.0 / 30240, -1.0 / 1209600, 1.0 / 47900160};

    private static final int NODES = 16;
    private static final double[][] RULE = Special.rootsLegendre(NODES);
    private static final double[] NODE = RULE[0];
    private static final double[] WEIGHT = RULE[1];

    private HypergeometricTail() {}

    /**
     * {@code T(k) / P(k) >= 1} for the tail from k towards {@code dir} (-1 lower, +1 upper); k is
     * inside the support and the tail lies away from the mode.
     */
    static double ratio(Hypergeometric d, long k, int dir) {
        double firstRatio = dir < 0 ? d.ratioDown(k) : d.ratioUp(k);
        if (firstRatio > Math.exp(-SLOPE) && d.variance() >= SUMMED_SD * SUMMED_SD) {
            double b = eulerMaclaurin(d, k, dir);
            if (!Double.isNaN(b)) {
                return b;
            }
        }
        return summed(d, k, dir);
    }

    /** The ratio recurrence summed from k until a geometric bound on the rest is negligible. */
    static double summed(Hypergeometric d, long k, int dir) {
        double sum = 1;
        double t = 1;
        long end = dir < 0 ? d.lowest() : d.highest();
        for (long j = k; j != end; j += dir) {
            double rho = dir < 0 ? d.ratioDown(j) : d.ratioUp(j);
            t *= rho;
            sum += t;
            if (rho < 1 && t * rho / (1 - rho) <= NEGLIGIBLE * sum) {
                break;
            }
        }
        return sum;
    }

    /** The Euler-Maclaurin value, or NaN where its conditions fail (then the caller sums). */
    private static double eulerMaclaurin(Hypergeometric d, long k, int dir) {
        Counts c = new Counts(d, k);
        if (Math.min(Math.min(c.c, c.r), Math.min(c.a, c.b)) < MIN_COUNT) {
            return Double.NaN;
        }
        double[] g = c.derivatives();
        if (Math.abs(g[1]) > 2 * SLOPE) {
            return Double.NaN;
        }
        double[] integrals = panels(c, dir, scale(g), room(c, dir));
        if (integrals == null) {
            return Double.NaN;
        }
        double integral = integrals[0];
        double[] h = bell(g);
        double corrections = 0;
        for (int m = BERNOULLI.length - 1; m >= 0; m--) {
            corrections += BERNOULLI[m] * h[2 * m + 1];
        }
        return integral + 0.5 - dir * corrections;
    }

    /**
     * The entropy {@code -sum P(j) log P(j)} for a standard deviation of at least {@value
     * #ENTROPY_MIN_SD}, or NaN where the counts at the mode are below {@value #ENTROPY_MIN_COUNT}
     * (the two-term Stirling series in {@link #stirling} then loses accuracy). Over the whole line the sum of
     * a smooth function equals its integral up to Poisson-summation terms of order {@code
     * exp(-2 pi^2 sd^2)}, so with {@code P(m + t) = P(m) exp(D(t))} around the mode m: {@code H =
     * -P(m) (log P(m) integral e^D + integral e^D D)}.
     */
    static double entropy(Hypergeometric d) {
        long m = d.mode();
        Counts c = new Counts(d, m);
        if (d.variance() < ENTROPY_MIN_SD * ENTROPY_MIN_SD
                || Math.min(Math.min(c.c, c.r), Math.min(c.a, c.b)) < ENTROPY_MIN_COUNT) {
            return Double.NaN;
        }
        double scale = scale(c.derivatives());
        double[] lower = panels(c, -1, scale, room(c, -1));
        double[] upper = panels(c, 1, scale, room(c, 1));
        if (lower == null || upper == null) {
            return Double.NaN;
        }
        double lp = d.logPmf(m);
        return -Math.exp(lp) * (lp * (lower[0] + upper[0]) + lower[1] + upper[1]);
    }

    /** The local scale {@code 1 / (|g'| + |g''|^(1/2))} of the mass around k. */
    private static double scale(double[] g) {
        return 1 / (Math.abs(g[1]) + Math.sqrt(Math.max(-g[2], 0)));
    }

    /** Half the smaller count that shrinks along the direction: the panels stay inside it. */
    private static double room(Counts c, int dir) {
        return 0.5 * (dir < 0 ? Math.min(c.c, c.r) : Math.min(c.a, c.b));
    }

    /**
     * {@code {integral e^D(dir s) ds, integral e^D(dir s) D(dir s) ds}} over {@code s >= 0} by
     * 16-point Gauss-Legendre panels of widths scale, 2 scale, 4 scale, ... until D is below
     * {@code -DROP} at a panel's end; null if a panel would pass {@code room}.
     */
    private static double[] panels(Counts c, int dir, double scale, double room) {
        double mass = 0;
        double weighted = 0;
        double from = 0;
        double width = scale;
        for (int panel = 0; panel < 60; panel++) {
            double to = from + width;
            if (to > room) {
                return null;
            }
            double mid = 0.5 * (from + to);
            double half = 0.5 * width;
            double s0 = 0;
            double s1 = 0;
            for (int i = 0; i < NODES; i++) {
                double dv = c.logRatio(dir * (mid + half * NODE[i]));
                double e = WEIGHT[i] * Math.exp(dv);
                s0 += e;
                s1 += e * dv;
            }
            mass += half * s0;
            weighted += half * s1;
            if (c.logRatio(dir * to) < -DROP) {
                break;
            }
            from = to;
            width *= 2;
        }
        return new double[] {mass, weighted};
    }

    /** {@code P^(m)(k) / P(k)} for m = 0..9 from {@code g^(m)(k)}: complete Bell polynomials. */
    private static double[] bell(double[] g) {
        double[] h = new double[g.length];
        h[0] = 1;
        for (int m = 0; m + 1 < g.length; m++) {
            double s = 0;
            double binom = 1;
            for (int i = 0; i <= m; i++) {
                s += binom * h[m - i] * g[i + 1];
                binom = binom * (m - i) / (i + 1);
            }
            h[m + 1] = s;
        }
        return h;
    }

    /** The four counts at k and the log mass relative to k's. */
    private static final class Counts {
        final double c;
        final double a;
        final double b;
        final double r;
        /** {@code log(a b / (c r))}, accurate relative to itself. */
        final double slope;

        Counts(Hypergeometric d, long k) {
            long ca = d.successes() - k;
            long cb = d.draws() - k;
            long cr = d.population() - d.successes() - d.draws() + k;
            c = k;
            a = ca;
            b = cb;
            r = cr;
            double p1 = a * b;
            double e1 = Math.fma(a, b, -p1);
            double p2 = c * r;
            double e2 = Math.fma(c, r, -p2);
            double q = p1 / p2;
            // within a factor 2 the difference of the leading parts is exact (Sterbenz)
            slope = q > 0.5 && q < 2 ? Math.log1p(((p1 - p2) + (e1 - e2)) / p2) : Math.log(q);
        }

        /** {@code g(k + t) - g(k)}. */
        double logRatio(double t) {
            return t * slope - stirling(c, t) - stirling(a, -t) - stirling(b, -t) - stirling(r, t);
        }

        /** {@code g^(m)(k)} for m = 0..9 (g[0] unused). */
        double[] derivatives() {
            double[] g = new double[10];
            g[1] = slope + digammaExcess(a) + digammaExcess(b) - digammaExcess(c) - digammaExcess(r);
            for (int m = 2; m < g.length; m++) {
                double sign = (m & 1) == 0 ? 1 : -1;
                g[m] = -polygamma(m - 1, c) - sign * (polygamma(m - 1, a) + polygamma(m - 1, b)) - polygamma(m - 1, r);
            }
            return g;
        }
    }

    /**
     * {@code log Gamma(y + 1 + t) - log Gamma(y + 1) - t log y = y phi(u) + log1p(u)/2 + se(y + t)
     * - se(y)}, {@code u = t / y}, for large y.
     */
    static double stirling(double y, double t) {
        double u = t / y;
        double yphi;
        double halfLog;
        if (Math.abs(u) < 0.1) {
            // log1p(u) = 2 atanh(v), v = u / (2 + u): phi = u v + 2 (1 + u) (v^3/3 + v^5/5 + ...)
            double v = u / (2 + u);
            double v2 = v * v;
            double term = v * v2;
            double odd = 0;
            for (int j = 3; j < 40; j += 2) {
                double add = term / j;
                odd += add;
                if (Math.abs(add) <= 0x1p-60 * Math.abs(odd)) {
                    break;
                }
                term *= v2;
            }
            yphi = y * (u * v + 2 * (1 + u) * odd);
            halfLog = v + odd;
        } else {
            double l = Math.log1p(u);
            yphi = y * ((1 + u) * l - u);
            halfLog = 0.5 * l;
        }
        // se(z) = 1/(12 z) - 1/(360 z^3) + O(z^-5), z >= 5e3 here
        double z = y + t;
        double se = -t / (12 * y * z) - (1 / (z * z * z) - 1 / (y * y * y)) / 360;
        return yphi + halfLog + se;
    }

    /** {@code psi(y + 1) - log y} for large y. */
    private static double digammaExcess(double y) {
        double w = 1 / y;
        double w2 = w * w;
        return w * (0.5 - w * (1.0 / 12 - w2 * (1.0 / 120 - w2 / 252)));
    }

    /** {@code psi^(j)(y + 1)} for j >= 1 and large y: the asymptotic series to three terms. */
    private static double polygamma(int j, double y) {
        double z = y + 1;
        double fact = 1; // (j - 1)!
        for (int i = 2; i < j; i++) {
            fact *= i;
        }
        double w = 1 / z;
        double lead = fact * Math.pow(w, j);
        double s =
                lead * (1 + w * (j / 2.0 + w * (j * (j + 1) / 12.0 - w * w * j * (j + 1) * (j + 2) * (j + 3) / 720.0)));
        return (j & 1) == 1 ? s : -s;
    }
}

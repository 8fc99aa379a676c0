package jnum.stat;

/**
 * Tail probabilities of the Kolmogorov-Smirnov statistics of a sample of n from a continuous
 * distribution (what SciPy calls {@code ksone} and {@code kstwo}) and of the limiting Kolmogorov
 * distribution ({@code kstwobign}).
 *
 * <ul>
 *   <li>One-sided {@code P(D+_n >= d)}: the exact Birnbaum-Tingey sum, every term positive,
 *       evaluated in logarithms.
 *   <li>Two-sided {@code P(D_n >= d)}: {@code 2 P(D+_n >= d)} where that is at most 1e-3 (the
 *       neglected probability of crossing both bounds is then below 1e-10 of the result, and the
 *       identity is exact for d >= 1/2); otherwise {@code 1 - P(D_n < d)} with the cdf by the exact
 *       matrix method of Marsaglia, Tsang and Wang ("Evaluating Kolmogorov's distribution", 2003).
 *       When that matrix would be too large (order 2 n d + 1 beyond about 1500) the limiting
 *       distribution at {@code sqrt(n) d} is used, with Stephens' correction
 *       {@code (sqrt n + 0.12 + 0.11 / sqrt n) d}.
 * </ul>
 */
final class KolmogorovDistribution {
    private KolmogorovDistribution() {}

    /** {@code P(D+_n >= d)}, exact. */
    static double oneSidedSurvival(int n, double d) {
        if (d <= 0) {
            return 1;
        }
        if (d >= 1) {
            return 0;
        }
        int jmax = (int) Math.floor(n * (1 - d));
        double logChoose = 0; // log C(n, j)
        double sum = 0;
        for (int j = 0; j <= jmax; j++) {
            if (j > 0) {
                logChoose += Math.log((double) (n - j + 1) / j);
            }
            double a = 1 - d - (double) j / n; // weight of the n - j values above
            double b = d + (double) j / n;
            if (a <= 0) {
                continue;
            }
            double logTerm = logChoose + (n - j) * Math.log(a) + (j - 1) * Math.log(b);
            sum += Math.exp(logTerm);
        }
        return Math.min(1, d * sum);
    }

    /** {@code P(D_n >= d)}, two-sided. */
    static double twoSidedSurvival(int n, double d) {
        if (d >= 1) {
            return 0;
        }
        if (d <= 0.5 / n) {
            return 1;
        }
        if (n == 1) {
            return 2 - 2 * d;
        }
        double twice = 2 * oneSidedSurvival(n, d);
        if (d >= 0.5 || twice <= 1e-3) {
            return Math.min(1, twice);
        }
        int k = (int) (n * d) + 1;
        int m = 2 * k - 1;
        if ((double) m * m * m * (32 - Integer.numberOfLeadingZeros(n)) > 4e9) {
            double sn = Math.sqrt(n);
            return limitingSurvival((sn + 0.12 + 0.11 / sn) * d);
        }
        return Math.max(0, 1 - durbinCdf(n, d));
    }

    /** The limiting Kolmogorov distribution's survival {@code P(K >= x)}. */
    static double limitingSurvival(double x) {
        if (x <= 0) {
            return 1;
        }
        if (x < 1) {
            // cdf = sqrt(2 pi) / x sum exp(-(2k-1)^2 pi^2 / (8 x^2)), converges fast for small x
            double s = 0;
            for (int k = 1; k <= 20; k++) {
                double t = (2 * k - 1) * Math.PI / x;
                s += Math.exp(-t * t / 8);
            }
            return 1 - Math.sqrt(2 * Math.PI) / x * s;
        }
        double s = 0;
        for (int k = 1; k <= 100; k++) {
            double t = Math.exp(-2.0 * k * k * x * x);
            s += (k % 2 == 1 ? 2 : -2) * t;
            if (t < 1e-300) {
                break;
            }
        }
        return Math.min(1, s);
    }

    /** {@code P(D_n < d)} by the matrix method of Marsaglia, Tsang and Wang. */
    static double durbinCdf(int n, double d) {
        int k = (int) (n * d) + 1;
        int m = 2 * k - 1;
        double h = k - n * d;
        double[] hm = new double[m * m]; // row-major
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                hm[i * m + j] = i - j + 1 < 0 ? 0 : 1;
            }
        }
        for (int i = 0; i < m; i++) {
            hm[i * m] -= Math.pow(h, i + 1);
            hm[(m - 1) * m + i] -= Math.pow(h, m - i);
        }
        hm[(m - 1) * m] += 2 * h - 1 > 0 ? Math.pow(2 * h - 1, m) : 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i - j + 1 > 0) {
                    for (int g = 1; g <= i - j + 1; g++) {
                        hm[i * m + j] /= g;
                    }
                }
            }
        }
        int[] exp = new int[1];
        double[] q = power(hm, m, n, exp);
        double s = q[(k - 1) * m + (k - 1)];
        int e = exp[0];
        for (int i = 1; i <= n; i++) {
            s = s * i / n;
            if (s < 1e-140) {
                s *= 1e140;
                e -= 140;
            }
        }
        return s * Math.pow(10, e);
    }

    /** A^n with a decimal exponent kept apart to avoid overflow. */
    private static double[] power(double[] a, int m, int n, int[] exp) {
        if (n == 1) {
            exp[0] = 0;
            return a.clone();
        }
        double[] half = power(a, m, n / 2, exp);
        double[] v = multiply(half, half, m);
        int e = 2 * exp[0];
        if (n % 2 == 1) {
            v = multiply(a, v, m);
        }
        if (v[(m / 2) * m + m / 2] > 1e140) {
            for (int i = 0; i < v.length; i++) {
                v[i] *= 1e-140;
            }
            e += 140;
        }
        exp[0] = e;
        return v;
    }

    private static double[] multiply(double[] a, double[] b, int m) {
        double[] c = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < m; l++) {
                double ail = a[i * m + l];
                if (ail == 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    c[i * m + j] += ail * b[l * m + j];
                }
            }
        }
        return c;
    }
}

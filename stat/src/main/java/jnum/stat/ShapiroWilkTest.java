package jnum.stat;

import java.util.Arrays;
import jnum.stat.distribution.Normal;

/**
 * The Shapiro-Wilk test of normality by Royston's algorithm AS R94 ("Remark AS R94: A remark on
 * algorithm AS 181: the W-test for normality", Applied Statistics 44, 1995), as SciPy's
 * {@code shapiro}: the coefficients from Royston's polynomial approximations to the normal order
 * statistics' weights, W from the sorted sample (the median subtracted first, for accuracy), and
 * the p-value from Royston's normalising transformations (exact for n = 3). Valid for
 * 3 &lt;= n &lt;= 5000; larger samples are accepted, the p-value then being an extrapolation.
 *
 * <p>Errors: {@link IllegalArgumentException} for fewer than 3 values, NaN, or a sample of equal
 * values (W undefined).
 */
public final class ShapiroWilkTest {
    private static final double[] C1 = {0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056};
    private static final double[] C2 = {0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633};
    private static final double[] C3 = {0.544, -0.39978, 0.025054, -6.714e-4};
    private static final double[] C4 = {1.3822, -0.77857, 0.062767, -0.0020322};
    private static final double[] C5 = {-1.5861, -0.31082, -0.083751, 0.0038915};
    private static final double[] C6 = {-0.4803, -0.082676, 0.0030302};
    private static final double[] G = {-2.273, 0.459};

    private ShapiroWilkTest() {}

    /** The test; the statistic is W, the alternative that the sample is not normal (reported as TWO_SIDED). */
    public static TestResult test(double[] x) {
        Samples.nonNull("shapiroWilk", "x", x);
        int n = x.length;
        Samples.atLeast("shapiroWilk", "x", n, 3);
        Samples.noNaN("shapiroWilk", "x", x, 0, n);
        double[] y = x.clone();
        Arrays.sort(y);
        double med = y[n / 2];
        for (int i = 0; i < n; i++) {
            y[i] -= med;
        }
        double range = y[n - 1] - y[0];
        if (range == 0) {
            throw new IllegalArgumentException("shapiroWilk: all values are equal, W is undefined");
        }
        double[] a = coefficients(n);
        // W = (sum a_i y_(i))^2 / sum (y - mean)^2, with the antisymmetric coefficient vector
        double mean = Moments.mean(y, 0, n);
        double ss = Moments.sumSquaredDeviations(y, 0, n, mean);
        double num = 0;
        for (int i = 0; i < n / 2; i++) {
            num += a[i] * (y[n - 1 - i] - y[i]);
        }
        double w = Math.min(1, num * num / ss);
        return new TestResult("Shapiro-Wilk test", w, Double.NaN, pValue(n, w), Alternative.TWO_SIDED);
    }

    /** The n / 2 positive coefficients a_n, a_{n-1}, ... (largest first). */
    static double[] coefficients(int n) {
        int half = n / 2;
        double[] a = new double[half];
        if (n == 3) {
            a[0] = Math.sqrt(0.5);
            return a;
        }
        Normal z = Normal.standard();
        double an25 = n + 0.25;
        double[] m = new double[half];
        double summ2 = 0;
        for (int i = 0; i < half; i++) {
            m[i] = z.quantile((i + 1 - 0.375) / an25);
            summ2 += m[i] * m[i];
        }
        summ2 *= 2;
        double ssumm2 = Math.sqrt(summ2);
        double rsn = 1 / Math.sqrt(n);
        double a1 = poly(C1, rsn) - m[0] / ssumm2;
        int first;
        double fac;
        if (n > 5) {
            first = 2;
            double a2 = -m[1] / ssumm2 + poly(C2, rsn);
            fac = Math.sqrt((summ2 - 2 * m[0] * m[0] - 2 * m[1] * m[1]) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
            a[1] = a2;
        } else {
            first = 1;
            fac = Math.sqrt((summ2 - 2 * m[0] * m[0]) / (1 - 2 * a1 * a1));
        }
        a[0] = a1;
        for (int i = first; i < half; i++) {
            a[i] = -m[i] / fac;
        }
        return a;
    }

    /** Royston's p-value of W for a sample of n. */
    static double pValue(int n, double w) {
        if (n == 3) {
            double pi6 = 6 / Math.PI, stqr = Math.PI / 3;
            return Math.max(0, Math.min(1, pi6 * (Math.asin(Math.sqrt(w)) - stqr)));
        }
        double w1 = 1 - w;
        double y = Math.log(w1);
        double mean, sd;
        if (n <= 11) {
            double gamma = poly(G, n);
            if (y >= gamma) {
                return 1e-99; // AS R94's "small": W is beyond the transformation's range
            }
            y = -Math.log(gamma - y);
            mean = poly(C3, n);
            sd = Math.exp(poly(C4, n));
        } else {
            double xx = Math.log(n);
            mean = poly(C5, xx);
            sd = Math.exp(poly(C6, xx));
        }
        return Normal.standard().survival((y - mean) / sd);
    }

    private static double poly(double[] c, double x) {
        double r = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            r = r * x + c[i];
        }
        return r;
    }
}

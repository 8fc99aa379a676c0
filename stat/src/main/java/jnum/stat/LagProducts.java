package jnum.stat;

/**
 * The sums behind the lag-k autocorrelation, in about twice the working precision (the Dot2
 * scheme of Ogita, Rump and Oishi, "Accurate sum and dot product", 2005: each deviation
 * {@code x - m} is split exactly into a head and a tail by TwoSum, each product's rounding error is
 * recovered with an FMA, and all errors are summed apart), then shifted exactly from the computed
 * mean to the sample mean. This keeps r(1) of NIST's hard sets (NumAcc3: deviations 1e-7 of the
 * mean; PiDigits: r(1) = -0.0036, a cancelling sum) to full precision.
 */
final class LagProducts {
    private LagProducts() {}

    /** {@code {sum_{i<n-lag} d_i d_{i+lag}, sum d_i^2}} about the exact sample mean, m near it. */
    static double[] of(double[] x, int off, int n, int lag, double m) {
        double[] head = new double[n];
        double[] tail = new double[n];
        double s1 = 0, c1 = 0;
        for (int i = 0; i < n; i++) {
            double a = x[off + i];
            double d = a - m;
            double z = d - a;
            head[i] = d;
            tail[i] = (a - (d - z)) + (-m - z); // TwoSum error of a + (-m)
            double t = s1 + d;
            c1 += Math.abs(s1) >= Math.abs(d) ? (s1 - t) + d : (d - t) + s1;
            s1 = t;
            c1 += tail[i];
        }
        double sum = s1 + c1; // sum of the exact deviations from m
        double num = dot(head, tail, 0, lag, n - lag);
        double den = dot(head, tail, 0, 0, n);
        // shift from m to the sample mean m + delta
        double delta = sum / n;
        double a = 0, b = 0;
        for (int i = 0; i < n - lag; i++) {
            a += head[i] + tail[i];
            b += head[i + lag] + tail[i + lag];
        }
        num = num - delta * (a + b) + (n - lag) * delta * delta;
        den = den - sum * delta;
        return new double[] {num, den};
    }

    /** {@code sum_{i<len} (h_{i+p} + t_{i+p})(h_{i+q} + t_{i+q})} with Dot2's error terms. */
    private static double dot(double[] h, double[] t, int p, int q, int len) {
        double s = 0, c = 0;
        for (int i = 0; i < len; i++) {
            double u = h[p + i], v = h[q + i];
            double prod = u * v;
            double perr = Math.fma(u, v, -prod);
            double sum = s + prod;
            double z = sum - s;
            c += (s - (sum - z)) + (prod - z) + perr + u * t[q + i] + t[p + i] * v;
            s = sum;
        }
        return s + c;
    }
}

package jnum.stat;

import java.util.Arrays;

/**
 * Weighted quantiles by the inverted weighted empirical cdf (NumPy's {@code np.quantile(x, p,
 * weights=w, method="inverted_cdf")}): with the values sorted and {@code C_k} the cumulative weight
 * of the first k, the quantile p is the smallest value of positive weight with {@code C_k >= p W},
 * W the total weight. Unit weights give Hyndman-Fan type 1 ({@link QuantileMethod#INVERTED_CDF}),
 * and integer weights the type-1 quantile of the data with each value repeated w times.
 */
final class WeightedQuantiles {
    private WeightedQuantiles() {}

    static double[] of(String op, double[] x, int xOff, double[] w, int wOff, int n, double[] ps) {
        Samples.atLeast(op, "x", n, 1);
        double total = Samples.weights(op, w, wOff, n, n);
        for (double p : ps) {
            Quantiles.checkProbability(op, p);
        }
        double[] out = new double[ps.length];
        if (Samples.hasNaN(x, xOff, n)) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        // sort (value, weight) pairs by value, dropping zero weights
        Integer[] order = new Integer[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (w[wOff + i] > 0) {
                order[m++] = i;
            }
        }
        Integer[] idx = Arrays.copyOf(order, m);
        Arrays.sort(idx, (a, b) -> Double.compare(x[xOff + a], x[xOff + b]));
        double[] cum = new double[m];
        double s = 0;
        for (int k = 0; k < m; k++) {
            s += w[wOff + idx[k]];
            cum[k] = s;
        }
        cum[m - 1] = Math.max(cum[m - 1], total); // the last value always reaches p = 1
        for (int q = 0; q < ps.length; q++) {
            double target = ps[q] * total;
            int lo = 0;
            int hi = m - 1;
            while (lo < hi) { // the first k with cum[k] >= target
                int mid = (lo + hi) >>> 1;
                if (cum[mid] >= target) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out[q] = x[xOff + idx[lo]];
        }
        return out;
    }
}

package jnum.stat.distribution;

/**
 * Sums {@code sum_j w_j E_j} where the weights {@code w_j} are Poisson-like probabilities and
 * {@code E_j} a regularized incomplete gamma or beta function whose parameter grows by one with
 * j: the series of the noncentral chi-squared and noncentral t distributions (Ding 1992; Benton
 * and Krishnamoorthy 2003, "Computing discrete mixtures of continuous distributions: noncentral
 * chisquare, noncentral t and the distribution of the square of the sample multiple correlation
 * coefficient", Comput. Stat. Data Anal. 43).
 *
 * <p>As Benton and Krishnamoorthy do, the sum starts at its largest term, not at j = 0 (where the
 * weights underflow for a large noncentrality), and runs outward. Two refinements make it
 * accurate in both tails:
 * <ul>
 *   <li>The largest term and the range of terms that matter are located first, from cheap upper
 *       bounds of {@code log(w_j E_j)} ({@link Family#logTermBound}); a side stops once its bound
 *       has fallen 40 nats (a factor 4e-18) below the largest and still decreases by at least 0.1
 *       nat per step, so the neglected rest is below 1e-16 of the sum.
 *   <li>The incomplete functions are advanced only in their stable direction: a lower function
 *       ({@code P}, {@code I}), decreasing in j, from the top of the range downward
 *       ({@code E_j = E_{j+1} + h_j}); an upper one ({@code Q}, {@code 1 - I}), increasing in j,
 *       from the bottom upward ({@code E_{j+1} = E_j + h_j}). Only additions of positive terms
 *       occur, so the relative error stays at a few ulps per term however small E becomes. The
 *       weights {@code w_j} and steps {@code h_j} are evaluated directly at the largest term and
 *       carried outward by their ratios.
 * </ul>
 */
final class PoissonMixture {
    /** Upper bound on the number of terms summed (the range found is far smaller in practice). */
    static final int MAX_TERMS = 2_000_000;

    private static final double DROP = 40;
    private static final double SLOPE = 0.1;

    private PoissonMixture() {}

    /** One mixture: weights, the incomplete function, and its steps, as functions of j >= 0. */
    interface Family {
        /** {@code w_j}, evaluated directly. */
        double weight(int j);

        /** {@code w_{j+1} / w_j}. */
        double weightRatio(int j);

        /** {@code E_j} evaluated directly: the lower function, or the upper one if {@code upper}. */
        double function(int j, boolean upper);

        /** {@code h_j = lower_j - lower_{j+1} = upper_{j+1} - upper_j >= 0}, evaluated directly. */
        double step(int j);

        /** {@code h_{j+1} / h_j}. */
        double stepRatio(int j);

        /** A cheap upper bound of {@code log(w_j E_j)} (may be {@code -inf}). */
        double logTermBound(int j, boolean upper);

        /** A starting guess for the index of the largest term. */
        int guess(boolean upper);
    }

    /** {@code sum_j w_j E_j} with the lower ({@code upper = false}) or upper functions. */
    static double sum(Family f, boolean upper) {
        // 1. the largest bound, by hill climbing from the guess
        int top = Math.max(0, f.guess(upper));
        double best = f.logTermBound(top, upper);
        for (int it = 0; it < MAX_TERMS; it++) {
            double up = f.logTermBound(top + 1, upper);
            double down = top > 0 ? f.logTermBound(top - 1, upper) : Double.NEGATIVE_INFINITY;
            if (up > best && up >= down) {
                top++;
                best = up;
            } else if (down > best) {
                top--;
                best = down;
            } else {
                break;
            }
        }
        if (best == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        // 2. the range [lo, hi] of terms that matter
        int lo = top;
        double prev = best;
        while (lo > 0 && top - lo < MAX_TERMS) {
            double b = f.logTermBound(lo - 1, upper);
            lo--;
            if (b < best - DROP && b < prev - SLOPE) {
                break;
            }
            prev = b;
        }
        int hi = top;
        prev = best;
        while (hi - top < MAX_TERMS) {
            double b = f.logTermBound(hi + 1, upper);
            hi++;
            if (b < best - DROP && b < prev - SLOPE) {
                break;
            }
            prev = b;
        }
        // 3. weights and steps on the range, carried from the largest term by their ratios
        int n = hi - lo + 1;
        double[] w = new double[n];
        double[] h = new double[n];
        int t = top - lo;
        w[t] = f.weight(top);
        h[t] = f.step(top);
        for (int i = t + 1; i < n; i++) {
            w[i] = w[i - 1] * f.weightRatio(lo + i - 1);
            h[i] = h[i - 1] * f.stepRatio(lo + i - 1);
        }
        for (int i = t - 1; i >= 0; i--) {
            w[i] = w[i + 1] / f.weightRatio(lo + i);
            h[i] = h[i + 1] / f.stepRatio(lo + i);
        }
        // 4. the functions in their stable direction, summed smallest-first where possible
        double total = 0;
        if (upper) {
            double e = f.function(lo, true);
            total = w[0] * e;
            for (int i = 1; i < n; i++) {
                e += h[i - 1];
                total += w[i] * e;
            }
        } else {
            double e = f.function(hi, false);
            total = w[n - 1] * e;
            for (int i = n - 2; i >= 0; i--) {
                e += h[i];
                total += w[i] * e;
            }
        }
        return total;
    }

    /** The ratio {@code term_{j+1} / term_j} of a positive series. */
    interface Ratio {
        double at(int j);
    }

    /**
     * {@code sum_j term_j / term_top} for a positive series with log-concave terms, given the term
     * ratios: summed from {@code top} upward and downward (to j = 0), each side stopping once a term
     * falls below 1e-17 of the sum (the rest is then geometrically smaller).
     */
    static double relativeSum(int top, Ratio ratio) {
        double sum = 1;
        double term = 1;
        for (int j = top; j < top + MAX_TERMS; j++) {
            term *= ratio.at(j);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        term = 1;
        for (int j = top - 1; j >= 0; j--) {
            term /= ratio.at(j);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }
}

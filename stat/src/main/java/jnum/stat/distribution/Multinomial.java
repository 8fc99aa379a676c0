package jnum.stat.distribution;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The multinomial distribution: the counts of d categories in n independent draws with
 * probabilities p, {@code P(x) = n! / (x_1! ... x_d!) p_1^x_1 ... p_d^x_d} for non-negative integer
 * x summing to n. Each marginal {@code x_i} is {@code Binomial(n, p_i)}.
 *
 * <p>The mass is evaluated as the chain of conditional binomials {@code P(x) = prod_i
 * Binomial(x_i; n - x_1 - ... - x_(i-1), p_i / (p_i + ... + p_d))}, each in Loader's saddle-point
 * form, which keeps the relative accuracy for n = 1e9 that {@code logGamma(n + 1) - sum
 * logGamma(x_i + 1)} would lose. A draw is the same chain of binomial draws (BTRD).
 */
public final class Multinomial implements MultivariateDistribution {
    private final long n;
    private final double[] p;
    /** tail[i] = p_i + ... + p_(d-1), summed from the end (no cancellation). */
    private final double[] tail;

    /**
     * The multinomial distribution of n draws over the given categories.
     *
     * @param n the number of draws, {@code 0 <= n <= 2^52}
     * @param probabilities the category probabilities, at least 1, non-negative, summing to 1 within
     *     1e-12 (they are divided by their sum)
     * @throws NullPointerException if {@code probabilities} is null
     * @throws IllegalArgumentException naming a bad parameter or entry
     */
    public Multinomial(long n, double[] probabilities) {
        if (n < 0 || n > Binomial.MAX_TRIALS) {
            throw new IllegalArgumentException("Multinomial: n = " + n + " is not in [0, 2^52]");
        }
        if (Arguments.nonNull("Multinomial", "probabilities", probabilities).length == 0) {
            throw new IllegalArgumentException("Multinomial: probabilities must be non-empty");
        }
        // same rules as a categorical distribution (which also normalizes)
        double[] q;
        try {
            q = new Categorical(probabilities).probabilities();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("Categorical", "Multinomial"), e);
        }
        this.n = n;
        this.p = q;
        this.tail = new double[q.length];
        double s = 0;
        for (int i = q.length - 1; i >= 0; i--) {
            s += q[i];
            tail[i] = s;
        }
    }

    /**
     * The number of draws n.
     *
     * @return n
     */
    public long trials() {
        return n;
    }

    /**
     * The category probabilities, normalized to sum to 1.
     *
     * @return a new array of the probabilities
     */
    public double[] probabilities() {
        return p.clone();
    }

    @Override
    public int dimension() {
        return p.length;
    }

    /** The log mass; {@code -infinity} unless x holds non-negative integers summing to n. */
    @Override
    public double logPdf(double[] x) {
        Arguments.checkLength("Multinomial.logPdf", x, p.length);
        if (Arguments.hasNaN(x)) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : x) {
            if (!(v >= 0) || v != Math.rint(v)) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += v;
        }
        if (sum != n) {
            return Double.NEGATIVE_INFINITY;
        }
        double l = 0;
        double left = n;
        for (int i = 0; i < p.length - 1 && left > 0; i++) {
            double pi = tail[i] > 0 ? Math.min(1, p[i] / tail[i]) : 0;
            l += BinomialTerm.log(x[i], left, pi);
            left -= x[i];
        }
        return l;
    }

    /** {@code n p}. */
    @Override
    public double[] mean() {
        double[] m = new double[p.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = n * p[i];
        }
        return m;
    }

    /** {@code n (diag(p) - p p^T)}. */
    @Override
    public double[][] covariance() {
        int d = p.length;
        double[][] c = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                c[i][j] = i == j ? n * p[i] * (1 - p[i]) : -n * p[i] * p[j];
            }
        }
        return c;
    }

    @Override
    public double[] sample(RandomGenerator rng) {
        Arguments.rng(rng);
        int d = p.length;
        double[] x = new double[d];
        long left = n;
        for (int i = 0; i < d - 1 && left > 0; i++) {
            double pi = tail[i] > 0 ? Math.min(1, p[i] / tail[i]) : 0;
            long k = new BinomialSampler(left, pi).next(rng);
            x[i] = k;
            left -= k;
        }
        x[d - 1] += left;
        return x;
    }

    @Override
    public String toString() {
        return "Multinomial[n=" + n + ", probabilities=" + Arrays.toString(p) + "]";
    }
}

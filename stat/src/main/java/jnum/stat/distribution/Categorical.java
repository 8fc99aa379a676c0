package jnum.stat.distribution;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The categorical distribution on {@code 0..m-1} with {@code P(k) = probabilities[k]}.
 *
 * <p>The probabilities are copied and divided by their sum, which must be 1 to within
 * {@code 1e-12} (m terms, each a rounded probability); the accessor returns a copy. cdf and
 * survival are direct partial sums from their own ends (no complement). One draw inverts a
 * uniform by a linear search; {@link #sample(RandomGenerator, int)} builds Walker's alias table
 * once ({@link AliasTable}) and then costs O(1) per draw.
 *
 * @param probabilities the masses, finite and non-negative, summing to 1
 */
public record Categorical(double[] probabilities) implements DiscreteDistribution {
    /** How far the given probabilities may sum from 1. */
    public static final double SUM_TOLERANCE = 1e-12;

    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Categorical {
        if (Arguments.nonNull("Categorical", "probabilities", probabilities).length == 0) {
            throw new IllegalArgumentException("Categorical: probabilities must be non-empty");
        }
        probabilities = probabilities.clone();
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            if (!(p >= 0) || p == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "Categorical: probabilities[" + i + "] = " + p + " is not a finite non-negative number");
            }
            sum += p;
        }
        if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
            throw new IllegalArgumentException(
                    "Categorical: probabilities sum to " + sum + ", not to 1 (within 1e-12)");
        }
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= sum;
        }
    }

    /**
     * A copy of the (normalized) probabilities.
     *
     * @return a new array of the probabilities, summing to 1
     */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Categorical c && Arrays.equals(probabilities, c.probabilities);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "Categorical[probabilities=" + Arrays.toString(probabilities) + "]";
    }

    @Override
    public double pmf(long k) {
        return k >= 0 && k < probabilities.length ? probabilities[(int) k] : 0;
    }

    @Override
    public double logPmf(long k) {
        return Math.log(pmf(k));
    }

    @Override
    public double cdf(long k) {
        if (k < 0) {
            return 0;
        }
        if (k >= probabilities.length - 1) {
            return 1;
        }
        double s = 0;
        for (int i = 0; i <= k; i++) {
            s += probabilities[i];
        }
        return Math.min(s, 1);
    }

    @Override
    public double logCdf(long k) {
        return Math.log(cdf(k));
    }

    @Override
    public double survival(long k) {
        if (k < 0) {
            return 1;
        }
        double s = 0;
        for (int i = probabilities.length - 1; i > k; i--) {
            s += probabilities[i];
        }
        return Math.min(s, 1);
    }

    @Override
    public double logSurvival(long k) {
        return Math.log(survival(k));
    }

    @Override
    public long quantile(double p) {
        return DiscreteSearch.quantile(this, p, mean(), stdDev(), 0);
    }

    @Override
    public long inverseSurvival(double q) {
        return DiscreteSearch.inverseSurvival(this, q, mean(), stdDev(), 0);
    }

    private double centralMoment(int order) {
        double mu = mean();
        double s = 0;
        for (int i = 0; i < probabilities.length; i++) {
            s += probabilities[i] * Math.pow(i - mu, order);
        }
        return s;
    }

    @Override
    public double mean() {
        double s = 0;
        for (int i = 0; i < probabilities.length; i++) {
            s += i * probabilities[i];
        }
        return s;
    }

    @Override
    public double variance() {
        return centralMoment(2);
    }

    /** Third central moment over variance^(3/2); NaN for a point mass. */
    @Override
    public double skewness() {
        return centralMoment(3) / Math.pow(variance(), 1.5);
    }

    /** Fourth central moment over variance^2, minus 3; NaN for a point mass. */
    @Override
    public double kurtosis() {
        double v = variance();
        return centralMoment(4) / (v * v) - 3;
    }

    @Override
    public double entropy() {
        double h = 0;
        for (double p : probabilities) {
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        return h;
    }

    @Override
    public IntegerSupport support() {
        return new IntegerSupport(0, probabilities.length - 1);
    }

    /** Inversion: the smallest k whose partial sum exceeds a uniform U in [0, 1). */
    @Override
    public long sample(RandomGenerator rng) {
        Arguments.rng(rng);
        double u = rng.nextDouble();
        int last = probabilities.length - 1;
        for (int i = 0; i < last; i++) {
            u -= probabilities[i];
            if (u < 0) {
                return i;
            }
        }
        // U beyond the rounded partial sums: the last category of positive mass
        while (last > 0 && probabilities[last] == 0) {
            last--;
        }
        return last;
    }

    /** {@code n} draws from one alias table. */
    @Override
    public long[] sample(RandomGenerator rng, int n) {
        Arguments.rng(rng);
        if (n < 0) {
            throw new IllegalArgumentException("sample: n = " + n + " is negative");
        }
        AliasTable table = new AliasTable(probabilities);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = table.next(rng);
        }
        return out;
    }
}

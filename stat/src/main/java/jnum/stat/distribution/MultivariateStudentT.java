package jnum.stat.distribution;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import jnum.mat.Cholesky;
import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.stat.special.Special;

/**
 * The multivariate Student t distribution with location m, scale matrix S and {@code df} degrees
 * of freedom in d dimensions: {@code log pdf(x) = logGamma((df + d)/2) - logGamma(df/2)
 * - (d/2) log(df pi) - (1/2) log det S - ((df + d)/2) log1p(q / df)},
 * {@code q = (x-m)^T S^-1 (x-m)}.
 *
 * <p>A draw is {@code m + L z sqrt(df / W)} with {@code S = L L^T}, z standard normal and W
 * chi-squared with df degrees of freedom (twice a Gamma(df/2) draw). Mean m for {@code df > 1},
 * covariance {@code df/(df-2) S} for {@code df > 2}.
 */
public final class MultivariateStudentT implements MultivariateDistribution {
    private final double[] location;
    private final double[][] scale;
    private final double df;
    private final Cholesky factor;
    private final double logNormalizer;

    /**
     * As {@link #MultivariateStudentT(double[], double[][], double)}, with jnum.mat types.
     *
     * @throws NullPointerException if location or scale is null
     */
    public MultivariateStudentT(Vec location, Dense scale, double df) {
        this(
                java.util.Objects.requireNonNull(location, "MultivariateStudentT: location is null")
                        .toArray(),
                java.util.Objects.requireNonNull(scale, "MultivariateStudentT: scale is null")
                        .toArray(),
                df);
    }

    /**
     * The multivariate t distribution with the given location, scale matrix and degrees of freedom.
     *
     * @param location the location vector m (length d &gt;= 1, finite)
     * @param scale the d x d scale matrix S, symmetric positive definite
     * @param df the degrees of freedom, positive and finite
     * @throws NullPointerException if an array or a row is null
     * @throws IllegalArgumentException for bad shapes or values, naming the parameter
     */
    public MultivariateStudentT(double[] location, double[][] scale, double df) {
        this.location = Arguments.checkVector("MultivariateStudentT", "location", location);
        int d = Arguments.checkSymmetric("MultivariateStudentT", "scale", scale);
        if (d != location.length) {
            throw new IllegalArgumentException(
                    "MultivariateStudentT: scale is " + d + " x " + d + " but location has length " + location.length);
        }
        Arguments.positive("MultivariateStudentT", "df", df);
        this.scale = Arguments.copy(scale);
        this.df = df;
        this.factor = Arguments.cholesky("MultivariateStudentT", "scale", scale);
        this.logNormalizer = Special.gammaln(0.5 * (df + d))
                - Special.gammaln(0.5 * df)
                - 0.5 * d * Math.log(df * Math.PI)
                - 0.5 * factor.logDet();
    }

    /**
     * The degrees of freedom.
     *
     * @return df
     */
    public double degreesOfFreedom() {
        return df;
    }

    @Override
    public int dimension() {
        return location.length;
    }

    @Override
    public double logPdf(double[] x) {
        Arguments.checkLength("MultivariateStudentT.logPdf", x, location.length);
        double[] r = new double[location.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = x[i] - location[i];
        }
        double q = factor.inverseQuadraticForm(Vec.wrap(r, 0, 1, r.length));
        return logNormalizer - 0.5 * (df + location.length) * Math.log1p(q / df);
    }

    /** The location for {@code df > 1}; NaN entries otherwise (the mean does not exist). */
    @Override
    public double[] mean() {
        if (df > 1) {
            return location.clone();
        }
        double[] m = new double[location.length];
        Arrays.fill(m, Double.NaN);
        return m;
    }

    /**
     * {@code df/(df-2) S} for {@code df > 2}; for {@code 1 < df <= 2} the variances are infinite
     * (diagonal +infinity, off-diagonal NaN), and for {@code df <= 1} every entry is NaN.
     */
    @Override
    public double[][] covariance() {
        int d = location.length;
        double[][] c = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                if (df > 2) {
                    c[i][j] = df / (df - 2) * scale[i][j];
                } else {
                    c[i][j] = df > 1 && i == j ? Double.POSITIVE_INFINITY : Double.NaN;
                }
            }
        }
        return c;
    }

    @Override
    public double[] sample(RandomGenerator rng) {
        Arguments.rng(rng);
        int d = location.length;
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            z[i] = ZigguratNormal.next(rng);
        }
        double w = 2 * GammaSampler.next(rng, 0.5 * df);
        double f = Math.sqrt(df / w);
        double[] y = factor.timesL(Vec.wrap(z, 0, 1, z.length)).toArray();
        for (int i = 0; i < d; i++) {
            y[i] = location[i] + f * y[i];
        }
        return y;
    }

    @Override
    public String toString() {
        return "MultivariateStudentT[location=" + Arrays.toString(location) + ", scale=" + Arrays.deepToString(scale)
                + ", df=" + df + "]";
    }
}

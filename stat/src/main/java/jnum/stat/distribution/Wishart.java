package jnum.stat.distribution;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import jnum.mat.Cholesky;
import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * The Wishart distribution {@code W_p(df, V)} of p x p symmetric positive definite matrices: the
 * scatter matrix {@code sum_k z_k z_k^T} of df independent {@code N(0, V)} vectors when df is an
 * integer. {@code log pdf(X) = ((df - p - 1)/2) log det X - tr(V^-1 X)/2 - (df p/2) log 2
 * - (df/2) log det V - log Gamma_p(df/2)}, with the multivariate gamma function
 * {@code log Gamma_p(a) = (p(p-1)/4) log pi + sum_{j=1..p} logGamma(a + (1 - j)/2)}.
 *
 * <p>As a {@link MultivariateDistribution} a matrix is the vector of its p^2 entries in
 * column-major order (the same as row-major, the matrix being symmetric): {@link #dimension()} is
 * p^2, {@link #mean()} is {@code df V} so flattened, and {@link #covariance()} the p^2 x p^2 matrix
 * {@code Cov(W_ij, W_kl) = df (V_ik V_jl + V_il V_jk)}. {@link #sampleMatrix} and
 * {@link #logPdf(double[][])} take the matrix form.
 *
 * <p>Sampling is Bartlett's decomposition: {@code W = (L A)(L A)^T} with {@code V = L L^T} and A
 * lower triangular, {@code A_ii = sqrt(chi^2(df - i))} (i = 0..p-1) and standard normal
 * {@code A_ij} below the diagonal. M. S. Bartlett, "On the theory of statistical regression",
 * Proc. Roy. Soc. Edinburgh 53 (1933) 260-283; W. B. Smith and R. R. Hocking, "Algorithm AS 53:
 * Wishart variate generator", Applied Statistics 21 (1972) 341-345.
 */
public final class Wishart implements MultivariateDistribution {

    private final double df;
    private final double[][] scale;
    private final Cholesky factor;
    /** L of the scale, for the Bartlett draws. */
    private final Dense lower;

    private final int p;
    private final double logNormalizer;

    /**
     * As {@link #Wishart(double, double[][])}, with the scale as a {@link Dense} matrix.
     *
     * @throws NullPointerException if scale is null
     */
    public Wishart(double df, Dense scale) {
        this(
                df,
                java.util.Objects.requireNonNull(scale, "Wishart: scale is null")
                        .toArray());
    }

    /**
     * The Wishart distribution W_p(df, V).
     *
     * @param df the degrees of freedom, finite and {@code > p - 1}
     * @param scale the p x p scale matrix V, symmetric positive definite
     * @throws NullPointerException if {@code scale} or one of its rows is null
     * @throws IllegalArgumentException naming the parameter
     */
    public Wishart(double df, double[][] scale) {
        this.p = Arguments.checkSymmetric("Wishart", "scale", scale);
        if (!(df > p - 1) || df == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Wishart: df = " + df + " must be finite and > p - 1 = " + (p - 1));
        }
        this.df = df;
        this.scale = Arguments.copy(scale);
        this.factor = Arguments.cholesky("Wishart", "scale", scale);
        this.lower = factor.l();
        this.logNormalizer =
                -0.5 * df * p * Constants.LN_2 - 0.5 * df * factor.logDet() - logMultivariateGamma(p, 0.5 * df);
    }

    /** {@code log Gamma_p(a)}. */
    static double logMultivariateGamma(int p, double a) {
        double s = 0.25 * p * (p - 1) * Constants.LN_PI;
        for (int j = 1; j <= p; j++) {
            s += Special.gammaln(a + 0.5 * (1 - j));
        }
        return s;
    }

    /**
     * The degrees of freedom.
     *
     * @return df
     */
    public double degreesOfFreedom() {
        return df;
    }

    /**
     * The order p of the matrices.
     *
     * @return p
     */
    public int order() {
        return p;
    }

    /** p^2: a matrix is the vector of its entries. */
    @Override
    public int dimension() {
        return p * p;
    }

    /** The log density at the flattened matrix x (column-major, length p^2). */
    @Override
    public double logPdf(double[] x) {
        Arguments.checkLength("Wishart.logPdf", x, p * p);
        double[][] m = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                m[i][j] = x[i + j * p];
            }
        }
        return logPdf(m);
    }

    /**
     * The log density at the p x p matrix x: {@code log c + (df - p - 1)/2 log det x - tr(V^-1 x)/2}.
     * NaN when an entry is NaN; {@code -infinity} when x is outside the support: an infinite entry,
     * not symmetric (to 1e-12 relative), or not positive definite.
     *
     * @param x the p x p matrix, as rows
     * @return the log density at x
     * @throws NullPointerException if x or one of its rows is null
     * @throws IllegalArgumentException if x is not p x p
     */
    public double logPdf(double[][] x) {
        if (Arguments.nonNull("Wishart.logPdf", "x", x).length != p) {
            throw new IllegalArgumentException("Wishart.logPdf: x has " + x.length + " rows, the order is " + p);
        }
        for (int i = 0; i < p; i++) {
            if (Arguments.nonNull("Wishart.logPdf", "x[" + i + "]", x[i]).length != p) {
                throw new IllegalArgumentException(
                        "Wishart.logPdf: row " + i + " of x has length " + x[i].length + ", the order is " + p);
            }
        }
        boolean outside = false;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double v = x[i][j];
                if (Double.isNaN(v)) {
                    return Double.NaN;
                }
                outside |= Double.isInfinite(v) || (j < i && !Arguments.symmetricPair(v, x[j][i]));
            }
        }
        var fx = outside ? java.util.Optional.<Cholesky>empty() : Cholesky.tryOf(Dense.of(x));
        if (fx.isEmpty()) {
            return Double.NEGATIVE_INFINITY;
        }
        Dense cx = fx.get().l();
        double logDetX = fx.get().logDet();
        // tr(V^-1 X) = |L^-1 C|_F^2 with V = L L^T and X = C C^T
        double tr = 0;
        double[] col = new double[p];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < p; i++) {
                col[i] = cx.get(i, j);
            }
            tr += factor.inverseQuadraticForm(Vec.wrap(col, 0, 1, p));
        }
        return logNormalizer + 0.5 * (df - p - 1) * logDetX - 0.5 * tr;
    }

    /** {@code df V}, flattened column-major. */
    @Override
    public double[] mean() {
        double[] m = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                m[i + j * p] = df * scale[i][j];
            }
        }
        return m;
    }

    /**
     * {@code Cov(W_ij, W_kl) = df (V_ik V_jl + V_il V_jk)} at row {@code i + j p}, column
     * {@code k + l p}.
     */
    @Override
    public double[][] covariance() {
        int d = p * p;
        double[][] c = new double[d][d];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    for (int l = 0; l < p; l++) {
                        c[i + j * p][k + l * p] = df * (scale[i][k] * scale[j][l] + scale[i][l] * scale[j][k]);
                    }
                }
            }
        }
        return c;
    }

    /**
     * One draw as a p x p matrix (Bartlett's decomposition).
     *
     * @param rng the source of randomness
     * @return a new symmetric positive definite p x p matrix, as rows
     * @throws NullPointerException if {@code rng} is null
     */
    public double[][] sampleMatrix(RandomGenerator rng) {
        Arguments.rng(rng);
        double[][] a = new double[p][p];
        for (int i = 0; i < p; i++) {
            a[i][i] = Math.sqrt(2 * GammaSampler.next(rng, 0.5 * (df - i)));
            for (int j = 0; j < i; j++) {
                a[i][j] = ZigguratNormal.next(rng);
            }
        }
        // B = L A (lower triangular), W = B B^T
        double[][] b = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = j; k <= i; k++) {
                    s += lower.get(i, k) * a[k][j];
                }
                b[i][j] = s;
            }
        }
        double[][] w = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = 0; k <= j; k++) {
                    s += b[i][k] * b[j][k];
                }
                w[i][j] = s;
                w[j][i] = s;
            }
        }
        return w;
    }

    /** One draw, flattened column-major. */
    @Override
    public double[] sample(RandomGenerator rng) {
        Arguments.rng(rng);
        double[][] w = sampleMatrix(rng);
        double[] x = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                x[i + j * p] = w[i][j];
            }
        }
        return x;
    }

    @Override
    public String toString() {
        return "Wishart[df=" + df + ", scale=" + Arrays.deepToString(scale) + "]";
    }
}

package jnum.stat;

import java.util.Arrays;
import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.QR;
import jnum.mat.SVD;
import jnum.mat.Vec;

/**
 * Principal component analysis of a data matrix X (n x p: one observation per row, one variable
 * per column), optionally standardized and with frequency weights.
 *
 * <p><b>Method.</b> Each column is centred by its (weighted) mean {@code m_j} and, when {@link
 * Options#standardize() standardizing}, divided by its (weighted) sample standard deviation
 * {@code d_j} (otherwise {@code d_j = 1}): {@code Z = (X - 1 m^T) D^-1}. The thin SVD ({@link
 * SVD}) of the row-weighted {@code W^1/2 Z = U S V^T} gives the axes (the columns of V) and the
 * variances {@code s_j^2 / (sum w - 1)}; for tall data ({@code n >= 2p}) it is taken of the p x p
 * triangle R of a Householder QR ({@link jnum.mat.QR}) of {@code W^1/2 Z}, which has the same
 * singular values and right vectors, so the n x p left vectors are never formed. The covariance
 * matrix {@code Z^T W Z / (sum w - 1)} is never formed either: a variance {@code s_j^2 / (sum w -
 * 1)} is then accurate to about {@code c max(n, p) u s_0 / s_j} relative, and an axis to an angle of
 * {@code c max(n, p) u s_0 / gap_j} (gap_j the distance from s_j to the other singular values),
 * while from the covariance matrix the errors scale with {@code u s_0^2} instead (a small variance
 * loses twice the digits). The scores are {@code Z V}, the coordinates of the (unweighted) centred
 * rows on the axes.
 *
 * <p><b>Weights</b> are frequency weights, as in {@link Stats#variance(Vec, Vec)}: an integer
 * weight w on a row gives the same result as the row repeated w times, and the variance divisor is
 * {@code sum w - 1}, which must be positive. Rows of weight 0 take no part in the axes, but still
 * get scores.
 *
 * <p><b>Components.</b> At most {@code min(n, p)} (all of them by default, as scikit-learn's
 * {@code PCA()}). After centring the rank is at most {@code n - 1}, so with {@code n <= p} the last
 * component has variance zero up to rounding; axes of (numerically) equal or zero variance are
 * any orthonormal basis of their subspace. <b>Sign.</b> An axis is defined up to its sign; this
 * class makes the entry of largest magnitude of each axis positive (the first such entry on a tie),
 * the rule of scikit-learn's {@code svd_flip} on V, and flips the scores with it.
 *
 * <p><b>Errors.</b> {@link NullPointerException} naming a null argument; {@link
 * IllegalArgumentException} for fewer than 2 rows or no column, a NaN or infinite element (named),
 * a component count outside {@code [1, min(n, p)]}, a negative, NaN or infinite weight or weights
 * summing to at most 1, a constant column when standardizing, and data without any variance;
 * {@link DimensionMismatchException} when the weights or the data given to {@link #transform} or
 * {@link #inverseTransform} do not fit.
 *
 * <p>Immutable and thread-safe; every matrix and vector returned is a new one.
 */
public final class PCA {
    private final int n;
    private final boolean standardized;
    private final double weightTotal; // sum w, or n without weights
    private final boolean weighted;
    private final double[] mean;
    private final double[] scale;
    private final Dense components; // p x k
    private final double[] singular; // k
    private final double totalVariance;
    private final Dense scores; // n x k

    /**
     * What {@link PCA#fit(Dense, Options)} computes.
     *
     * @param components the number k of components kept, or {@link #ALL} for {@code min(n, p)}
     * @param standardize whether each column is divided by its sample standard deviation (PCA of the
     *     correlation matrix) or only centred (PCA of the covariance matrix)
     * @param weights frequency weights, one per row, or null for none
     */
    public record Options(int components, boolean standardize, Vec weights) {
        /** {@link #components()} for all {@code min(n, p)} components. */
        public static final int ALL = 0;

        /**
         * Checks the component count.
         *
         * @throws IllegalArgumentException if {@code components} is negative
         */
        public Options {
            if (components < 0) {
                throw new IllegalArgumentException(
                        "PCA.Options: components = " + components + " is negative (0 means all)");
            }
        }

        /** All components, centred only, no weights. */
        public static Options defaults() {
            return new Options(ALL, false, null);
        }

        /** These options with k components ({@link #ALL} for all). */
        public Options withComponents(int k) {
            return new Options(k, standardize, weights);
        }

        /** These options with standardization on or off. */
        public Options withStandardize(boolean on) {
            return new Options(components, on, weights);
        }

        /** These options with frequency weights (null for none). */
        public Options withWeights(Vec w) {
            return new Options(components, standardize, w);
        }
    }

    private PCA(
            int n,
            boolean standardized,
            double weightTotal,
            boolean weighted,
            double[] mean,
            double[] scale,
            Dense components,
            double[] singular,
            double totalVariance,
            Dense scores) {
        this.n = n;
        this.standardized = standardized;
        this.weightTotal = weightTotal;
        this.weighted = weighted;
        this.mean = mean;
        this.scale = scale;
        this.components = components;
        this.singular = singular;
        this.totalVariance = totalVariance;
        this.scores = scores;
    }

    // ---- fitting ----

    /** {@link #fit(Dense, Options)} with {@link Options#defaults()}: all components, centred only. */
    public static PCA fit(Dense data) {
        return fit(data, Options.defaults());
    }

    /**
     * {@link #fit(Dense, Options)} of a row-major array: {@code data[i]} is observation i.
     *
     * @throws NullPointerException if data, one of its rows or options is null
     * @throws IllegalArgumentException if the rows have different lengths, and as {@link #fit(Dense,
     *     Options)}
     */
    public static PCA fit(double[][] data, Options options) {
        return fit(Dense.of(Objects.requireNonNull(data, "PCA.fit: data is null")), options);
    }

    /**
     * The principal components of {@code data} (n x p, rows are observations).
     *
     * @throws NullPointerException if data or options is null
     * @throws DimensionMismatchException if the weights' length is not n
     * @throws IllegalArgumentException for {@code n < 2}, {@code p = 0}, a NaN or infinite element
     *     (named), k above {@code min(n, p)}, bad weights, a constant column when standardizing, or
     *     data without variance
     */
    public static PCA fit(Dense data, Options options) {
        String op = "PCA.fit";
        Objects.requireNonNull(data, op + ": data is null");
        Objects.requireNonNull(options, op + ": options is null");
        int n = data.rows();
        int p = data.cols();
        if (n < 2) {
            throw new IllegalArgumentException(op + ": data needs at least 2 rows (observations), got " + n);
        }
        if (p == 0) {
            throw new IllegalArgumentException(op + ": data has no column (variable)");
        }
        int kmax = Math.min(n, p);
        int k = options.components() == Options.ALL ? kmax : options.components();
        if (k > kmax) {
            throw new IllegalArgumentException(op + ": components = " + k + " is above min(rows, cols) = " + kmax
                    + " for " + n + " x " + p + " data");
        }
        checkFinite(op, "data", data);
        Vec w = options.weights();
        double total = n;
        if (w != null) {
            Samples.sameLength(op, "weights", w.length(), "data's rows", n);
            total = Samples.weights(op, w.toArray(), 0, n, n);
            if (!(total > 1)) {
                throw new IllegalArgumentException(op + ": the weights sum to " + total
                        + "; the variance divisor sum(weights) - 1 must be positive");
            }
        }
        double[] mean = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            Vec col = data.column(j);
            mean[j] = w == null ? Stats.mean(col) : Stats.mean(col, w);
            scale[j] = 1;
            if (options.standardize()) {
                if (isConstant(col, w)) {
                    throw new IllegalArgumentException(op + ": column " + j
                            + " is constant (zero variance) and cannot be scaled to unit variance");
                }
                scale[j] = w == null ? Stats.stdDev(col) : Stats.stdDev(col, w);
            }
        }
        Dense z = standardize(data, mean, scale);
        Dense zw = z;
        if (w != null) {
            zw = z.copy();
            for (int i = 0; i < n; i++) {
                double r = Math.sqrt(w.get(i));
                for (int j = 0; j < p; j++) {
                    zw.set(i, j, r * zw.get(i, j));
                }
            }
        }
        // Tall data: the SVD of R from a Householder QR (the route LAPACK's dgesvd takes itself),
        // which has the same singular values and right vectors and never forms the n x p left ones.
        SVD svd = n >= 2 * p ? SVD.of(QR.of(zw).r()) : SVD.of(zw);
        double[] s = svd.values().toArray();
        double ss = 0;
        for (double si : s) {
            ss += si * si;
        }
        if (!(ss > 0)) {
            throw new IllegalArgumentException(op + ": every column is constant; there is no variance to analyse");
        }
        Dense v = svd.v().slice(0, p, 0, k).copy();
        orientAxes(v);
        double[] kept = Arrays.copyOf(s, k);
        return new PCA(n, options.standardize(), total, w != null, mean, scale, v, kept, ss / (total - 1), z.times(v));
    }

    /** True if all values of positive weight are equal (their variance is exactly zero). */
    private static boolean isConstant(Vec col, Vec w) {
        double first = Double.NaN;
        for (int i = 0; i < col.length(); i++) {
            if (w != null && w.get(i) == 0) {
                continue;
            }
            double x = col.get(i);
            if (first != first) {
                first = x;
            } else if (x != first) {
                return false;
            }
        }
        return true;
    }

    /** Makes the entry of largest magnitude of each column positive (the first one on a tie). */
    private static void orientAxes(Dense v) {
        for (int j = 0; j < v.cols(); j++) {
            int at = 0;
            for (int i = 1; i < v.rows(); i++) {
                if (Math.abs(v.get(i, j)) > Math.abs(v.get(at, j))) {
                    at = i;
                }
            }
            if (v.get(at, j) < 0) {
                for (int i = 0; i < v.rows(); i++) {
                    v.set(i, j, -v.get(i, j));
                }
            }
        }
    }

    private static Dense standardize(Dense x, double[] mean, double[] scale) {
        Dense z = Dense.zeros(x.rows(), x.cols());
        for (int j = 0; j < x.cols(); j++) {
            for (int i = 0; i < x.rows(); i++) {
                z.set(i, j, (x.get(i, j) - mean[j]) / scale[j]);
            }
        }
        return z;
    }

    private static void checkFinite(String op, String name, Dense x) {
        for (int j = 0; j < x.cols(); j++) {
            for (int i = 0; i < x.rows(); i++) {
                double v = x.get(i, j);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(
                            op + ": " + name + "[" + i + ", " + j + "] = " + v + " is not finite");
                }
            }
        }
    }

    // ---- projection ----

    /**
     * The scores of new observations: {@code ((X - 1 m^T) D^-1) V}, with the fitted mean m and scale
     * D; {@code transform} of the training data gives {@link #scores()}.
     *
     * @param newData m x p, rows are observations (m may be 0)
     * @return m x k
     * @throws NullPointerException if newData is null
     * @throws DimensionMismatchException if newData does not have p columns
     * @throws IllegalArgumentException for a NaN or infinite element (named)
     */
    public Dense transform(Dense newData) {
        String op = "PCA.transform";
        Objects.requireNonNull(newData, op + ": newData is null");
        if (newData.cols() != variables()) {
            throw new DimensionMismatchException(
                    op + ": newData has " + newData.cols() + " columns but the fit has " + variables() + " variables");
        }
        checkFinite(op, "newData", newData);
        return standardize(newData, mean, scale).times(components);
    }

    /**
     * Observations from scores: {@code T V^T D + 1 m^T}. With all {@code min(n, p)} components and
     * {@code n >= p} this inverts {@link #transform}; with fewer it is the projection of the data on
     * the span of the kept axes (the rank-k reconstruction).
     *
     * @param scores m x k
     * @return m x p
     * @throws NullPointerException if scores is null
     * @throws DimensionMismatchException if scores does not have k columns
     * @throws IllegalArgumentException for a NaN or infinite element (named)
     */
    public Dense inverseTransform(Dense scores) {
        String op = "PCA.inverseTransform";
        Objects.requireNonNull(scores, op + ": scores is null");
        if (scores.cols() != componentCount()) {
            throw new DimensionMismatchException(op + ": scores has " + scores.cols() + " columns but the fit has "
                    + componentCount() + " components");
        }
        checkFinite(op, "scores", scores);
        Dense x = scores.times(components.t());
        for (int j = 0; j < x.cols(); j++) {
            for (int i = 0; i < x.rows(); i++) {
                x.set(i, j, x.get(i, j) * scale[j] + mean[j]);
            }
        }
        return x;
    }

    // ---- results ----

    /** The number n of observations (rows) fitted, including rows of weight 0. */
    public int observations() {
        return n;
    }

    /** The number p of variables (columns). */
    public int variables() {
        return mean.length;
    }

    /** The number k of components kept. */
    public int componentCount() {
        return singular.length;
    }

    /** Whether the columns were scaled to unit variance. */
    public boolean standardized() {
        return standardized;
    }

    /** The axes, p x k: column j is the unit vector of component j (sign as the class comment says). */
    public Dense components() {
        return components.copy();
    }

    /** The k largest singular values of the (weighted, scaled) centred data, in decreasing order. */
    public Vec singularValues() {
        return Vec.of(singular.clone());
    }

    /** The variance along each axis, {@code s_j^2 / (sum w - 1)}, in decreasing order (length k). */
    public Vec explainedVariance() {
        double[] e = new double[singular.length];
        for (int j = 0; j < e.length; j++) {
            e[j] = singular[j] * singular[j] / (weightTotal - 1);
        }
        return Vec.of(e);
    }

    /**
     * The fraction of the total variance along each axis: {@link #explainedVariance()} divided by
     * {@link #totalVariance()}; the k fractions sum to 1 when all components are kept.
     */
    public Vec explainedVarianceRatio() {
        double[] e = explainedVariance().toArray();
        for (int j = 0; j < e.length; j++) {
            e[j] /= totalVariance;
        }
        return Vec.of(e);
    }

    /**
     * The total variance of the (scaled) data, the trace of its sample covariance matrix (p when
     * standardized), as the sum of the squares of all {@code min(n, p)} singular values over
     * {@code sum w - 1}.
     */
    public double totalVariance() {
        return totalVariance;
    }

    /** The (weighted) column means that centred the data, length p. */
    public Vec mean() {
        return Vec.of(mean.clone());
    }

    /** The column scales d_j: the sample standard deviations when standardized, else ones; length p. */
    public Vec scale() {
        return Vec.of(scale.clone());
    }

    /** The scores of the training rows, n x k: {@code Z V} (see the class comment). */
    public Dense scores() {
        return scores.copy();
    }

    /**
     * A table of the components: singular value, explained variance, ratio and cumulative ratio,
     * after a line describing the fit.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append("PCA: ").append(n).append(" observations");
        if (weighted) {
            b.append(" (weights sum to ").append(weightTotal).append(')');
        }
        b.append(", ")
                .append(variables())
                .append(" variables, ")
                .append(componentCount())
                .append(" components, ")
                .append(standardized ? "standardized" : "centred")
                .append(String.format(", total variance %.6g%n", totalVariance));
        b.append(String.format(
                "%9s %14s %14s %10s %10s%n", "component", "singular value", "variance", "ratio", "cumulative"));
        double[] var = explainedVariance().toArray();
        double cumulative = 0;
        for (int j = 0; j < var.length; j++) {
            double ratio = var[j] / totalVariance;
            cumulative += ratio;
            b.append(String.format("%9d %14.6g %14.6g %10.4f %10.4f%n", j + 1, singular[j], var[j], ratio, cumulative));
        }
        return b.toString();
    }
}

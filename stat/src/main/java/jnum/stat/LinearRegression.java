package jnum.stat;

import java.util.Arrays;
import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;
import jnum.stat.distribution.F;
import jnum.stat.distribution.StudentT;

/**
 * Ordinary and weighted least-squares linear regression {@code y = b0 + b1 x1 + ... + bp xp + e}
 * with the statistics of statsmodels' OLS/WLS results: coefficients (the intercept first),
 * standard errors, t statistics and two-sided p-values, R^2 and adjusted R^2, the F test, the
 * analysis-of-variance table, the log-likelihood, AIC and BIC, predictions with confidence and
 * prediction intervals, and a {@link #toString() summary} in statsmodels' layout.
 *
 * <p><b>Method.</b> The weighted design {@code W^1/2 [1 X]}, its columns scaled by powers of 2 to
 * norms in [1, 2) (exact, and the rank decision then ignores the units of the predictors), is
 * factored by QR with column pivoting ({@link jnum.mat.PivotedQR}, LAPACK's dgeqp3); the normal
 * equations are never formed. Past 2048 observations the rows of {@code [A y]} are first folded,
 * 2048 at a time, into the triangle of their Householder QR (TSQR, every factorization in cache),
 * and the pivoted QR factors that triangle, which has the same solution and column geometry. The
 * solution is then refined with residuals and gradients accumulated in double-double ({@code x +=
 * (R^T R)^-1 A^T (y - A x)}, steps kept while the gradient falls), which removes the {@code cond^2
 * u ||r||} error term of a plain QR solution on large-residual problems: NIST's Wampler sets reach
 * LRE 13-15, Filip (cond 5e9 scaled) 7.2. On a folded problem the refinement is skipped when it
 * cannot matter: when that term is below the {@code cond u} term ({@code cond ||r|| <= ||R||
 * ||x||}, cond from the triangle) and the residual is at least {@code 2^-10} of the response (its
 * norm is then read from the triangle with 10 or more digits). The
 * covariance is {@code s^2 (R^T R)^-1} from the inverse of the triangle, {@code s^2 = RSS / (n -
 * rank)}.
 *
 * <p><b>Rank deficiency</b> is reported, not hidden: the numerical rank uses the threshold {@code
 * max(n, k) eps |R(0,0)|} on the scaled design; a column that lies (within it) in the span of the
 * columns before it is <i>aliased</i>, as in R's {@code lm}: its coefficient, standard error, t and
 * p are NaN, the model is fitted on the other columns, and {@link #aliased()} lists them.
 * Predictions treat an aliased coefficient as 0. (statsmodels instead spreads the fit over the
 * aliased columns by the pseudo-inverse; the fitted values, residuals and sums of squares are the
 * same.)
 *
 * <p><b>Conventions</b> (statsmodels'): with an intercept, R^2 and the F test use the total sum of
 * squares about the (weighted) mean and {@code df_model = rank - 1}; without one, the uncentred
 * {@code sum w y^2} and {@code df_model = rank}. Adjusted {@code R^2 = 1 - (n - c) / (n - rank) (1 -
 * R^2)}, c = 1 with an intercept, else 0. Log-likelihood {@code -n/2 (log(2 pi RSS / n) + 1) + 1/2
 * sum log w}, {@code AIC = -2 llf + 2 rank}, {@code BIC = -2 llf + rank log n}. Weights are precision
 * weights ({@code Var e_i = sigma^2 / w_i}, as statsmodels' WLS and R's {@code lm(weights=)});
 * observations of weight 0 add nothing and are not counted in n.
 *
 * <p><b>Errors.</b> {@link NullPointerException} naming a null argument; {@link
 * DimensionMismatchException} when x, y and the weights disagree in length; {@link
 * IllegalArgumentException} for no observations, a model without columns, NaN or infinite data
 * (naming the first, since a NaN would silently change the rank), and weights that are negative,
 * NaN or infinite. With {@code n <= rank} the residual variance, standard errors, tests and
 * intervals are NaN.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinearRegression {
    private final boolean intercept;
    private final long n;
    private final int rank;
    private final boolean[] aliased;
    private final double[] beta;
    private final Dense cov; // scaled by s^2
    private final double rss;
    private final double tss;
    private final double sumLogWeights;
    private final Vec fitted;
    private final Vec residuals;

    LinearRegression(
            RegressionSolver.Solution s,
            boolean intercept,
            long n,
            double tss,
            double sumLogWeights,
            Vec fitted,
            Vec residuals) {
        this.intercept = intercept;
        this.n = n;
        this.rank = s.rank();
        this.aliased = s.aliased();
        this.beta = s.beta();
        this.rss = s.rss();
        this.tss = tss;
        this.sumLogWeights = sumLogWeights;
        this.fitted = fitted;
        this.residuals = residuals;
        this.cov = s.covUnscaled().scale(residualVariance());
    }

    // ---- fitting ----

    /** {@link #fit(Dense, Vec, boolean) fit(x, y, true)}: least squares with an intercept. */
    public static LinearRegression fit(Dense x, Vec y) {
        return fit(x, y, true);
    }

    /** {@link #fit(Dense, Vec, boolean)} of a row-major array: {@code x[i]} is observation i. */
    public static LinearRegression fit(double[][] x, double[] y) {
        return fit(x, y, true);
    }

    /** {@link #fit(Dense, Vec, boolean)} of a row-major array: {@code x[i]} is observation i. */
    public static LinearRegression fit(double[][] x, double[] y, boolean intercept) {
        return fit(design(x), Vec.of(Samples.nonNull("fit", "y", y)), intercept);
    }

    /**
     * Ordinary least squares of y on the columns of x ({@code n x p}, one observation per row,
     * without a constant column), with an intercept first if {@code intercept}.
     *
     * @throws NullPointerException if x or y is null
     * @throws DimensionMismatchException if y's length is not x's number of rows
     * @throws IllegalArgumentException for no rows, no model column, or NaN or infinite data
     */
    public static LinearRegression fit(Dense x, Vec y, boolean intercept) {
        return fit("fit", x, y, null, intercept);
    }

    /** {@link #fitWeighted(Dense, Vec, Vec, boolean)} of row-major arrays. */
    public static LinearRegression fitWeighted(double[][] x, double[] y, double[] weights, boolean intercept) {
        return fitWeighted(
                design(x),
                Vec.of(Samples.nonNull("fitWeighted", "y", y)),
                Vec.of(Samples.nonNull("fitWeighted", "weights", weights)),
                intercept);
    }

    /**
     * Weighted least squares: minimizes {@code sum w_i (y_i - x_i b)^2} with precision weights w
     * (see the class comment for the statistics).
     *
     * @throws NullPointerException if an argument is null
     * @throws DimensionMismatchException if the lengths disagree
     * @throws IllegalArgumentException for a negative, NaN or infinite weight, no positive weight,
     *     or NaN or infinite data
     */
    public static LinearRegression fitWeighted(Dense x, Vec y, Vec weights, boolean intercept) {
        Samples.nonNull("fitWeighted", "weights", weights);
        return fit("fitWeighted", x, y, weights, intercept);
    }

    private static Dense design(double[][] x) {
        return Dense.of(Objects.requireNonNull(x, "fit: x is null"));
    }

    private static LinearRegression fit(String op, Dense x, Vec y, Vec w, boolean intercept) {
        Objects.requireNonNull(x, op + ": x is null");
        Samples.nonNull(op, "y", y);
        int m = x.rows();
        int p = x.cols();
        Samples.sameLength(op, "y", y.length(), "x's rows", m);
        if (w != null) {
            Samples.sameLength(op, "weights", w.length(), "x's rows", m);
        }
        int k = p + (intercept ? 1 : 0);
        if (k == 0) {
            throw new IllegalArgumentException(op + ": the model has no column (x has none and no intercept)");
        }
        Samples.atLeast(op, "y", m, 1);
        Dense a = Dense.zeros(m, k);
        double[] c = new double[m];
        double[] sw = new double[m];
        long n = 0;
        double sumLogW = 0;
        for (int i = 0; i < m; i++) {
            double wi = w == null ? 1 : RegressionAccumulator.checkWeight(op, i, w.get(i));
            sw[i] = Math.sqrt(wi);
            if (wi > 0) {
                n++;
                sumLogW += w == null ? 0 : Math.log(wi);
            }
            double yi = y.get(i);
            RegressionAccumulator.checkFinite(op, "y[" + i + "]", yi);
            c[i] = sw[i] * yi;
            if (intercept) {
                a.set(i, 0, sw[i]);
            }
        }
        // column by column: the design is stored by columns
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < m; i++) {
                double v = x.get(i, j);
                if (!Double.isFinite(v)) {
                    RegressionAccumulator.checkFinite(op, "x[" + i + ", " + j + "]", v);
                }
                a.set(i, j + k - p, sw[i] * v);
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException(op + ": no observation has a positive weight");
        }
        RegressionSolver.Solution s = RegressionSolver.solve(a, c, 0, n);
        double[] yy = y.toArray();
        double[] ww = w == null ? null : w.toArray();
        double tss = totalSumOfSquares(yy, ww, intercept);
        // fitted = X b, column by column (the intercept first, then each kept predictor)
        double[] f = new double[m];
        if (intercept && !s.aliased()[0]) {
            Arrays.fill(f, s.beta()[0]);
        }
        Dense xc = x.storage() == Transpose.NO ? x : x.copy();
        for (int j = 0; j < p; j++) {
            if (!s.aliased()[j + k - p]) {
                Kernels.blas().axpy(m, s.beta()[j + k - p], xc.array(), xc.offset() + j * xc.ld(), 1, f, 0, 1);
            }
        }
        Vec fitted = Vec.of(f);
        return new LinearRegression(
                s, intercept, n, tss, sumLogW, fitted, Vec.of(yy).minus(fitted));
    }

    /** {@code sum w (y - ybar_w)^2} with an intercept, {@code sum w y^2} without. */
    private static double totalSumOfSquares(double[] y, double[] w, boolean intercept) {
        double center = 0;
        if (intercept) {
            center = w == null ? Stats.mean(y) : Stats.mean(y, w);
        }
        Vec d = Vec.zeros(y.length);
        for (int i = 0; i < y.length; i++) {
            d.set(i, (y[i] - center) * (w == null ? 1 : Math.sqrt(w[i])));
        }
        return RegressionSolver.sumSquares(d);
    }

    // ---- coefficients ----

    /** Whether the model has an intercept (coefficient 0). */
    public boolean hasIntercept() {
        return intercept;
    }

    /** The number of model columns k (predictors, plus one with an intercept). */
    public int columns() {
        return beta.length;
    }

    /** The number of observations n (those of positive weight). */
    public long observations() {
        return n;
    }

    /** The numerical rank of the weighted design (see the class comment). */
    public int rank() {
        return rank;
    }

    /** The indices (into {@link #coefficients()}) of the aliased columns, in order; empty at full rank. */
    public int[] aliased() {
        int[] out = new int[beta.length - rank];
        for (int j = 0, c = 0; j < beta.length; j++) {
            if (aliased[j]) {
                out[c++] = j;
            }
        }
        return out;
    }

    /** The coefficients, the intercept first when there is one; NaN for aliased columns. A new vector. */
    public Vec coefficients() {
        return Vec.of(beta.clone());
    }

    /** The coefficients' covariance matrix {@code s^2 (X^T W X)^-1}, k x k; NaN rows/columns for aliased ones. */
    public Dense covariance() {
        return cov.copy();
    }

    /** The standard errors, the square roots of the covariance's diagonal. */
    public Vec standardErrors() {
        Vec se = Vec.zeros(beta.length);
        for (int j = 0; j < beta.length; j++) {
            se.set(j, Math.sqrt(cov.get(j, j)));
        }
        return se;
    }

    /** The t statistics {@code b_j / se_j}. */
    public Vec tStatistics() {
        Vec se = standardErrors();
        Vec t = Vec.zeros(beta.length);
        for (int j = 0; j < beta.length; j++) {
            t.set(j, beta[j] / se.get(j));
        }
        return t;
    }

    /**
     * The two-sided p-values of the t tests of {@code b_j = 0}: {@code 2 S(|t_j|)} with S the
     * survival function of Student's t with {@code n - rank} degrees of freedom.
     */
    public Vec pValues() {
        Vec t = tStatistics();
        Vec p = Vec.zeros(beta.length);
        StudentT dist = studentT();
        for (int j = 0; j < beta.length; j++) {
            double tj = t.get(j);
            p.set(j, dist == null || Double.isNaN(tj) ? Double.NaN : 2 * dist.survival(Math.abs(tj)));
        }
        return p;
    }

    /**
     * Confidence intervals for the coefficients at the given level (0.95 for 95 %): a k x 2 matrix
     * of {@code b_j -+ t_{(1-level)/2} se_j}.
     *
     * @throws IllegalArgumentException if level is not in (0, 1)
     */
    public Dense confidenceIntervals(double level) {
        double q = criticalT("confidenceIntervals", level);
        Vec se = standardErrors();
        Dense ci = Dense.zeros(beta.length, 2);
        for (int j = 0; j < beta.length; j++) {
            ci.set(j, 0, beta[j] - q * se.get(j));
            ci.set(j, 1, beta[j] + q * se.get(j));
        }
        return ci;
    }

    private StudentT studentT() {
        return n > rank ? new StudentT(n - rank) : null;
    }

    private double criticalT(String op, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException(op + ": level " + level + " is not in (0, 1)");
        }
        StudentT dist = studentT();
        return dist == null ? Double.NaN : dist.inverseSurvival((1 - level) / 2);
    }

    // ---- goodness of fit ----

    /** The residual degrees of freedom {@code n - rank}. */
    public double dfResidual() {
        return n - rank;
    }

    /** The model degrees of freedom: {@code rank - 1} with an intercept, {@code rank} without. */
    public double dfModel() {
        return rank - (intercept ? 1 : 0);
    }

    /** The (weighted) residual sum of squares {@code sum w_i e_i^2}. */
    public double residualSumOfSquares() {
        return rss;
    }

    /** The total sum of squares: about the weighted mean with an intercept, about 0 without. */
    public double totalSumOfSquares() {
        return tss;
    }

    /** The explained sum of squares {@code TSS - RSS}. */
    public double explainedSumOfSquares() {
        return tss - rss;
    }

    /** The residual standard deviation {@code s = sqrt(RSS / (n - rank))}; NaN when {@code n <= rank}. */
    public double residualStandardDeviation() {
        return Math.sqrt(residualVariance());
    }

    private double residualVariance() {
        return n > rank ? rss / (n - rank) : Double.NaN;
    }

    /** {@code R^2 = 1 - RSS / TSS} (uncentred without an intercept). */
    public double rSquared() {
        return 1 - rss / tss;
    }

    /** {@code 1 - (n - c) / (n - rank) (1 - R^2)}, c = 1 with an intercept, else 0. */
    public double adjustedRSquared() {
        return 1 - (n - (intercept ? 1 : 0)) / dfResidual() * (rss / tss);
    }

    /** {@code F = (ESS / df_model) / (RSS / df_resid)}; NaN when {@code df_model = 0}. */
    public double fStatistic() {
        return dfModel() > 0 ? (explainedSumOfSquares() / dfModel()) / residualVariance() : Double.NaN;
    }

    /** The p-value of the F test that all coefficients but the intercept are 0: F's survival function. */
    public double fPValue() {
        double f = fStatistic();
        return Double.isNaN(f) || dfResidual() <= 0 ? Double.NaN : new F(dfModel(), dfResidual()).survival(f);
    }

    /** The Gaussian log-likelihood at the fit (see the class comment). */
    public double logLikelihood() {
        double nn = n;
        return -nn / 2 * (Math.log(2 * Math.PI * rss / nn) + 1) + sumLogWeights / 2;
    }

    /** Akaike's information criterion {@code -2 llf + 2 rank}. */
    public double aic() {
        return -2 * logLikelihood() + 2 * rank;
    }

    /** The Bayesian information criterion {@code -2 llf + rank log n}. */
    public double bic() {
        return -2 * logLikelihood() + rank * Math.log(n);
    }

    /**
     * The analysis-of-variance table of the regression.
     *
     * @param dfModel degrees of freedom of the model
     * @param ssModel explained sum of squares
     * @param msModel {@code ssModel / dfModel}
     * @param f the F statistic {@code msModel / msResidual}
     * @param pValue F's survival function at f
     * @param dfResidual residual degrees of freedom
     * @param ssResidual residual sum of squares
     * @param msResidual {@code ssResidual / dfResidual}, the residual variance
     * @param dfTotal {@code dfModel + dfResidual}
     * @param ssTotal total sum of squares
     */
    public record AnovaTable(
            double dfModel,
            double ssModel,
            double msModel,
            double f,
            double pValue,
            double dfResidual,
            double ssResidual,
            double msResidual,
            double dfTotal,
            double ssTotal) {
        /** The table in rows: Regression, Residual, Total. */
        @Override
        public String toString() {
            return RegressionText.anova(this);
        }
    }

    /** The ANOVA table of this fit. */
    public AnovaTable anova() {
        double ess = explainedSumOfSquares();
        return new AnovaTable(
                dfModel(),
                ess,
                ess / dfModel(),
                fStatistic(),
                fPValue(),
                dfResidual(),
                rss,
                residualVariance(),
                dfModel() + dfResidual(),
                tss);
    }

    // ---- observations ----

    /**
     * The fitted values {@code X b} of the observations (unweighted).
     *
     * @throws IllegalStateException for a fit made by a {@link RegressionAccumulator}, which keeps no
     *     observations
     */
    public Vec fitted() {
        return observationsKept("fitted").copy();
    }

    /**
     * The residuals {@code y - X b} (unweighted, as statsmodels' {@code resid}).
     *
     * @throws IllegalStateException for a fit made by a {@link RegressionAccumulator}
     */
    public Vec residuals() {
        return observationsKept("residuals").copy();
    }

    private Vec observationsKept(String op) {
        if (residuals == null) {
            throw new IllegalStateException(op + ": a streaming fit keeps no observations");
        }
        return op.equals("fitted") ? fitted : residuals;
    }

    // ---- prediction ----

    /**
     * The predicted mean response at one point x (the p predictors, without the constant).
     *
     * @throws DimensionMismatchException if x does not have p elements
     */
    public double predict(double... x) {
        Objects.requireNonNull(x, "predict: x is null");
        return dot(row("predict", x));
    }

    /**
     * Predictions at the rows of {@code xNew} (m x p) with intervals at the given level: for the
     * mean response {@code yhat -+ t se_mean}, {@code se_mean^2 = x0^T Cov x0}, and for a new
     * observation of weight 1 {@code yhat -+ t sqrt(se_mean^2 + s^2)}, t the two-sided Student
     * quantile with {@code n - rank} degrees of freedom (statsmodels' {@code get_prediction}).
     *
     * @throws DimensionMismatchException if xNew does not have p columns
     * @throws IllegalArgumentException if level is not in (0, 1)
     */
    public Prediction predict(Dense xNew, double level) {
        Objects.requireNonNull(xNew, "predict: xNew is null");
        double q = criticalT("predict", level);
        int m = xNew.rows();
        double s2 = residualVariance();
        Vec mean = Vec.zeros(m), seMean = Vec.zeros(m), seObs = Vec.zeros(m);
        for (int i = 0; i < m; i++) {
            double[] x0 = row("predict", xNew.row(i).toArray());
            mean.set(i, dot(x0));
            double v = 0;
            for (int a = 0; a < x0.length; a++) {
                for (int b = 0; b < x0.length; b++) {
                    if (!aliased[a] && !aliased[b]) {
                        v += x0[a] * cov.get(a, b) * x0[b];
                    }
                }
            }
            seMean.set(i, Math.sqrt(v));
            seObs.set(i, Math.sqrt(v + s2));
        }
        return new Prediction(
                mean,
                seMean,
                mean.minus(seMean.scale(q)),
                mean.plus(seMean.scale(q)),
                mean.minus(seObs.scale(q)),
                mean.plus(seObs.scale(q)));
    }

    /**
     * Predictions with intervals.
     *
     * @param mean predicted mean responses
     * @param standardError standard errors of the predicted means
     * @param meanLower lower confidence limits of the means
     * @param meanUpper upper confidence limits of the means
     * @param observationLower lower prediction limits for a new observation
     * @param observationUpper upper prediction limits for a new observation
     */
    public record Prediction(
            Vec mean, Vec standardError, Vec meanLower, Vec meanUpper, Vec observationLower, Vec observationUpper) {}

    /** {@code [1, x]} or x, checked against the number of predictors. */
    private double[] row(String op, double[] x) {
        int p = beta.length - (intercept ? 1 : 0);
        if (x.length != p) {
            throw new DimensionMismatchException(op + ": the model has " + p + " predictors, x has " + x.length);
        }
        if (!intercept) {
            return x;
        }
        double[] r = new double[p + 1];
        r[0] = 1;
        System.arraycopy(x, 0, r, 1, p);
        return r;
    }

    private double dot(double[] x0) {
        double s = 0;
        for (int j = 0; j < x0.length; j++) {
            if (!aliased[j]) {
                s += x0[j] * beta[j];
            }
        }
        return s;
    }

    /** A summary in statsmodels' layout: fit statistics, then one line per coefficient. */
    @Override
    public String toString() {
        return RegressionText.summary(this);
    }
}

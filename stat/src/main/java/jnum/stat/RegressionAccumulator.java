package jnum.stat;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;

/**
 * A streaming, mergeable linear regression: observations arrive one row or one block at a time,
 * partial accumulators built on separate chunks, threads or machines are merged, and {@link
 * #result()} gives the same {@link LinearRegression} as a batch fit (without the per-observation
 * residuals and fitted values, which it does not keep).
 *
 * <p><b>State.</b> The upper triangle R ({@code c x c}, {@code c = p + 2} with an intercept, {@code p
 * + 1} without) of the QR factorization of the weighted augmented matrix {@code W^1/2 [1 X y]}, the
 * number of observations of positive weight and the sum of the log-weights: {@code O(p^2)} doubles,
 * whatever the number of rows. Rows are buffered (up to 256) and folded into R by a Householder QR
 * of the stacked {@code [R; rows]} (LAPACK's dgeqrf); a block added at once is folded straight from
 * its matrix, 2048 rows at a time; {@link #merge} factors the stacked {@code [R1;
 * R2]} the same way (TSQR). The normal equations {@code X^T X} are never formed.
 *
 * <p><b>Numeric contract.</b> Each fold is a backward-stable orthogonal transformation, so the final
 * R is the exact triangle of a matrix within a small multiple of {@code c eps} (relative, column by
 * column) of {@code W^1/2 [1 X y]}: the coefficients have the accuracy of a batch QR fit ({@code
 * cond(X)} times the unit roundoff, not its square). Residual and total sums of squares are read
 * from R (the last diagonal element squared, and the response column below the intercept row),
 * without cancellation. Results do not depend on the order or grouping of rows beyond rounding;
 * they are not bitwise reproducible across different chunkings (a deterministic sequence of adds and
 * merges gives deterministic results). {@link #result()} solves the compressed problem with the
 * batch fit's pivoted QR, rank threshold and aliasing rule, taking n from the count.
 *
 * <p><b>Errors.</b> {@link NullPointerException} for null arguments, {@link
 * DimensionMismatchException} for rows of the wrong length or blocks whose parts disagree, {@link
 * IllegalArgumentException} for NaN or infinite data and negative, NaN or infinite weights (rows of
 * weight 0 are skipped), and for merging accumulators of different models.
 *
 * <p>Not thread-safe: use one accumulator per thread and merge them. {@link Serializable}, for use
 * as an aggregation buffer on a distributed engine.
 */
public final class RegressionAccumulator implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private static final int BLOCK = 256;

    /** Rows of a block added at once folded per step: the stacked [R; rows] stays in the L2 cache. */
    private static final int CHUNK = 2048;

    private final int predictors;
    private final boolean intercept;
    private final int c;
    /** R, c x c column-major; rows below the count are zero. */
    private final double[] r;
    /** Buffered weighted rows, BLOCK x c column-major. */
    private double[] buffer;

    private int buffered;
    private long count;
    private double sumLogWeights;

    /**
     * An empty accumulator for a model with {@code predictors} predictor columns, with an
     * intercept if {@code intercept}.
     *
     * @throws IllegalArgumentException if predictors is negative, or 0 without an intercept
     */
    public RegressionAccumulator(int predictors, boolean intercept) {
        if (predictors < 0 || (predictors == 0 && !intercept)) {
            throw new IllegalArgumentException("RegressionAccumulator: " + predictors + " predictors"
                    + (intercept ? "" : " and no intercept") + " make no model");
        }
        this.predictors = predictors;
        this.intercept = intercept;
        this.c = predictors + (intercept ? 2 : 1);
        this.r = new double[c * c];
        this.buffer = new double[BLOCK * c];
    }

    /** An empty accumulator with an intercept. */
    public RegressionAccumulator(int predictors) {
        this(predictors, true);
    }

    /** The number of predictors p. */
    public int predictors() {
        return predictors;
    }

    /** Whether the model has an intercept. */
    public boolean hasIntercept() {
        return intercept;
    }

    /** The number of observations of positive weight added so far (merges included). */
    public long count() {
        return count;
    }

    /**
     * Adds one observation of weight 1.
     *
     * @throws DimensionMismatchException if row does not have p elements
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public RegressionAccumulator add(double[] row, double y) {
        return add(row, y, 1);
    }

    /**
     * Adds one observation with precision weight w (ignored if w is 0).
     *
     * @throws DimensionMismatchException if row does not have p elements
     * @throws IllegalArgumentException if a value is NaN or infinite, or w is negative, NaN or
     *     infinite
     */
    public RegressionAccumulator add(double[] row, double y, double w) {
        Objects.requireNonNull(row, "add: row is null");
        if (row.length != predictors) {
            throw new DimensionMismatchException(
                    "add: the model has " + predictors + " predictors, the row has " + row.length);
        }
        checkWeight("add", -1, w);
        checkFinite("add", "y", y);
        for (int j = 0; j < row.length; j++) {
            checkFinite("add", "row[" + j + "]", row[j]);
        }
        if (w > 0) {
            push(row, y, w);
        }
        return this;
    }

    /**
     * Adds the rows of x (one observation each, p columns) with responses y, weight 1.
     *
     * @throws DimensionMismatchException if x does not have p columns or y's length is not its rows
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public RegressionAccumulator add(Dense x, Vec y) {
        return add(x, y, null);
    }

    /**
     * Adds the rows of x with responses y and precision weights w (null for weight 1).
     *
     * @throws DimensionMismatchException if the shapes disagree
     * @throws IllegalArgumentException if a value is NaN or infinite, or a weight is negative, NaN
     *     or infinite
     */
    public RegressionAccumulator add(Dense x, Vec y, Vec w) {
        Objects.requireNonNull(x, "add: x is null");
        Objects.requireNonNull(y, "add: y is null");
        if (x.cols() != predictors) {
            throw new DimensionMismatchException(
                    "add: the model has " + predictors + " predictors, x has " + x.cols() + " columns");
        }
        Samples.sameLength("add", "y", y.length(), "x's rows", x.rows());
        if (w != null) {
            Samples.sameLength("add", "weights", w.length(), "x's rows", x.rows());
        }
        int m = x.rows();
        for (int i = 0; i < m; i++) {
            if (w != null) {
                checkWeight("add", i, w.get(i));
            }
            checkFinite("add", "y[" + i + "]", y.get(i));
        }
        for (int j = 0; j < predictors; j++) {
            for (int i = 0; i < m; i++) {
                double v = x.get(i, j);
                if (!Double.isFinite(v)) {
                    checkFinite("add", "x[" + i + ", " + j + "]", v);
                }
            }
        }
        // the buffered rows first, then the block folded straight from x, CHUNK rows at a time
        fold();
        int chunk = Math.min(CHUNK, m);
        double[] rows = new double[chunk * c];
        int[] index = new int[chunk];
        double[] root = new double[chunk];
        for (int i = 0; i < m; ) {
            int nb = 0;
            for (; i < m && nb < chunk; i++) {
                double wi = w == null ? 1 : w.get(i);
                if (wi > 0) {
                    index[nb] = i;
                    root[nb++] = Math.sqrt(wi);
                    count++;
                    if (wi != 1) {
                        sumLogWeights += Math.log(wi);
                    }
                }
            }
            int col = 0;
            if (intercept) {
                System.arraycopy(root, 0, rows, 0, nb);
                col = 1;
            }
            for (int j = 0; j < predictors; j++, col++) {
                for (int q = 0; q < nb; q++) {
                    rows[q + col * chunk] = root[q] * x.get(index[q], j);
                }
            }
            for (int q = 0; q < nb; q++) {
                rows[q + col * chunk] = root[q] * y.get(index[q]);
            }
            if (nb > 0) {
                triangleOf(r, rows, chunk, nb);
            }
        }
        return this;
    }

    private void push(double[] x, double y, double w) {
        if (buffered == BLOCK) {
            fold();
        }
        double s = Math.sqrt(w);
        int j = 0;
        if (intercept) {
            buffer[buffered] = s;
            j = 1;
        }
        for (int k = 0; k < predictors; k++, j++) {
            buffer[buffered + j * BLOCK] = s * x[k];
        }
        buffer[buffered + j * BLOCK] = s * y;
        buffered++;
        count++;
        if (w != 1) {
            sumLogWeights += Math.log(w);
        }
    }

    /** Folds the buffered rows into R. */
    private void fold() {
        if (buffered > 0) {
            triangleOf(r, buffer, BLOCK, buffered);
            buffered = 0;
        }
    }

    /** R := the triangle of QR([R; rows]), rows given column-major with leading dimension ld. */
    private void triangleOf(double[] top, double[] rows, int ld, int nrows) {
        TriangleFold.fold(top, c, rows, ld, nrows);
    }

    /**
     * Adds everything other has seen: R becomes the triangle of the QR of the stacked {@code [R;
     * R_other]}. other is not changed.
     *
     * @throws IllegalArgumentException if other models different predictors or intercept
     */
    public RegressionAccumulator merge(RegressionAccumulator other) {
        Objects.requireNonNull(other, "merge: other is null");
        if (other.predictors != predictors || other.intercept != intercept) {
            throw new IllegalArgumentException("merge: a model with " + predictors + " predictors"
                    + (intercept ? " and an intercept" : "") + " cannot take one with " + other.predictors
                    + " predictors" + (other.intercept ? " and an intercept" : ""));
        }
        fold();
        double[] rows = new double[(c + other.buffered) * c];
        int ld = c + other.buffered;
        for (int j = 0; j < c; j++) {
            for (int i = 0; i <= j; i++) {
                rows[i + j * ld] = other.r[i + j * c];
            }
            for (int i = 0; i < other.buffered; i++) {
                rows[c + i + j * ld] = other.buffer[i + j * BLOCK];
            }
        }
        triangleOf(r, rows, ld, ld);
        count += other.count;
        sumLogWeights += other.sumLogWeights;
        return this;
    }

    /**
     * The regression of everything added and merged so far, with the statistics of {@link
     * LinearRegression#fit} ({@link LinearRegression#residuals()} and {@link
     * LinearRegression#fitted()} excepted). The accumulator stays usable.
     *
     * @throws IllegalStateException if no observation has been added
     */
    public LinearRegression result() {
        if (count == 0) {
            throw new IllegalStateException("result: no observation has been added");
        }
        fold();
        int k = c - 1;
        Dense a = Dense.zeros(k, k);
        double[] z = new double[k];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i <= j; i++) {
                a.set(i, j, r[i + j * c]);
            }
        }
        Vec tail = Vec.zeros(intercept ? k : k + 1);
        for (int i = 0; i < k; i++) {
            z[i] = r[i + k * c];
            if (i > 0 || !intercept) {
                tail.set(intercept ? i - 1 : i, z[i]);
            }
        }
        double rLast = r[k + k * c];
        tail.set(tail.length() - 1, rLast);
        // with the intercept column first, Q's first column is sqrt(w)/sqrt(W), so the response
        // column below row 0 holds the deviations from the weighted mean: its squares sum to TSS
        double tss = RegressionSolver.sumSquares(tail);
        RegressionSolver.Solution s = RegressionSolver.solve(a, z, rLast * rLast, count);
        return new LinearRegression(s, intercept, count, tss, sumLogWeights, null, null);
    }

    /** Throws unless v is finite, naming the operation and the value. */
    static void checkFinite(String op, String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(op + ": " + what + " = " + v + " is not finite");
        }
    }

    /** Returns w after checking that it is a finite non-negative weight. */
    static double checkWeight(String op, long i, double w) {
        if (!(w >= 0) || w == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(op + ": weight " + (i >= 0 ? "[" + i + "] " : "") + "= " + w
                    + " is not a finite non-negative number");
        }
        return w;
    }

    @Override
    public String toString() {
        return "RegressionAccumulator: " + predictors + " predictors" + (intercept ? " and an intercept" : "") + ", "
                + count + " observations";
    }
}

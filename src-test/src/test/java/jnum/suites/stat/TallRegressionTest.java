package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.stat.LinearRegression;
import jnum.stat.RegressionAccumulator;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Least squares on thousands of rows (the batch fit then folds the rows into a triangle before its
 * factorizations), against the exact solution: the normal equations formed and solved in 60-digit
 * decimal arithmetic, which a double computation cannot imitate. Responses with a large residual,
 * a residual 1e-9 of the response (where the residual must come from the data, not the triangle),
 * offset and scaled columns, unit and random weights, and an aliased column. Bound: the columns are
 * scaled to unit norm and are random, so {@code cond <= 1e3} as in {@link RegressionProperties},
 * and the QR solution's error {@code gamma_(m k) cond (1 + cond ||r|| / (||A|| ||x||))} is below
 * {@code 30 m 1e3 u}; the same for the residual sum of squares, plus the perturbation of the
 * residual by rows scaled with a rounded {@code sqrt(w)} and, for the accumulator, the error of a
 * residual norm read from its triangle.
 */
class TallRegressionTest {
    private static final MathContext MC = new MathContext(60);

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void tallFitsAreExact(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int m = 2049 + r.nextInt(6000);
        int p = 1 + r.nextInt(5);
        boolean intercept = r.nextInt(4) != 0;
        boolean aliasedColumn = r.nextInt(4) == 0;
        double noise = r.nextBoolean() ? 1.0 : 1e-9;
        int cols = p + (aliasedColumn ? 1 : 0);
        double[][] x = new double[m][cols];
        double[] y = new double[m];
        double[] w = r.nextBoolean() ? null : new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = 3;
            for (int j = 0; j < p; j++) {
                x[i][j] = Math.pow(10, j - 2) * (r.nextGaussian() + (j == 0 ? 5 : 0));
                y[i] += x[i][j] / Math.pow(10, j - 2) * (j + 1);
            }
            if (aliasedColumn) {
                x[i][p] = 2 * x[i][0];
            }
            y[i] += noise * r.nextGaussian();
            if (w != null) {
                w[i] = r.nextDouble(0.5, 2);
            }
        }
        LinearRegression fit =
                w == null ? LinearRegression.fit(x, y, intercept) : LinearRegression.fitWeighted(x, y, w, intercept);
        RegressionAccumulator acc = new RegressionAccumulator(cols, intercept);
        acc.add(Dense.of(x), Vec.of(y), w == null ? null : Vec.of(w));
        LinearRegression streamed = acc.result();

        int k = p + (intercept ? 1 : 0); // the kept columns: the aliased copy comes last
        BigDecimal[][] gram = new BigDecimal[k][k + 1];
        for (BigDecimal[] row : gram) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        BigDecimal[] v = new BigDecimal[k + 1];
        for (int i = 0; i < m; i++) {
            BigDecimal wi = w == null ? BigDecimal.ONE : new BigDecimal(w[i]);
            for (int a = 0; a < k; a++) {
                v[a] = intercept && a == 0 ? BigDecimal.ONE : new BigDecimal(x[i][a - (intercept ? 1 : 0)]);
            }
            v[k] = new BigDecimal(y[i]);
            for (int a = 0; a < k; a++) {
                BigDecimal wa = wi.multiply(v[a]);
                for (int b = 0; b <= k; b++) {
                    gram[a][b] = gram[a][b].add(wa.multiply(v[b]));
                }
            }
        }
        BigDecimal[] beta = solve(gram, k);
        BigDecimal rss = BigDecimal.ZERO;
        for (int i = 0; i < m; i++) {
            BigDecimal e = new BigDecimal(y[i]);
            for (int a = 0; a < k; a++) {
                BigDecimal xa = intercept && a == 0 ? BigDecimal.ONE : new BigDecimal(x[i][a - (intercept ? 1 : 0)]);
                e = e.subtract(xa.multiply(beta[a]));
            }
            rss = rss.add((w == null ? BigDecimal.ONE : new BigDecimal(w[i])).multiply(e.multiply(e)));
        }
        double bound = 30.0 * m * 1e3 * Tolerance.U;
        String ctx = "m=" + m + " p=" + p + " intercept=" + intercept + " aliased=" + aliasedColumn + " noise=" + noise
                + " weights=" + (w != null) + " seed=" + seed;
        double normC = 0; // ||W^1/2 y||
        for (int i = 0; i < m; i++) {
            normC += (w == null ? 1 : w[i]) * y[i] * y[i];
        }
        normC = Math.sqrt(normC);
        // weights enter as rows scaled by a rounded sqrt(w): data perturbed by 2 u relative per
        // element, a residual perturbed by up to 2 u (||W^1/2 y|| + sum_j ||W^1/2 x_j|| |beta_j|)
        double fromWeights = 0;
        if (w != null) {
            fromWeights = normC;
            for (int a = 0; a < k; a++) {
                double norm = 0;
                for (int i = 0; i < m; i++) {
                    double xa = intercept && a == 0 ? 1 : x[i][a - (intercept ? 1 : 0)];
                    norm += w[i] * xa * xa;
                }
                fromWeights += Math.sqrt(norm) * Math.abs(beta[a].doubleValue());
            }
            fromWeights *= 2 * Tolerance.U;
        }
        for (LinearRegression f : new LinearRegression[] {fit, streamed}) {
            String which = f == fit ? "fit: " : "accumulator: ";
            assertArrayEquals(aliasedColumn ? new int[] {k} : new int[0], f.aliased(), ctx + which);
            double scaledErr = 0;
            double scaledSize = 0;
            for (int a = 0; a < k; a++) {
                double norm = 0; // column a's 2-norm
                for (int i = 0; i < m; i++) {
                    double xa = intercept && a == 0 ? 1 : x[i][a - (intercept ? 1 : 0)];
                    norm += xa * xa;
                }
                norm = Math.sqrt(norm);
                scaledErr = Math.max(scaledErr, norm * Math.abs(f.coefficients().get(a) - beta[a].doubleValue()));
                scaledSize = Math.max(scaledSize, norm * Math.abs(beta[a].doubleValue()));
            }
            assertTrue(
                    scaledErr <= bound * scaledSize,
                    ctx + ": " + which + "coefficients off by " + scaledErr / scaledSize);
            double wantRss = rss.doubleValue();
            double gotRss = f.residualSumOfSquares();
            // the accumulator reads the residual norm from its triangle, whose backward error is
            // 30 m u ||W^1/2 y|| (Householder QR); the batch fit takes it from the data
            double e = fromWeights + (f == fit ? 0 : 30.0 * m * Tolerance.U * normC);
            double rssBound = bound * wantRss + e * (2 * Math.sqrt(wantRss) + e);
            assertTrue(Math.abs(gotRss - wantRss) <= rssBound, ctx + ": " + which + "rss " + gotRss + " vs " + wantRss);
        }
    }

    /** The solution of the k x k system in the first k columns of g with right side column k (Gauss, partial pivoting). */
    private static BigDecimal[] solve(BigDecimal[][] g, int k) {
        for (int c = 0; c < k; c++) {
            int piv = c;
            for (int i = c + 1; i < k; i++) {
                if (g[i][c].abs().compareTo(g[piv][c].abs()) > 0) {
                    piv = i;
                }
            }
            BigDecimal[] t = g[c];
            g[c] = g[piv];
            g[piv] = t;
            for (int i = c + 1; i < k; i++) {
                BigDecimal f = g[i][c].divide(g[c][c], MC);
                for (int j = c; j <= k; j++) {
                    g[i][j] = g[i][j].subtract(f.multiply(g[c][j]), MC);
                }
            }
        }
        BigDecimal[] b = new BigDecimal[k];
        for (int i = k - 1; i >= 0; i--) {
            BigDecimal s = g[i][k];
            for (int j = i + 1; j < k; j++) {
                s = s.subtract(g[i][j].multiply(b[j]), MC);
            }
            b[i] = s.divide(g[i][i], MC);
        }
        return b;
    }
}

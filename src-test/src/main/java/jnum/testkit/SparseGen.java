package jnum.testkit;

import java.util.SplittableRandom;

/**
 * Seeded generators of sparse test matrices as plain triplet arrays and dense {@code double[][]}
 * oracles, independent of the {@code jnum.mat.sparse} code under test.
 *
 * <p>Families: random patterns with empty rows and columns and repeated positions
 * ({@link #triplets}); the 2-D Poisson matrix (5-point Laplacian, SPD, condition number about
 * {@code 0.4 k^2} on a {@code k x k} grid); a convection-diffusion matrix (the Poisson matrix plus
 * an upwind convection term: non-symmetric, an M-matrix); a random symmetric diagonally dominant
 * SPD matrix; and the Poisson matrix shifted into its spectrum (symmetric indefinite).
 */
public final class SparseGen {

    /** Triplets {@code (rows[k], cols[k], values[k])} of a {@code m x n} matrix. */
    public record Triplets(int m, int n, int[] rows, int[] cols, double[] values) {

        /** The dense matrix these triplets describe, repeated positions summed. */
        public double[][] dense() {
            double[][] a = new double[m][n];
            for (int k = 0; k < values.length; k++) {
                a[rows[k]][cols[k]] += values[k];
            }
            return a;
        }
    }

    private final SplittableRandom rnd;

    /** A generator whose whole stream is fixed by {@code seed}. */
    public SparseGen(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** The underlying generator. */
    public SplittableRandom random() {
        return rnd;
    }

    /**
     * A random {@code m x n} pattern with about {@code density * m * n} triplets in random order,
     * about a tenth of them repeating an earlier position, values uniform in {@code [-1, 1)} with
     * an occasional exact zero.
     */
    public Triplets triplets(int m, int n, double density) {
        int count = m == 0 || n == 0 ? 0 : (int) Math.round(density * m * n) + rnd.nextInt(3);
        int[] r = new int[count];
        int[] c = new int[count];
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            if (k > 0 && rnd.nextInt(10) == 0) {
                int earlier = rnd.nextInt(k);
                r[k] = r[earlier];
                c[k] = c[earlier];
            } else {
                r[k] = rnd.nextInt(m);
                c[k] = rnd.nextInt(n);
            }
            v[k] = rnd.nextInt(20) == 0 ? 0.0 : rnd.nextDouble(-1, 1);
        }
        return new Triplets(m, n, r, c, v);
    }

    /** The 5-point Laplacian on a {@code k x k} grid with Dirichlet boundaries, order {@code k^2}. */
    public static Triplets poisson(int k) {
        return convectionDiffusion(k, 0.0);
    }

    /**
     * The 5-point Laplacian plus first-order upwind convection {@code beta} in both directions,
     * order {@code k^2}: non-symmetric for {@code beta != 0}, diagonally dominant, an M-matrix.
     */
    public static Triplets convectionDiffusion(int k, double beta) {
        int n = k * k;
        int cap = 5 * n;
        int[] r = new int[cap];
        int[] c = new int[cap];
        double[] v = new double[cap];
        int t = 0;
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                int i = y * k + x;
                r[t] = i;
                c[t] = i;
                v[t++] = 4 + 2 * beta;
                if (x > 0) {
                    r[t] = i;
                    c[t] = i - 1;
                    v[t++] = -1 - beta;
                }
                if (x < k - 1) {
                    r[t] = i;
                    c[t] = i + 1;
                    v[t++] = -1;
                }
                if (y > 0) {
                    r[t] = i;
                    c[t] = i - k;
                    v[t++] = -1 - beta;
                }
                if (y < k - 1) {
                    r[t] = i;
                    c[t] = i + k;
                    v[t++] = -1;
                }
            }
        }
        return new Triplets(
                n, n, java.util.Arrays.copyOf(r, t), java.util.Arrays.copyOf(c, t), java.util.Arrays.copyOf(v, t));
    }

    /**
     * A random symmetric positive definite {@code n x n} matrix: a random symmetric pattern with
     * about {@code perRow} off-diagonal entries per row, values uniform in {@code [-1, 1)}, and a
     * diagonal equal to the absolute row sum times {@code 1 + margin} (strict diagonal dominance
     * with positive diagonal, hence SPD; smaller margins give larger condition numbers).
     */
    public Triplets spd(int n, int perRow, double margin) {
        double[] rowSum = new double[n];
        int offCount = n < 2 ? 0 : n * perRow / 2;
        int[] r = new int[2 * offCount + n];
        int[] c = new int[r.length];
        double[] v = new double[r.length];
        int t = 0;
        for (int k = 0; k < offCount; k++) {
            int i = rnd.nextInt(n);
            int j = rnd.nextInt(n - 1);
            if (j >= i) {
                j++;
            }
            double a = rnd.nextDouble(-1, 1);
            r[t] = i;
            c[t] = j;
            v[t++] = a;
            r[t] = j;
            c[t] = i;
            v[t++] = a;
            rowSum[i] += Math.abs(a);
            rowSum[j] += Math.abs(a);
        }
        return withDominantDiagonal(n, r, c, v, t, rowSum, margin);
    }

    /**
     * A random symmetric positive definite {@code n x n} matrix on a given pattern: for each pair
     * {@code (is[k], js[k])}, {@code i != j}, the entries {@code (i, j)} and {@code (j, i)} get one
     * value uniform in {@code [-1, 1)} (a repeated pair adds up), and the diagonal is as in
     * {@link #spd}: strictly diagonally dominant, so every eigenvalue is at least {@code margin}
     * times the smallest diagonal over {@code 1 + margin} (Gershgorin).
     */
    public Triplets spdOnPattern(int n, int[] is, int[] js, double margin) {
        double[] rowSum = new double[n];
        int[] r = new int[2 * is.length + n];
        int[] c = new int[r.length];
        double[] v = new double[r.length];
        int t = 0;
        for (int k = 0; k < is.length; k++) {
            int i = is[k];
            int j = js[k];
            double a = rnd.nextDouble(-1, 1);
            r[t] = i;
            c[t] = j;
            v[t++] = a;
            r[t] = j;
            c[t] = i;
            v[t++] = a;
            rowSum[i] += Math.abs(a);
            rowSum[j] += Math.abs(a);
        }
        return withDominantDiagonal(n, r, c, v, t, rowSum, margin);
    }

    /** Appends the diagonal {@code max(rowSum, 1e-3) (1 + margin)} after the t off-diagonal triplets. */
    private static Triplets withDominantDiagonal(
            int n, int[] r, int[] c, double[] v, int t, double[] rowSum, double margin) {
        for (int i = 0; i < n; i++) {
            r[t] = i;
            c[t] = i;
            v[t++] = Math.max(rowSum[i], 1e-3) * (1 + margin);
        }
        return new Triplets(n, n, r, c, v);
    }

    /**
     * The Poisson matrix on a {@code k x k} grid minus {@code sigma} times the identity: symmetric,
     * indefinite when {@code sigma} lies inside the spectrum {@code (0, 8)} and away from its
     * eigenvalues {@code 4 - 2 cos(p pi/(k+1)) - 2 cos(q pi/(k+1))}.
     */
    public static Triplets shiftedPoisson(int k, double sigma) {
        Triplets p = poisson(k);
        double[] v = p.values().clone();
        for (int t = 0; t < v.length; t++) {
            if (p.rows()[t] == p.cols()[t]) {
                v[t] -= sigma;
            }
        }
        return new Triplets(p.m(), p.n(), p.rows(), p.cols(), v);
    }
}

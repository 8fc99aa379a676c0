package jnum.mat.kernel;

import java.util.Arrays;
import jnum.mat.kernel.spi.LapackProvider;

/**
 * Inverse iteration block by block, as LAPACK's dstebz and dstein split a symmetric tridiagonal T:
 * where {@code e_i^2 <= ulp^2 |d_i d_(i+1)| + safmin} T is taken to fall apart into unreduced
 * blocks, each given eigenvalue is assigned to a block that has an eigenvalue within a window of
 * it, and the providers' inverse iteration runs on each block alone, its vectors zero outside the
 * block's rows.
 *
 * <p>Why: inverse iteration accepts a vector once the solve with {@code T - lambda I} grows it by
 * a factor set by {@code ||T||}. On a split T the growth is set by the block that holds lambda
 * instead: for {@code T = c I} every pivot is the same tiny perturbation, the iterate never grows
 * against the others, and a vector that is already exact is reported as not converged. Within an
 * unreduced block the growth test means what it should.
 *
 * <p>The window is {@code 4 n ulp ||T||} on each side, which covers the error of the given values
 * (bisection to a few ulps of {@code ||T||}) and the eigenvalue change from dropping the split
 * elements (at most their size). Values whose windows overlap are assigned together, to the
 * blocks in order of their counts of eigenvalues inside the joint window (Sturm counts); should
 * those counts not cover them, T is left whole, as before. A value assigned to a block whose
 * eigenvalue differs from it by up to the window gives that eigenvalue's vector, whose residual
 * with the given value is within the window: the same accuracy as the value itself.
 */
final class TridiagonalBlocks {
    private static final double ULP = 0x1p-52;
    private static final double SAFMIN = Double.MIN_NORMAL;

    private TridiagonalBlocks() {}

    /**
     * dstein on T (n x n, diagonal d, off-diagonal e; within the facade's scaled range) for the m
     * ascending values w into the columns of the n x m Z, block by block where T splits.
     *
     * @return how many vectors did not converge
     */
    static int stein(
            LapackProvider p,
            int n,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            int m,
            double[] w,
            int wOff,
            double[] z,
            int zOff,
            int ldz) {
        int[] starts = splitStarts(n, d, dOff, e, eOff);
        int blocks = starts.length - 1;
        if (blocks == 1) {
            return p.stein(n, d, dOff, e, eOff, m, w, wOff, z, zOff, ldz);
        }
        int[] local = new int[m];
        int[] owner = assign(p, n, d, dOff, e, eOff, m, w, wOff, starts, local);
        if (owner == null) {
            return p.stein(n, d, dOff, e, eOff, m, w, wOff, z, zOff, ldz);
        }
        for (int j = 0; j < m; j++) {
            Arrays.fill(z, zOff + j * ldz, zOff + j * ldz + n, 0.0);
        }
        // the values' columns grouped by block, ascending within each (a counting sort on owner)
        int[] first = new int[blocks + 1];
        for (int j = 0; j < m; j++) {
            first[owner[j] + 1]++;
        }
        for (int b = 0; b < blocks; b++) {
            first[b + 1] += first[b];
        }
        int[] columns = new int[m];
        int[] fill = Arrays.copyOf(first, blocks);
        for (int j = 0; j < m; j++) {
            columns[fill[owner[j]]++] = j;
        }
        int failed = 0;
        for (int b = 0; b < blocks; b++) {
            int count = first[b + 1] - first[b];
            if (count == 0) {
                continue;
            }
            int s = starts[b];
            int size = starts[b + 1] - s;
            if (size == 1) {
                z[zOff + s + columns[first[b]] * ldz] = 1;
                continue;
            }
            int[] mine = Arrays.copyOfRange(columns, first[b], first[b + 1]);
            failed += blockVectors(p, size, d, dOff + s, e, eOff + s, count, mine, local, z, zOff + s, ldz);
        }
        return failed;
    }

    /**
     * The vectors of one block (order {@code size} at d, e) for the count values whose columns and
     * block-local eigenvalue indices are given, into those columns of Z (rows from zOff on). The
     * block is scaled into the facade's range on its own and its eigenvalues found again by
     * bisection on it alone, so that the shifts are as accurate as its own norm allows, as dstebz
     * gives them to dstein (a block much smaller than T has values known only to {@code eps
     * ||T||} from T's bisection, too coarse for its growth test).
     */
    private static int blockVectors(
            LapackProvider p,
            int size,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            int count,
            int[] columns,
            int[] local,
            double[] z,
            int zOff,
            int ldz) {
        int shift = Lapack.safeShift(Lapack.tridiagonalMax(size, d, dOff, e, eOff));
        double[] db = Lapack.scalb(d, dOff, size, shift);
        double[] eb = Lapack.scalb(e, eOff, size - 1, shift);
        double[] wb = new double[count];
        double[] one = new double[1];
        for (int c = 0; c < count; c++) {
            int index = local[columns[c]];
            p.stebz(size, db, 0, eb, 0, index, index, one, 0);
            wb[c] = one[0];
        }
        double[] zb = new double[size * count];
        int failed = p.stein(size, db, 0, eb, 0, count, wb, 0, zb, 0, size);
        for (int c = 0; c < count; c++) {
            System.arraycopy(zb, c * size, z, zOff + columns[c] * ldz, size);
        }
        return failed;
    }

    /** The first rows of T's unreduced blocks, then n (dstebz's splitting test). */
    static int[] splitStarts(int n, double[] d, int dOff, double[] e, int eOff) {
        int[] starts = new int[n + 1];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < n - 1; i++) {
            double ei = e[eOff + i];
            if (ei * ei <= ULP * ULP * Math.abs(d[dOff + i] * d[dOff + i + 1]) + SAFMIN) {
                starts[count++] = i + 1;
            }
        }
        starts[count++] = n;
        return Arrays.copyOf(starts, count);
    }

    /**
     * The block of each value (indices into the blocks), or null when the blocks' Sturm counts do
     * not account for a group of values; {@code local} receives each value's eigenvalue index
     * within its block.
     */
    private static int[] assign(
            LapackProvider p,
            int n,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            int m,
            double[] w,
            int wOff,
            int[] starts,
            int[] local) {
        double tnorm = Lapack.tridiagonalMax(n, d, dOff, e, eOff);
        double window = 4 * n * ULP * tnorm + SAFMIN;
        int blocks = starts.length - 1;
        double[] gershgorin = new double[2 * blocks];
        for (int b = 0; b < blocks; b++) {
            double glo = Double.POSITIVE_INFINITY;
            double ghi = Double.NEGATIVE_INFINITY;
            for (int i = starts[b]; i < starts[b + 1]; i++) {
                double r = (i > starts[b] ? Math.abs(e[eOff + i - 1]) : 0)
                        + (i < starts[b + 1] - 1 ? Math.abs(e[eOff + i]) : 0);
                glo = Math.min(glo, d[dOff + i] - r);
                ghi = Math.max(ghi, d[dOff + i] + r);
            }
            gershgorin[2 * b] = glo;
            gershgorin[2 * b + 1] = ghi;
        }
        int[] owner = new int[m];
        int j0 = 0;
        while (j0 < m) {
            int j1 = j0;
            while (j1 + 1 < m && w[wOff + j1 + 1] - w[wOff + j1] <= 2 * window) {
                j1++;
            }
            double lo = w[wOff + j0] - window;
            double hi = w[wOff + j1] + window;
            int next = j0;
            for (int b = 0; b < blocks && next <= j1; b++) {
                if (hi < gershgorin[2 * b] || lo > gershgorin[2 * b + 1]) {
                    continue; // no eigenvalue of this block can lie in the window
                }
                int s = starts[b];
                int size = starts[b + 1] - s;
                int below = p.sturmCount(size, d, dOff + s, e, eOff + s, Math.nextDown(lo));
                int inside = p.sturmCount(size, d, dOff + s, e, eOff + s, hi) - below;
                for (int c = 0; c < inside && next <= j1; c++) {
                    owner[next] = b;
                    local[next++] = below + c;
                }
            }
            if (next <= j1) {
                return null;
            }
            j0 = j1 + 1;
        }
        return owner;
    }
}

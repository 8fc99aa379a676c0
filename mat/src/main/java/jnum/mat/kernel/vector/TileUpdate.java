package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Merges a computed block {@code AB} into C: {@code C = alpha * AB} when {@code beta == 0} (C is
 * not read), else {@code C = fma(beta, C, alpha * AB)}. One rounding for {@code alpha * AB} and one
 * for the fused update, the same for full and edge blocks (edges use masked vector loads and
 * stores, so nothing outside the {@code rows x cols} block is touched).
 */
final class TileUpdate {
    private static final VectorSpecies<Double> S = VectorMicroKernel.SPECIES;
    private static final int L = S.length();

    private TileUpdate() {}

    /**
     * @param ab the block, column-major with leading dimension {@code ldab}
     * @param rows valid rows ({@code <= ldab})
     * @param cols valid columns
     */
    static void update(
            double[] ab, int ldab, double alpha, double beta, double[] c, int cIdx, int ldc, int rows, int cols) {
        DoubleVector va = DoubleVector.broadcast(S, alpha);
        DoubleVector vb = DoubleVector.broadcast(S, beta);
        for (int j = 0; j < cols; j++) {
            int t = j * ldab;
            int ci = cIdx + j * ldc;
            int i = 0;
            for (; i + L <= rows; i += L) {
                DoubleVector r = DoubleVector.fromArray(S, ab, t + i).mul(va);
                if (beta != 0) {
                    r = DoubleVector.fromArray(S, c, ci + i).fma(vb, r);
                }
                r.intoArray(c, ci + i);
            }
            if (i < rows) {
                VectorMask<Double> mask = S.indexInRange(i, rows);
                DoubleVector r = DoubleVector.fromArray(S, ab, t + i, mask).mul(va);
                if (beta != 0) {
                    r = DoubleVector.fromArray(S, c, ci + i, mask).fma(vb, r);
                }
                r.intoArray(c, ci + i, mask);
            }
        }
    }
}

package jnum.stat;

import jnum.mat.Dense;
import jnum.mat.QR;

/**
 * One step of a tall-skinny QR (TSQR): the upper triangle R ({@code c x c}) becomes the triangle of
 * the Householder QR of the stacked {@code [R; rows]}. Folding the rows of a tall matrix a few
 * thousand at a time gives the R of the whole (up to the signs of its rows) with every
 * factorization in cache, and each fold is backward stable, so the result is the exact R of a matrix
 * within a small multiple of {@code c eps} of the data.
 */
final class TriangleFold {
    private TriangleFold() {}

    /**
     * {@code r := triangle of QR([r; rows])}: r is {@code c x c} column-major (only its upper
     * triangle is read and written), rows {@code nrows x c} column-major with leading dimension
     * {@code ld}.
     */
    static void fold(double[] r, int c, double[] rows, int ld, int nrows) {
        int m = c + nrows;
        double[] s = new double[m * c];
        for (int j = 0; j < c; j++) {
            System.arraycopy(r, j * c, s, j * m, j + 1);
            System.arraycopy(rows, j * ld, s, c + j * m, nrows);
        }
        Dense t = QR.of(Dense.wrap(s, 0, m, m, c)).r();
        for (int j = 0; j < c; j++) {
            for (int i = 0; i <= j; i++) {
                r[i + j * c] = t.get(i, j);
            }
        }
    }
}

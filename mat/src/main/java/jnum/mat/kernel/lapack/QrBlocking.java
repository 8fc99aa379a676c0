package jnum.mat.kernel.lapack;

/**
 * Block sizes of the Householder routines, measured with the QR benchmark of the {@code jmh}
 * module on the vector BLAS (LAPACK's ilaenv defaults, nb = 32 and a crossover of 128 columns left
 * to the unblocked code, were slower here: the unblocked tail of a 4000 x 200 factorization ran at
 * level-2 speed for most of its flops).
 */
final class QrBlocking {
    /**
     * Reflectors per block of orgqr, ormqr, geqp3 and gebrd (whose panels are level 2): the inner
     * dimension of their GEMM updates.
     */
    static final int NB = 32;

    /**
     * Up to this min(m, n) the factorizations run unblocked; above it, blocks of {@link #NB} run to
     * the end (the last panel is factored unblocked, as every panel is).
     */
    static final int CROSSOVER = 64;

    /**
     * Panel width of geqrf for an m x n matrix: 48 columns, 64 from min(m, n) = 1000 on. Its
     * panels are factored recursively on GEMM ({@link RecursiveQrPanel}), so a wider panel than
     * {@link #NB} costs little there and makes the trailing updates' inner dimension longer; at
     * 500 x 500 and 4000 x 200, 48 was faster than 32 and 64 (thread CPU time, vector BLAS).
     */
    static int geqrfBlock(int m, int n) {
        return Math.min(m, n) >= 1000 ? 64 : 48;
    }

    private QrBlocking() {}
}

package jnum.mat.kernel.lapack;

/**
 * Block sizes of the Householder routines, measured with the QR benchmark of the {@code jmh}
 * module on the vector BLAS (LAPACK's ilaenv defaults, nb = 32 and a crossover of 128 columns left
 * to the unblocked code, were slower here: the unblocked tail of a 4000 x 200 factorization ran at
 * level-2 speed for most of its flops).
 */
final class QrBlocking {
    /** Reflectors per block: the inner dimension of the GEMM updates. */
    static final int NB = 32;

    /**
     * Up to this min(m, n) the factorizations run unblocked; above it, blocks of {@link #NB} run to
     * the end (the last panel is factored unblocked, as every panel is).
     */
    static final int CROSSOVER = 64;

    private QrBlocking() {}
}

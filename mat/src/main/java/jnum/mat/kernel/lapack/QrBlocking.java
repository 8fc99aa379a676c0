package jnum.mat.kernel.lapack;

/**
 * Block sizes of the Householder routines (LAPACK's ilaenv answers for dgeqrf and dgeqp3).
 */
final class QrBlocking {
    /** Reflectors per block: the inner dimension of the GEMM updates. */
    static final int NB = 32;

    /** Below this min(m, n) the factorizations run unblocked. */
    static final int CROSSOVER = 128;

    /** The last columns the blocked factorization leaves to the unblocked code. */
    static final int CROSSOVER_TAIL = 128;

    private QrBlocking() {}
}

package jnum.mat.kernel.vector;

/**
 * The innermost GEMM step: the product of one packed micro-panel of A and one of B, a register
 * block {@code AB} of {@code MR x NR} (the kernel's block size).
 *
 * <p>{@code a} holds an {@code MR x kc} micro-panel at {@code aIdx}, element {@code (i, p)} at
 * {@code aIdx + p * MR + i}; {@code b} holds a {@code kc x NR} micro-panel at {@code bIdx}, element
 * {@code (p, j)} at {@code bIdx + p * NR + j} (edge panels are zero padded by the packing). The
 * kernel writes {@code AB} column-major to {@code ab[0 .. MR * NR - 1]} ({@code (i, j)} at
 * {@code i + j * MR}); {@link TileUpdate} merges the valid part into C. Each element of AB must be
 * the {@code fma} sum over {@code p} in increasing order, so that any tiling gives the same bits.
 */
interface MicroKernel {

    /** Rows of the register block (MR). */
    int mr();

    /** Columns of the register block (NR). */
    int nr();

    void multiply(int kc, double[] a, int aIdx, double[] b, int bIdx, double[] ab);
}

package jnum.mat.kernel.vector;

/**
 * Block sizes of the packed GEMM ({@link BlockedGemm}), in the notation of Goto and van de Geijn
 * and of BLIS.
 *
 * <ul>
 *   <li>{@code mr x nr}: the register block of the micro-kernel ({@code mr} rows of C held in
 *       {@code mr / lanes} vector registers per column, {@code nr} columns).
 *   <li>{@code kc}: the depth of one rank-{@code kc} update. A packed {@code kc x nr} micro-panel of
 *       B stays in L1 while the {@code mr x kc} micro-panels of A stream past it from L2.
 *   <li>{@code mc}: the rows of the packed {@code mc x kc} block of A, which lives in L2.
 *   <li>{@code nc}: the columns of the packed {@code kc x nc} panel of B, which lives in L3 and is
 *       shared read-only by all threads.
 * </ul>
 *
 * @param mr rows of the register block, a multiple of the vector length
 * @param nr columns of the register block
 * @param kc depth of a packed panel
 * @param mc rows of a packed block of A, a multiple of {@code mr}
 * @param nc columns of a packed panel of B, a multiple of {@code nr}
 */
record GemmBlocking(int mr, int nr, int kc, int mc, int nc) {

    /**
     * Columns of the register block. Two vectors of A times six broadcast elements of B take twelve
     * accumulators, two A registers and one broadcast register: 15 of the 16 AVX2 registers, and
     * leaves room on AVX-512 without spilling.
     */
    static final int NR = 6;

    /**
     * Depth: a {@code kc x 6} panel of B is 12 KiB at kc = 256, half of a 32 KiB L1 data cache, so
     * that it survives the streaming A micro-panels (16 x 256 doubles = 32 KiB on AVX-512, read from
     * L2). The alternatives 192 to 512 could not be told apart on the loaded test machine; see
     * docs/benchmarks/gemm.md.
     */
    static final int KC = 256;

    /**
     * Rows of the A block: 192 x 256 doubles = 384 KiB, well inside a 1 MiB L2 next to the B panel
     * slices and C tiles that pass through it (a multiple of MR for every lane count).
     */
    static final int MC_TARGET = 192;

    /** Columns of the B panel (rounded down to a multiple of NR: 4092): 8 MiB, a quarter of L3. */
    static final int NC_TARGET = 4096;

    GemmBlocking {
        if (mr < 1 || nr < 1 || kc < 1 || mc < mr || mc % mr != 0 || nc < nr || nc % nr != 0) {
            throw new IllegalArgumentException("GemmBlocking: inconsistent block sizes mr=" + mr + " nr=" + nr + " kc="
                    + kc + " mc=" + mc + " nc=" + nc);
        }
    }

    /** The block sizes for a micro-kernel that holds {@code 2 * lanes} rows in two vectors. */
    static GemmBlocking forLanes(int lanes) {
        int mr = 2 * lanes;
        int mc = Math.max(mr, MC_TARGET / mr * mr);
        int nc = NC_TARGET / NR * NR;
        return new GemmBlocking(mr, NR, KC, mc, nc);
    }
}

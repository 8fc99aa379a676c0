package jnum.mat.kernel.vector;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packed, cache-blocked GEMM of Goto and van de Geijn ("Anatomy of high-performance matrix
 * multiplication", ACM TOMS 34(3), 2008), in the five-loop form of BLIS (Van Zee and van de Geijn,
 * "BLIS: a framework for rapidly instantiating BLAS functionality", ACM TOMS 41(3), 2015):
 *
 * <pre>
 * for jc in steps of NC over the columns of C          (B panel in L3)
 *   for pc in steps of KC over the depth                (rank-KC update; beta applied at pc = 0)
 *     pack op(B)(pc:pc+KC, jc:jc+NC) into micro-panels of NR columns     (shared by all threads)
 *     for ic in steps of MC over the rows of C          (A block in L2; split across threads)
 *       pack op(A)(ic:ic+MC, pc:pc+KC) into micro-panels of MR rows      (per thread)
 *       for jr in steps of NR:  for ir in steps of MR:  micro-kernel     (B micro-panel in L1)
 * </pre>
 *
 * <p><b>Threads.</b> Only the output is partitioned, never the depth: within one (jc, pc) pass the
 * packing of B is split by micro-panels, then the rows of C are cut into blocks (multiples of MR)
 * and, when there are too few row blocks, the micro-panels of B into chunks; the resulting items
 * are taken by {@code threads} tasks from a shared counter. The passes over pc run one after the
 * other, so every element of C receives the same operations in the same order whatever the number
 * of threads: results are bitwise identical to the single-threaded ones.
 */
final class BlockedGemm {
    private final GemmBlocking blocking;
    private final MicroKernel kernel;

    BlockedGemm(GemmBlocking blocking, MicroKernel kernel) {
        if (blocking.mr() != kernel.mr() || blocking.nr() != kernel.nr()) {
            throw new IllegalArgumentException("BlockedGemm: blocking " + blocking + " does not match a " + kernel.mr()
                    + "x" + kernel.nr() + " micro-kernel");
        }
        this.blocking = blocking;
        this.kernel = kernel;
    }

    GemmBlocking blocking() {
        return blocking;
    }

    /**
     * {@code C = alpha op(A) op(B) + beta C} for {@code m, n, k >= 1}, on up to {@code threads}
     * threads. The caller handles the empty and {@code alpha == 0} cases.
     */
    void multiply(
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb,
            double beta,
            double[] c,
            int cOff,
            int ldc,
            int threads) {
        Pass pass = new Pass(transA, transB, m, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
        PackBuffers bBuf = PackBuffers.takeB();
        try {
            for (int jc = 0; jc < n; jc += blocking.nc()) {
                int cols = Math.min(blocking.nc(), n - jc);
                for (int pc = 0; pc < k; pc += blocking.kc()) {
                    int kc = Math.min(blocking.kc(), k - pc);
                    int panels = Math.ceilDiv(cols, blocking.nr());
                    pass.begin(jc, cols, panels, pc, kc, pc == 0 ? beta : 1, bBuf.array(panels * blocking.nr() * kc));
                    if (threads == 1) {
                        pass.packB(0, panels);
                        pass.computeAll(blocking.mc());
                    } else {
                        pass.runParallel(threads);
                    }
                }
            }
        } finally {
            PackBuffers.giveBackB(bBuf);
        }
    }

    /** The state of one GEMM call; {@link #begin} moves it to the next (jc, pc) pass. */
    private final class Pass {
        final boolean transA;
        final boolean transB;
        final int m;
        final double alpha;
        final double[] a;
        final int aOff;
        final int lda;
        final double[] b;
        final int bOff;
        final int ldb;
        final double[] c;
        final int cOff;
        final int ldc;
        int jc;
        int cols;
        int panels;
        int pc;
        int kc;
        double beta;
        double[] bPack;

        Pass(
                boolean transA,
                boolean transB,
                int m,
                double alpha,
                double[] a,
                int aOff,
                int lda,
                double[] b,
                int bOff,
                int ldb,
                double[] c,
                int cOff,
                int ldc) {
            this.transA = transA;
            this.transB = transB;
            this.m = m;
            this.alpha = alpha;
            this.a = a;
            this.aOff = aOff;
            this.lda = lda;
            this.b = b;
            this.bOff = bOff;
            this.ldb = ldb;
            this.c = c;
            this.cOff = cOff;
            this.ldc = ldc;
        }

        void begin(int jc, int cols, int panels, int pc, int kc, double beta, double[] bPack) {
            this.jc = jc;
            this.cols = cols;
            this.panels = panels;
            this.pc = pc;
            this.kc = kc;
            this.beta = beta;
            this.bPack = bPack;
        }

        void packB(int qFrom, int qTo) {
            GemmPacking.packB(transB, b, bOff, ldb, pc, jc, kc, cols, blocking.nr(), qFrom, qTo, bPack);
        }

        /** Single-threaded: every row block against every micro-panel of B. */
        void computeAll(int rowBlock) {
            PackBuffers aBuf = PackBuffers.takeA();
            try {
                double[] aPack = aBuf.array(rowBlock * kc);
                for (int i0 = 0; i0 < m; i0 += rowBlock) {
                    int rows = Math.min(rowBlock, m - i0);
                    GemmPacking.packA(transA, a, aOff, lda, i0, pc, rows, kc, blocking.mr(), aPack);
                    macro(aPack, aBuf.tile(blocking.mr() * blocking.nr()), i0, rows, 0, panels);
                }
            } finally {
                PackBuffers.giveBackA(aBuf);
            }
        }

        /** Rows {@code i0 .. i0+rows-1} of C times micro-panels {@code qFrom .. qTo-1} of B. */
        void macro(double[] aPack, double[] tile, int i0, int rows, int qFrom, int qTo) {
            int mr = blocking.mr();
            int nr = blocking.nr();
            for (int q = qFrom; q < qTo; q++) {
                int jr = q * nr;
                int w = Math.min(nr, cols - jr);
                int bIdx = q * nr * kc;
                int cCol = cOff + (jc + jr) * ldc + i0;
                for (int ir = 0, aIdx = 0; ir < rows; ir += mr, aIdx += mr * kc) {
                    int h = Math.min(mr, rows - ir);
                    kernel.multiply(kc, aPack, aIdx, bPack, bIdx, tile);
                    TileUpdate.update(tile, mr, alpha, beta, c, cCol + ir, ldc, h, w);
                }
            }
        }

        /**
         * One pass on {@code threads} tasks: pack B in slices, then split C into items of (row block,
         * chunk of B micro-panels) that the tasks take from a counter. Row blocks are preferred (no
         * duplicated packing); B is chunked only when there are fewer than two row blocks per thread.
         */
        void runParallel(int threads) {
            int mr = blocking.mr();
            int slices = Math.min(threads, panels);
            ParallelRunner.run(slices, t -> packB(t * panels / slices, (t + 1) * panels / slices));

            // long: a thread count near the int range must not overflow the split
            int perThread = (int) Math.ceilDiv(m, 4L * threads);
            int rowBlock = Math.min(blocking.mc(), Math.max(mr, Math.ceilDiv(perThread, mr) * mr));
            int rowBlocks = Math.ceilDiv(m, rowBlock);
            int chunks = (int) Math.max(1, Math.min(panels, Math.ceilDiv(2L * threads, rowBlocks)));
            int items = rowBlocks * chunks;
            int tasks = Math.min(threads, items);
            AtomicInteger next = new AtomicInteger();
            ParallelRunner.run(tasks, t -> {
                PackBuffers aBuf = PackBuffers.takeA();
                try {
                    double[] aPack = aBuf.array(rowBlock * kc);
                    double[] tile = aBuf.tile(mr * blocking.nr());
                    int packed = -1;
                    for (int it = next.getAndIncrement(); it < items; it = next.getAndIncrement()) {
                        int rb = it / chunks;
                        int chunk = it % chunks;
                        int i0 = rb * rowBlock;
                        int rows = Math.min(rowBlock, m - i0);
                        if (rb != packed) {
                            GemmPacking.packA(transA, a, aOff, lda, i0, pc, rows, kc, mr, aPack);
                            packed = rb;
                        }
                        macro(aPack, tile, i0, rows, chunk * panels / chunks, (chunk + 1) * panels / chunks);
                    }
                } finally {
                    PackBuffers.giveBackA(aBuf);
                }
            });
        }
    }
}

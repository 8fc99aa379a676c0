/**
 * The JDK Vector API provider, the only package of jnum that imports
 * {@code jdk.incubator.vector}.
 *
 * <p>The provider discovery ({@link jnum.mat.kernel.spi.Providers}) creates {@code VectorKernels} reflectively, only after it
 * has checked that the incubator module is readable; the constructor declines (with the reason,
 * which ends up in {@link jnum.mat.kernel.Kernels#describe()}) when the preferred species holds
 * fewer than two doubles. Static Vector API fields live in holder classes (for level 1 and 2,
 * {@code Vector12Species}) that are first touched by a kernel call, never by the probe.
 *
 * <h2>Level 1 and 2</h2>
 *
 * <p>Routines live in one class per level ({@code VectorLevel1}, {@code VectorLevel2},
 * {@code VectorGemm}, {@code VectorLevel3}). Kernel shape: a vector main loop unrolled with
 * several independent accumulators (so reductions are not bound by the FMA latency), then a
 * vector or masked tail, then a scalar tail. Level 1 uses the scalar loops below a short length
 * and for increments other than 1 (or -1 on every operand); level 2 gathers strided vectors into
 * contiguous scratch arrays; trmv and trsv are blocked so that most of their work runs in the
 * vectorized gemv kernels.
 *
 * <p>Agreement with the scalar provider: axpy, scal, copy, swap, rot, iamax, ger and untransposed
 * gemv give the same bits (the same operations per element, in the same order); dot, sum, asum,
 * nrm2, transposed gemv, symv, trmv and trsv add in another order and agree within the rounding
 * bounds that the conformance drivers check.
 *
 * <h2>GEMM</h2>
 *
 * <p>{@code VectorGemm} computes {@code C = alpha op(A) op(B) + beta C} in the scheme of Goto and
 * van de Geijn (ACM TOMS 34(3), 2008) as organised by BLIS (Van Zee and van de Geijn, ACM TOMS
 * 41(3), 2015): five loops around a register-blocked micro-kernel.
 *
 * <ul>
 *   <li><b>Micro-kernel</b> ({@code VectorMicroKernel}): an {@code MR x NR} block of C with
 *       {@code MR = 2 L} (L = lanes of {@code DoubleVector.SPECIES_PREFERRED}: 16 x 6 on AVX-512,
 *       8 x 6 on AVX2, 4 x 6 on 128-bit vectors) and {@code NR = 6}; twelve accumulators in local
 *       variables, each step two vector loads of packed A, six broadcasts of packed B and twelve
 *       FMAs. The species is a static constant and the accumulators are locals because anything
 *       else (a species in a field, an array of vectors) stops C2 from intrinsifying or
 *       scalar-replacing the vectors and costs a factor of ten.
 *   <li><b>Packing</b> ({@code GemmPacking}): a {@code KC x NC} panel of op(B) into micro-panels
 *       of NR columns, an {@code MC x KC} block of op(A) into micro-panels of MR rows. Packing
 *       absorbs transposes, leading dimensions and offsets and zero-pads the edges, so the
 *       micro-kernel always runs on full blocks; {@code TileUpdate} writes only the valid part of
 *       an edge block (masked vector stores).
 *   <li><b>Block sizes</b> ({@code GemmBlocking}): KC = 256 (a 256 x 6 B micro-panel is 12 KiB,
 *       half of L1), MC = 192 (a 192 x 256 A block is 384 KiB in a 1 MiB L2), NC = 4092 (an 8 MiB B
 *       panel in a 32 MiB L3). Measurements of the alternatives are in docs/benchmarks/gemm.md.
 *   <li><b>Small problems</b> ({@code m n k <= 128^3}, {@code SmallGemm}): no packing, one thread;
 *       2L x 4 blocks of C straight from the columns of A.
 *   <li><b>Threads</b> ({@code m n k > 128^3}): per (NC, KC) pass, the packing of B and then the
 *       row blocks of C (and, for few rows, chunks of B's micro-panels) are shared among
 *       {@link jnum.mat.kernel.Parallelism#threads()} ForkJoin tasks; the packed B panel is
 *       read-only and shared, each task packs its own A blocks. The depth is never split, so
 *       results are bitwise identical for any thread count.
 *   <li><b>Buffers</b> ({@code PackBuffers}): borrowed per call from two small bounded pools (A
 *       blocks, B panels) and given back, never allocated per block. The memory kept between calls
 *       is bounded (a few A blocks per core and two 8 MiB B panels), and threads, virtual ones
 *       included, hold no buffer of their own.
 * </ul>
 *
 * <p>Level 3 beyond GEMM ({@code VectorLevel3}: {@code VectorTrsm}, {@code VectorTrmm},
 * {@code VectorSyrk}, {@code VectorSymm}) is recursive: the triangle (or the diagonal range of C)
 * is halved at a multiple of 64, the off-diagonal part goes to {@code VectorGemm} in one call per
 * level, and diagonal blocks of order at most 64 are packed and handled by small kernels
 * ({@code LeftTriangleKernel}, vectorized across columns of B; column updates on the right).
 * symm expands panels of 256 rows or columns of A from its stored triangle and calls GEMM. None
 * of them reads the unreferenced triangle of A or writes the unreferenced triangle of C; results
 * agree with the scalar reference within the rounding bounds of {@code Level3Conformance}.
 */
package jnum.mat.kernel.vector;

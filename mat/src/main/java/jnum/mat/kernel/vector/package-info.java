/**
 * The JDK Vector API provider, the only package of jnum that imports
 * {@code jdk.incubator.vector}.
 *
 * <p>{@link jnum.mat.kernel.Kernels} creates {@code VectorKernels} reflectively, only after it
 * has checked that the incubator module is readable; the constructor declines (with the reason,
 * which ends up in {@link jnum.mat.kernel.Kernels#describe()}) when the preferred species holds
 * fewer than two doubles. Static Vector API fields live in holder classes (for level 1 and 2,
 * {@code Vector12Species}) that are first touched by a kernel call, never by the probe.
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
 */
package jnum.mat.kernel.vector;

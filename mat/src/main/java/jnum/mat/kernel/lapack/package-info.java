/**
 * jnum's LAPACK in Java ({@link jnum.mat.kernel.lapack.JavaLapack}): the factorizations and
 * solvers of the {@link jnum.mat.kernel.spi.LapackProvider} SPI, written after reference LAPACK's
 * algorithms and blocked so that most flops go through the level-3 routines of the
 * {@link jnum.mat.kernel.Blas} facade it is given. Not exported: users reach it through
 * {@link jnum.mat.kernel.Lapack}, which validates the arguments these classes assume.
 */
package jnum.mat.kernel.lapack;

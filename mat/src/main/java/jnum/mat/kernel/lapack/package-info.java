/**
 * jnum's LAPACK in Java ({@link jnum.mat.kernel.lapack.JavaLapack}): the factorizations and
 * solvers of the {@link jnum.mat.kernel.spi.LapackProvider} SPI, written after reference LAPACK's
 * algorithms and blocked so that most flops go through the level-3 routines of the
 * {@link jnum.mat.kernel.Blas} facade it is given. Not exported: users reach it through
 * {@link jnum.mat.kernel.Lapack}, which validates the arguments these classes assume.
 *
 * <p>Householder routines: reflectors {@code H = I - tau v v^T} are generated with dlarfg's
 * safeguards (beta of the sign opposite to alpha, rescaling when |beta| is below
 * {@code 2^-1022 / 2^-53}); blocks of 32 reflectors are applied in the compact WY form
 * {@code I - V T V^T} with GEMMs on an explicit copy of V (geqrf, orgqr, ormqr), blocked whenever
 * min(m, n) exceeds 64. The LQ routines (gelqf, orglq, ormlq) run the QR routines on a transposed
 * copy: the reflectors and scalars are the same, stored as LAPACK stores them. geqp3 follows dgeqp3
 * with dlaqps (delayed trailing update through the matrix F, one GEMM per block) and dlaqp2, with
 * LAPACK Working Note 176's downdating of the column norms and their recomputation once a
 * downdated norm has lost half its digits. ormqr and ormlq only read A, so factor objects that
 * share their arrays between threads may call them concurrently.
 *
 * <p>Symmetric eigen routines (lower triangle only): sytrd reduces to tridiagonal form with
 * dlatrd panels of 32 columns whose rank-64 trailing update runs as GEMMs on the lower triangle;
 * orgtr and ormtr are orgqr and ormqr on the shifted reflectors. steqr (implicit QL/QR with
 * Wilkinson's shift, rotations applied to Z with rot), sterf (Pal-Walker-Kahan), stebz (bisection
 * on Sturm counts) and stein (inverse iteration) follow dsteqr, dsterf, dstebz and dstein with
 * their splitting, scaling and iteration bounds; syev chains them as dsyev does.
 */
package jnum.mat.kernel.lapack;

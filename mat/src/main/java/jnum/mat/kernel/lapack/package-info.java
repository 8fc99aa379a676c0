/**
 * jnum's LAPACK in Java ({@link jnum.mat.kernel.lapack.JavaLapack}): the factorizations and
 * solvers of the {@link jnum.mat.kernel.spi.LapackProvider} SPI, written after reference LAPACK's
 * algorithms and blocked so that most flops go through the level-3 routines of the
 * {@link jnum.mat.kernel.Blas} facade it is given. Not exported: users reach it through
 * {@link jnum.mat.kernel.Lapack}, which validates the arguments these classes assume.
 *
 * <p>Householder routines: reflectors {@code H = I - tau v v^T} are generated with dlarfg's
 * safeguards (beta of the sign opposite to alpha, rescaling when |beta| is below
 * {@code 2^-1022 / 2^-53}); blocks of reflectors are applied in the compact WY form
 * {@code I - V T V^T} with GEMMs on an explicit copy of V, blocked whenever min(m, n) exceeds 64:
 * geqrf factors panels of 48 or 64 columns recursively (dgeqrt3's scheme, the panel itself on
 * GEMM and TRMM, T built by the recursion), orgqr and ormqr use blocks of 32. The LQ routines
 * (gelqf, orglq, ormlq) work on the rows where
 * the reflectors are stored, as dgelqf, dorglq and dormlq: unblocked row sweeps for the panels,
 * blocks of 32 row reflectors copied into the same explicit V and applied from the right by GEMM. geqp3 follows dgeqp3
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
 * their splitting, scaling and iteration bounds; syev chains them as dsyev does. Up to order 64
 * syev goes through {@code SmallSymmetricEigen} instead of the kernels: dsytd2's reduction and
 * dorg2r's backward accumulation of Q written as plain loops over contiguous columns (at these
 * orders the cost of the blocked path is its kernel calls on vectors of a few elements).
 *
 * <p>General eigenproblem (dgeev's path): {@code Balancing} (dgebal 3.12 and dgebak),
 * {@code HessenbergReduction} (dgehrd blocked with dlahr2 panels of 32 columns above order 128, and
 * dorghr through orgqr; up to order 16 geev forms Q in the unblocked reduction's pass instead),
 * {@code FrancisQr} (dlahqr: Francis double shift, Ahues-Kressner
 * deflation, exceptional shifts, at most {@code 30 max(10, n)} iterations per active block; used
 * below order 75 and inside the multishift code), {@code MultishiftQr} (hseqr from order 75, as
 * dlaqr0: aggressive early deflation on a trailing window of about ns rows, undeflatable blocks
 * moved up by {@code SchurReorder} (dlaexc swaps, upward dtrexc); then a sweep of ns / 2 bulges
 * chased as a chain through windows whose accumulated reflectors reach the rest of H and Z by
 * GEMM; ns and the window from LAPACK's iparmq; at most {@code 30 max(10, n)} passes),
 * {@code StandardBlock} (dlanv2),
 * {@code TriangularEigenvectors} (dtrevc3 with overflow-safe scaling by {@code SmallSolve}, dlaln2;
 * the back-transformation by blocked GEMMs, in place of Q up to order 32) and {@code GeneralEigen} (dgeev's driver: scaling into
 * the safe range by a power of 2, normalization of the vectors).
 * <p>Singular value decomposition: gebrd reduces to bidiagonal form as dgebrd does (dlabrd panels
 * of 32, the trailing matrix updated by two GEMMs; the wide case runs on the transpose), orgbr
 * forms Q or P^T through orgqr/orglq, bdsqr is dbdsqr (Demmel-Kahan zero-shift and shifted QR,
 * relative convergence criteria, at most 6 n^2 inner steps) with the rotations of many sweeps
 * applied together to cache-sized blocks of rows, and gesvd drives them as dgesvd: scaling by a
 * power of two into a safe range, QR first when m >= 1.6 n. bdsqr without vectors hands the
 * values to {@code Dqds} (dlasq1-dlasq6: dqds on the squared entries, scaled by a power of two),
 * as dbdsqr does, and keeps the QR iteration for what dqds declines (entries or values beyond
 * 2^-900 of the largest, whose squares would leave the exponent range, or no convergence within
 * LAPACK's bound). Values only run that bdsqr. With vectors from order 100 (the measured crossover), gesvd takes the
 * bidiagonal's vectors from bdsdc instead and applies gebrd's reflectors to them in blocks as
 * dormbr does (ormqr for Q, ormlq on the rows right of the superdiagonal for P^T), keeping
 * bdsqr's values (no vectors, O(n^2)) for their high relative accuracy. With thin vectors up to
 * order 32, {@code SmallSvd} does dgebd2's reduction and the backward accumulation of U and V in
 * plain loops and hands V to the QR iteration as columns. On U and V of up to 4096 elements that
 * iteration applies each rotation inside the sweep, as it is computed, rather than the sweep after.
 *
 * <p>Bidiagonal divide and conquer (dbdsdc, dlasd0-dlasd4): {@code BidiagonalDivideConquer} scales
 * B to unit norm, raises diagonal elements below eps and splits at off-diagonals below eps (as
 * dbdsdc), cuts each block at its middle row recursively (the left parts k x (k + 1)) down to
 * blocks of 25 solved by bdsqr (the extra column first rotated out); {@code BidiagonalMerge} joins
 * two parts with dlasd2's deflation (tol {@code 8 eps max(|alpha|, |beta|, |d|)}), and
 * {@code ArrowSvd} solves the secular equation {@code 1 + sum z_j^2 / ((d_j - s)(d_j + s)) = 0}
 * with {@code SecularEquation} in the squared variable shifted to the nearer pole (so that
 * {@code d_j^2 - s^2} keeps its relative accuracy, as dlasd4's shifting does), recomputes z from
 * the roots (Gu and Eisenstat, dlasd3) and forms orthogonal singular vectors, which
 * {@code SplitGemm} multiplies in by two GEMMs over only the rows where each group of columns is
 * nonzero. Unlike dlaed4 and dlasd4, the secular solver recomputes the differences from the
 * poles after every step instead of updating them by the step, and across a bracket spanning
 * orders of magnitude it takes the bracket's geometric middle when a step leaves the bracket or
 * cuts |f| by less than ten. A merge of a rank-deficient matrix's bidiagonal holds roots at the
 * rounding level 25 orders below the far end of their interval: arithmetic halving spent the
 * iteration limit getting there, and differences updated through that excursion kept absolute
 * errors above their own size, so the iteration stopped at roots off by 6 % and U lost its
 * orthogonality (as OpenBLAS 0.3.21's dbdsdc still does on such matrices).
 *
 * <p>Divide and conquer (dstedc, dlaed0-dlaed6): {@code TridiagonalDivideConquer} splits T at
 * negligible off-diagonals, scales each block to unit norm and halves it recursively down to
 * blocks of 25 solved by steqr; {@code RankOneMerge} joins two halves with dlaed2's deflation (tol
 * {@code 8 eps max(|d|, |z|)}), the roots of {@code SecularEquation} (dlaed4's middle way with
 * dlaed5 and dlaed6, at most 30 steps per root) and Lowner's formula with recomputed z for the
 * vectors, which are then multiplied in by two GEMMs over only the rows where each group of
 * columns is nonzero. syevd is sytrd, stedc on the tridiagonal form and ormtr, as dsyevd.
 */
package jnum.mat.kernel.lapack;

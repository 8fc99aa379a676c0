package jnum.mat.kernel;

/**
 * The kernel routines: {@link Kernels#providerFor} names the provider of a call of a routine, and a
 * provider accepts or declines each routine by its size.
 */
public enum Routine {
    DOT,
    AXPY,
    SCAL,
    COPY,
    SWAP,
    NRM2,
    ASUM,
    SUM,
    IAMAX,
    ROT,
    GEMV,
    GER,
    SYMV,
    TRMV,
    TRSV,
    GEMM,
    TRSM,
    TRMM,
    SYRK,
    SYMM
}

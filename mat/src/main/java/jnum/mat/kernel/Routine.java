package jnum.mat.kernel;

/** The kernel routines, used when a provider is chosen per call (see {@code jnum.mat.kernel.spi.KernelProvider.accepts}). */
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

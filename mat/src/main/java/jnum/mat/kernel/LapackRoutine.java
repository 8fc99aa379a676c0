package jnum.mat.kernel;

/** The LAPACK-level routines, used when a LAPACK provider is chosen per call. */
public enum LapackRoutine {
    GETRF,
    GETRS,
    POTRF,
    POTRS,
    TRTRS,
    GECON,
    POCON,
    LANGE,
    GEQRF,
    ORMQR,
    ORGQR,
    GELQF,
    ORMLQ,
    ORGLQ,
    GEQP3,
    // ---- symmetric eigen ----
    STEQR,
    STERF,
    SYTRD,
    ORGTR,
    ORMTR,
    SYEV,
    STEBZ,
    STEIN,
    // ---- general eigenproblem ----
    GEBAL,
    GEBAK,
    GEHRD,
    ORGHR,
    HSEQR,
    TREVC3,
    GEEV,
    // ---- SVD ----
    GEBRD,
    ORGBR,
    BDSQR,
    GESVD,
    // ---- divide and conquer ----
    STEDC,
    SYEVD,
    // ---- bidiagonal divide and conquer ----
    BDSDC
}

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
    /** The SVD without vectors. */
    GESVD,
    /** The SVD with vectors, whose bidiagonal's vectors come from divide and conquer as in dgesdd. */
    GESDD,
    // ---- divide and conquer ----
    STEDC,
    SYEVD,
    // ---- bidiagonal divide and conquer ----
    BDSDC
}

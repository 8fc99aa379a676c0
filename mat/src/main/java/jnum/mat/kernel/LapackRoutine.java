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
    // ---- SVD ----
    GEBRD,
    ORGBR,
    BDSQR,
    GESVD
}

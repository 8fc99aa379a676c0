package jnum.mat.kernel;

/** What an SVD driver ({@link Lapack#gesvd}) computes besides the singular values (LAPACK's jobz). */
public enum SvdJob {
    /** The singular values only (jobz = 'N'). */
    VALUES,
    /** The first min(m, n) columns of U and rows of V^T (jobz = 'S'). */
    THIN,
    /** All m columns of U and all n rows of V^T (jobz = 'A'). */
    FULL
}

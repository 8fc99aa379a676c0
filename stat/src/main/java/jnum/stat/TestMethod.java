package jnum.stat;

/** How a rank or Kolmogorov-Smirnov test computes its p-value. */
public enum TestMethod {
    /** Exact where the test's documentation says it is affordable and valid, else asymptotic. */
    AUTO,
    /** The exact null distribution (permutation counts or lattice paths). */
    EXACT,
    /** The large-sample approximation. */
    ASYMPTOTIC
}

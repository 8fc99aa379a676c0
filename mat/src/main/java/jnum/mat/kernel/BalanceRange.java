package jnum.mat.kernel;

/**
 * The active block left by {@link Lapack#gebal}: rows and columns {@code ilo..ihi} (0-based,
 * inclusive); outside it the balanced matrix is upper triangular, its diagonal holding isolated
 * eigenvalues. {@code ilo = 0, ihi = n - 1} when nothing was isolated; {@code ilo = 0, ihi = -1}
 * for an empty matrix.
 *
 * @param ilo first row and column of the active block
 * @param ihi last row and column of the active block
 */
public record BalanceRange(int ilo, int ihi) {}

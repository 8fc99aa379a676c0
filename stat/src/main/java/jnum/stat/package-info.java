/**
 * Statistics: descriptive statistics, streaming summaries, correlation, hypothesis tests, linear
 * regression and principal component analysis.
 *
 * <ul>
 *   <li>{@link jnum.stat.Stats}: static descriptive statistics of a {@code double[]} or a
 *       {@link jnum.mat.Vec} (any stride), many with frequency weights, and column-wise over a
 *       {@link jnum.mat.Dense} data matrix. Quantiles by {@link jnum.stat.QuantileMethod} (the nine
 *       Hyndman-Fan types), histograms ({@link jnum.stat.Histogram}, {@link jnum.stat.BinRule}),
 *       the empirical cdf ({@link jnum.stat.EmpiricalCdf}); weighted quantiles by the inverted
 *       weighted cdf (NumPy's {@code inverted_cdf} with weights).
 *   <li>{@link jnum.stat.Summary}, {@link jnum.stat.CovarianceAccumulator} and
 *       {@link jnum.stat.HistogramAccumulator} (exact counts over fixed edges): streaming, mergeable
 *       and {@link java.io.Serializable} accumulators for chunked, parallel or distributed data.
 *   <li>{@link jnum.stat.LinearRegression}: ordinary and weighted least squares by pivoted QR with
 *       the statistics of statsmodels' OLS summary, rank deficiency reported as aliased columns;
 *       {@link jnum.stat.RegressionAccumulator}, its streaming, mergeable and serializable form
 *       (TSQR of {@code [1 X y]}).
 *   <li>{@link jnum.stat.PCA}: principal components from the thin SVD of the centred (optionally
 *       standardized, frequency-weighted) data, never from the covariance matrix.
 *   <li>{@link jnum.stat.Correlation}: covariance, Pearson, Spearman and Kendall tau-b, of two
 *       samples or as matrices.
 *   <li>Tests returning a {@link jnum.stat.TestResult}: {@link jnum.stat.TTest},
 *       {@link jnum.stat.Anova}, {@link jnum.stat.ChiSquareTest},
 *       {@link jnum.stat.KolmogorovSmirnovTest}, {@link jnum.stat.MannWhitneyTest},
 *       {@link jnum.stat.WilcoxonTest}, {@link jnum.stat.ShapiroWilkTest},
 *       {@link jnum.stat.CorrelationTest}; the direction by {@link jnum.stat.Alternative}, exact or
 *       asymptotic p-values by {@link jnum.stat.TestMethod}.
 * </ul>
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Data layout.</b> A data matrix has one observation per row and one variable per column;
 *       column views of the column-major {@code Dense} are contiguous, transposed views strided,
 *       and both are read in place (a strided {@code Vec} is copied once where a loop needs unit
 *       stride).
 *   <li><b>Inputs</b> are never modified; order statistics select on a private copy.
 *   <li><b>Accuracy.</b> Means and central sums by two passes with the corrected-shift formulas,
 *       per block of 4096 values held in cache (so memory is read once), blocks merged with
 *       compensated sums and Chan's pairwise formula;
 *       the autocorrelation's cancelling sums in about twice the working precision. NIST StRD
 *       univariate sets reach LRE 15 against the exact statistics of their data as doubles, and
 *       ANOVA sets what the rounded data allow (docs/ACCURACY.md). P-values come from the
 *       distributions' survival functions ({@link jnum.stat.distribution}), never
 *       {@code 1 - cdf}, and exact null distributions are accumulated as probabilities (no large
 *       counts, no cancellation).
 *   <li><b>Errors.</b> {@link java.lang.NullPointerException} naming a null argument;
 *       {@link java.lang.IllegalArgumentException} naming the operation and the argument for empty
 *       or too short samples, bad weights (negative, NaN, infinite, zero total), probabilities
 *       outside [0, 1], and statistics undefined for the data (a constant sample's skewness or
 *       correlation); {@link jnum.mat.DimensionMismatchException} for mismatched lengths;
 *       {@link java.lang.IllegalStateException} for a summary asked for more than it has seen.
 *   <li><b>Regression</b> never forms the normal equations: the batch fit factors the column-scaled
 *       design by pivoted QR and refines the solution with residuals in double-double, reaching
 *       LRE {@code >= 13} on NIST's linear sets but Filip (7.2); the accumulator's R comes from Householder
 *       QRs of stacked blocks (docs/ACCURACY.md).
 *   <li><b>NaN.</b> Never skipped silently. Arithmetic statistics (moments, means, min, max,
 *       quantiles, covariance, Pearson, t-tests) propagate it to a NaN result; operations that must
 *       order or place every value (ranks, histograms, the empirical cdf, rank and KS tests,
 *       Spearman, Kendall) throw, naming the first NaN; regression throws for NaN or infinite
 *       data, naming the first (a NaN would silently change the rank).
 *   <li><b>Threads.</b> The static functions are thread-safe; accumulators are not (one per thread,
 *       then merge).
 * </ul>
 */
package jnum.stat;

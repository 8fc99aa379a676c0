package jnum.mat.sparse.linalg;

/** Called by an iterative solver after each iteration, for progress reports on long solves. */
@FunctionalInterface
public interface Progress {

    /**
     * Iteration {@code k} (0 for the initial residual) ended with residual norm
     * {@code residualNorm} (the method's own estimate between restarts, the true residual after
     * each restart).
     */
    void iteration(int k, double residualNorm);

    /** A listener that prints one line per iteration to {@link System#out}. */
    static Progress printing() {
        return (k, r) -> System.out.printf(java.util.Locale.ROOT, "iteration %5d  residual %.6e%n", k, r);
    }
}

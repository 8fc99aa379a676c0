package jnum.optimize;

import java.util.Objects;

/**
 * Nonlinear conjugate gradients: {@code d+ = -g+ + beta d} with {@code beta} from one of the classic
 * formulas ({@link Variant}), restarted along {@code -g} every {@code n} iterations, whenever {@code
 * d+} is not a descent direction, and (all variants but Hager-Zhang) when successive gradients are far
 * from orthogonal, {@code |g+ . g| >= 0.2 ||g+||^2} (Powell's restart). The first trial step follows
 * the slope ratio of Nocedal and Wright (3.60).
 *
 * <p>Default line searches: {@link MoreThuente} with the tight curvature constant {@code gtol = 0.1}
 * that the convergence theory of FR, PR and HS needs; for the Hager-Zhang variant, CG_DESCENT's
 * {@link HagerZhangLineSearch} with the same tight curvature constant {@code sigma = 0.1} (with
 * CG_DESCENT's 0.9 the method needed several times more iterations on Rosenbrock's function here).
 */
public final class ConjugateGradient extends LineSearchMethod {
    /** The formula for {@code beta}; {@code y = g+ - g}. */
    public enum Variant {
        /** Fletcher-Reeves: {@code ||g+||^2 / ||g||^2}. */
        FLETCHER_REEVES,
        /** Polak-Ribiere, clipped at 0 (PR+): {@code max(0, g+ . y / ||g||^2)}. */
        POLAK_RIBIERE_PLUS,
        /** Hestenes-Stiefel, clipped at 0: {@code max(0, g+ . y / d . y)}. */
        HESTENES_STIEFEL,
        /** Dai-Yuan: {@code ||g+||^2 / d . y}. */
        DAI_YUAN,
        /**
         * Hager-Zhang: {@code (y - 2 d ||y||^2 / d.y) . g+ / d.y}, bounded below by {@code -1 / (||d||
         * min(0.01, ||g||))} (CG_DESCENT's eta).
         */
        HAGER_ZHANG
    }

    private static final double POWELL = 0.2;
    private static final double ETA = 0.01;

    private final Variant variant;

    /** Polak-Ribiere+ with its default line search. */
    public ConjugateGradient() {
        this(Variant.POLAK_RIBIERE_PLUS);
    }

    /** The given variant with its default line search. @throws NullPointerException if it is null */
    public ConjugateGradient(Variant variant) {
        this(variant, defaultSearch(variant));
    }

    /** The given variant and line search. @throws NullPointerException if either is null */
    public ConjugateGradient(Variant variant, LineSearch lineSearch) {
        super(lineSearch);
        this.variant = Objects.requireNonNull(variant, "variant");
    }

    private static LineSearch defaultSearch(Variant v) {
        return Objects.requireNonNull(v, "variant") == Variant.HAGER_ZHANG
                ? new HagerZhangLineSearch(0.1, 0.1, 1e-6, 50)
                : MoreThuente.withCurvature(0.1);
    }

    /** The formula for {@code beta}. */
    public Variant variant() {
        return variant;
    }

    @Override
    public String name() {
        return "ConjugateGradient(" + variant + ")";
    }

    @Override
    Direction begin(int n) {
        return new GradientDescent.ScaledStepDirection() {
            double beta;
            int sinceRestart;

            @Override
            public void reset() {
                super.reset();
                beta = 0;
                sinceRestart = 0;
            }

            @Override
            public void direction(double[] g, double[] d) {
                if (fresh) {
                    beta = 0;
                }
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i] + beta * d[i];
                }
            }

            @Override
            public void update(double[] s, double[] y, double[] gNew, double[] gOld, double[] d) {
                fresh = false;
                if (++sinceRestart >= n) {
                    sinceRestart = 0;
                    beta = 0;
                    return;
                }
                double gg = Evaluator.dot(gOld, gOld);
                double gNew2 = Evaluator.dot(gNew, gNew);
                if (variant != Variant.HAGER_ZHANG && Math.abs(Evaluator.dot(gNew, gOld)) >= POWELL * gNew2) {
                    beta = 0;
                    sinceRestart = 0;
                    return;
                }
                double dy = Evaluator.dot(d, y);
                double b = switch (variant) {
                    case FLETCHER_REEVES -> gNew2 / gg;
                    case POLAK_RIBIERE_PLUS -> Math.max(0, Evaluator.dot(gNew, y) / gg);
                    case HESTENES_STIEFEL -> Math.max(0, Evaluator.dot(gNew, y) / dy);
                    case DAI_YUAN -> gNew2 / dy;
                    case HAGER_ZHANG -> {
                        double yy = Evaluator.dot(y, y);
                        double hz = (Evaluator.dot(y, gNew) - 2 * yy / dy * Evaluator.dot(d, gNew)) / dy;
                        double dn = Math.sqrt(Evaluator.dot(d, d));
                        double eta = -1 / (dn * Math.min(ETA, Math.sqrt(gg)));
                        yield Math.max(hz, eta);
                    }
                };
                beta = Double.isFinite(b) ? b : 0;
                if (beta == 0) {
                    sinceRestart = 0;
                }
            }
        };
    }
}

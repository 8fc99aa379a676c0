package jnum.optimize;

/**
 * Limited-memory BFGS (Nocedal 1980; Liu and Nocedal 1989): the inverse-Hessian approximation is
 * kept implicitly as the last {@code m} pairs {@code s = x+ - x}, {@code y = g+ - g} and applied by
 * the two-loop recursion, with the initial matrix {@code (y^T s / y^T y) I} from the newest pair
 * (Nocedal and Wright, Algorithm 7.4). Memory and work per iteration are {@code O(m n)}. A pair with
 * {@code y^T s <= eps ||y|| ||s||} is not stored. Default line search: {@link MoreThuente}.
 */
public final class LBFGS extends LineSearchMethod {
    private final int memory;

    /** With memory 10 and a More-Thuente line search. */
    public LBFGS() {
        this(10);
    }

    /**
     * With the given memory and a More-Thuente line search.
     *
     * @throws IllegalArgumentException if {@code memory < 1}
     */
    public LBFGS(int memory) {
        this(memory, new MoreThuente());
    }

    /**
     * With the given memory and line search.
     *
     * @throws IllegalArgumentException if {@code memory < 1}
     * @throws NullPointerException if {@code lineSearch} is null
     */
    public LBFGS(int memory, LineSearch lineSearch) {
        super(lineSearch);
        if (memory < 1) {
            throw new IllegalArgumentException("LBFGS: memory must be at least 1, got " + memory);
        }
        this.memory = memory;
    }

    /** The number of pairs kept. */
    public int memory() {
        return memory;
    }

    @Override
    public String name() {
        return "LBFGS(m=" + memory + ")";
    }

    @Override
    Direction begin(int n) {
        return new Direction() {
            final double[][] ss = new double[memory][n];
            final double[][] ys = new double[memory][n];
            final double[] rho = new double[memory];
            final double[] alpha = new double[memory];
            int count;
            int newest = -1;
            double gamma = 1;

            @Override
            public void reset() {
                count = 0;
                newest = -1;
                gamma = 1;
            }

            @Override
            public boolean isFresh() {
                return count == 0;
            }

            @Override
            public void direction(double[] g, double[] d) {
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                int k = newest;
                for (int c = 0; c < count; c++) {
                    alpha[k] = rho[k] * Evaluator.dot(ss[k], d);
                    axpy(-alpha[k], ys[k], d);
                    k = k == 0 ? memory - 1 : k - 1;
                }
                for (int i = 0; i < n; i++) {
                    d[i] *= gamma;
                }
                k = (newest - count + 1 + memory) % memory;
                for (int c = 0; c < count; c++) {
                    double beta = rho[k] * Evaluator.dot(ys[k], d);
                    axpy(alpha[k] - beta, ss[k], d);
                    k = k == memory - 1 ? 0 : k + 1;
                }
            }

            @Override
            public void update(double[] s, double[] y, double[] gNew, double[] gOld, double[] d) {
                double sy = Evaluator.dot(s, y);
                double yy = Evaluator.dot(y, y);
                double eps = Math.ulp(1.0);
                if (!(sy > eps * Math.sqrt(yy * Evaluator.dot(s, s)))) {
                    return;
                }
                newest = newest == memory - 1 ? 0 : newest + 1;
                System.arraycopy(s, 0, ss[newest], 0, n);
                System.arraycopy(y, 0, ys[newest], 0, n);
                rho[newest] = 1 / sy;
                gamma = sy / yy;
                count = Math.min(count + 1, memory);
            }
        };
    }

    static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }
}

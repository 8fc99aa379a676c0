package jnum.suites.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.LinearOperator;
import jnum.mat.sparse.linalg.IncompleteCholesky;
import jnum.mat.sparse.linalg.IncompleteLU;
import jnum.mat.sparse.linalg.Jacobi;
import jnum.mat.sparse.linalg.Preconditioner;
import jnum.mat.sparse.linalg.SolverResult;
import jnum.mat.sparse.linalg.SolverSettings;
import jnum.mat.sparse.linalg.SolverStatus;
import jnum.mat.sparse.linalg.Solvers;
import jnum.testkit.SparseGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Krylov solver with every applicable preconditioner on generated SPD, non-symmetric and
 * symmetric indefinite systems: the solver must report convergence and the residual, recomputed
 * here with plain loops from the triplets, must satisfy the requested tolerance.
 */
class KrylovSolversProperties {

    private static final double TOL = 1e-10;

    private static Csr csr(SparseGen.Triplets t) {
        return Coo.of(t.m(), t.n(), t.rows(), t.cols(), t.values()).toCsr();
    }

    /** {@code ||b - A x|| / ||b||} from the triplets, independent of the code under test. */
    private static double relativeResidual(SparseGen.Triplets t, Vec x, double[] b) {
        double[] r = b.clone();
        for (int k = 0; k < t.values().length; k++) {
            r[t.rows()[k]] -= t.values()[k] * x.get(t.cols()[k]);
        }
        double rn = 0;
        double bn = 0;
        for (int i = 0; i < b.length; i++) {
            rn += r[i] * r[i];
            bn += b[i] * b[i];
        }
        return Math.sqrt(rn / bn);
    }

    private static double[] rhs(SplittableRandom rnd, int n) {
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rnd.nextDouble(-1, 1);
        }
        return b;
    }

    private static void assertSolved(SparseGen.Triplets t, double[] b, SolverResult r, String what) {
        assertEquals(SolverStatus.CONVERGED, r.status(), what + ": " + r);
        double rel = relativeResidual(t, r.x(), b);
        // the solver's own check uses the same definition; allow the rounding of recomputing it
        assertTrue(rel <= TOL * (1 + 1e-6) + 1e-15, what + ": relative residual " + rel);
        assertEquals(r.iterations() + 1, r.residualHistory().length, what + ": one history entry per iteration");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void symmetricPositiveDefiniteSystems(long seed) {
        SparseGen g = new SparseGen(seed);
        SparseGen.Triplets t = g.random().nextBoolean()
                ? SparseGen.poisson(2 + g.random().nextInt(30))
                : g.spd(
                        1 + g.random().nextInt(400),
                        1 + g.random().nextInt(6),
                        g.random().nextDouble(1e-3, 1));
        Csr a = csr(t);
        double[] b = rhs(g.random(), a.rows());
        SolverSettings s = SolverSettings.defaults().withRelativeTolerance(TOL);
        List<Preconditioner> preconditioners = new ArrayList<>();
        preconditioners.add(null);
        preconditioners.add(Jacobi.of(a));
        preconditioners.add(IncompleteCholesky.of(a));
        for (Preconditioner m : preconditioners) {
            String what = "seed " + seed + ", n " + a.rows() + ", M "
                    + (m == null ? "none" : m.getClass().getSimpleName());
            assertSolved(t, b, Solvers.cg(a, Vec.of(b), null, m, s), "cg, " + what);
            assertSolved(t, b, Solvers.minres(a, Vec.of(b), null, m, s), "minres, " + what);
            assertSolved(t, b, Solvers.bicgstab(a, Vec.of(b), null, m, s), "bicgstab, " + what);
            // restarted GMRES stalls on ill-conditioned SPD matrices without preconditioning: full GMRES
            int restart = m == null ? Math.max(1, a.rows()) : 20;
            assertSolved(t, b, Solvers.gmres(a, Vec.of(b), restart, null, m, s), "gmres, " + what);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void unpreconditionedCgTakesTheSameStepsAsACopyingIdentity(long seed) {
        // CG without a preconditioner reuses r as z; a preconditioner that copies r forms the same
        // numbers, so a fixed number of iterations must give the same iterate bit for bit
        SparseGen g = new SparseGen(seed);
        Csr a = csr(g.spd(
                1 + g.random().nextInt(300),
                1 + g.random().nextInt(6),
                g.random().nextDouble(1e-3, 1)));
        double[] b = rhs(g.random(), a.rows());
        int iterations = 1 + g.random().nextInt(Math.min(a.rows(), 25));
        SolverSettings s =
                SolverSettings.defaults().withMaxIterations(iterations).withRelativeTolerance(1e-300);
        Preconditioner copying = (r, z) -> System.arraycopy(r, 0, z, 0, r.length);
        SolverResult plain = Solvers.cg(a, Vec.of(b), null, null, s);
        SolverResult identity = Solvers.cg(a, Vec.of(b), null, Preconditioner.identity(), s);
        SolverResult copied = Solvers.cg(a, Vec.of(b), null, copying, s);
        String what = "seed " + seed + ", n " + a.rows() + ", " + iterations + " iterations";
        assertEquals(copied.iterations(), plain.iterations(), what);
        assertEquals(copied.x(), plain.x(), what);
        assertEquals(plain.x(), identity.x(), what);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nonSymmetricSystems(long seed) {
        SparseGen g = new SparseGen(seed);
        SparseGen.Triplets t = SparseGen.convectionDiffusion(
                2 + g.random().nextInt(30), g.random().nextDouble(0.1, 20));
        Csr a = csr(t);
        double[] b = rhs(g.random(), a.rows());
        Vec x0 = Vec.of(rhs(g.random(), a.rows()));
        SolverSettings s = SolverSettings.defaults().withRelativeTolerance(TOL);
        for (Preconditioner m : new Preconditioner[] {null, Jacobi.of(a), IncompleteLU.of(a)}) {
            String what = "seed " + seed + ", n " + a.rows() + ", M "
                    + (m == null ? "none" : m.getClass().getSimpleName());
            assertSolved(t, b, Solvers.bicgstab(a, Vec.of(b), x0, m, s), "bicgstab, " + what);
            assertSolved(t, b, Solvers.gmres(a, Vec.of(b), 1 + g.random().nextInt(40), x0, m, s), "gmres, " + what);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void symmetricIndefiniteSystemsWithMinres(long seed) {
        SparseGen g = new SparseGen(seed);
        int k = 4 + g.random().nextInt(20);
        // halfway between two neighbouring eigenvalues 4 - 2cos(p h) - 2cos(q h)
        double h = Math.PI / (k + 1);
        double sigma = 4 - 2 * Math.cos(h) - 2 * Math.cos(2 * h) + 0.5 * (2 * Math.cos(h) - 2 * Math.cos(2 * h));
        SparseGen.Triplets t = SparseGen.shiftedPoisson(k, sigma);
        Csr a = csr(t);
        double[] b = rhs(g.random(), a.rows());
        SolverSettings s = SolverSettings.defaults().withRelativeTolerance(TOL);
        assertSolved(t, b, Solvers.minres(a, Vec.of(b), null, null, s), "minres, seed " + seed);
        assertSolved(t, b, Solvers.gmres(a, Vec.of(b), 50, null, null, s), "gmres, seed " + seed);
        SolverResult cg = Solvers.cg(a, Vec.of(b), null, null, s);
        assertTrue(cg.status() == SolverStatus.INDEFINITE || cg.converged(), "cg on an indefinite matrix: " + cg);
    }

    @Test
    void matrixFreeOperatorsSolveToo() {
        int n = 200;
        // the 1-D Laplacian as a function, never stored
        LinearOperator lap = LinearOperator.of(n, n, (x, y) -> {
            for (int i = 0; i < n; i++) {
                y[i] = 2 * x[i] - (i > 0 ? x[i - 1] : 0) - (i < n - 1 ? x[i + 1] : 0);
            }
        });
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        SolverResult r = Solvers.cg(lap, Vec.of(ones));
        assertTrue(r.converged(), r.toString());
        assertTrue(r.iterations() <= n, "CG ends within n steps in exact arithmetic, nearly so here: " + r);
        Dense dense = Dense.zeros(n, n);
        for (int i = 0; i < n; i++) {
            dense.set(i, i, 2);
            if (i > 0) {
                dense.set(i, i - 1, -1);
                dense.set(i - 1, i, -1);
            }
        }
        Vec viaDense = Solvers.cg(LinearOperator.of(dense), Vec.of(ones)).x();
        assertTrue(viaDense.equalsWithin(r.x(), 1e-6 * r.x().normInf()), "dense operator gives the same solution");
    }

    @Test
    void limitsAndFailuresAreStatusesNotHangs() {
        Csr a = csr(SparseGen.poisson(30));
        double[] b = rhs(new SplittableRandom(3), a.rows());
        SolverResult capped =
                Solvers.cg(a, Vec.of(b), null, null, SolverSettings.defaults().withMaxIterations(5));
        assertEquals(SolverStatus.MAX_ITERATIONS, capped.status());
        assertEquals(5, capped.iterations());
        int[] calls = {0};
        Solvers.gmres(a, Vec.of(b), 10, null, null, SolverSettings.defaults().withProgress((k, r) -> calls[0]++));
        assertTrue(calls[0] > 1, "progress called per iteration");
        b[7] = Double.NaN;
        assertEquals(SolverStatus.NOT_FINITE, Solvers.bicgstab(a, Vec.of(b)).status());
        Vec zero = Solvers.minres(a, Vec.zeros(a.rows())).x();
        assertEquals(0.0, zero.normInf(), "b = 0 gives x = 0 at once");
        assertThrows(
                IllegalArgumentException.class, () -> SolverSettings.defaults().withRelativeTolerance(-1));
        assertThrows(
                IllegalArgumentException.class,
                () -> Solvers.gmres(a, Vec.of(b), 0, null, null, SolverSettings.defaults()));
        Csr noDiagonal = new Coo(2, 2).add(0, 1, 1).add(1, 0, 1).toCsr();
        var e = assertThrows(IllegalArgumentException.class, () -> IncompleteLU.of(noDiagonal));
        assertTrue(e.getMessage().contains("row 0"), e.getMessage());
        Csr notSpd = new Coo(2, 2)
                .add(0, 0, 1)
                .add(0, 1, 2)
                .add(1, 0, 2)
                .add(1, 1, 1)
                .toCsr();
        var f = assertThrows(IllegalArgumentException.class, () -> IncompleteCholesky.of(notSpd));
        assertTrue(f.getMessage().contains("row 1"), f.getMessage());
        assertTrue(IncompleteCholesky.of(notSpd, 2.0) != null, "a large enough shift restores IC(0)");
    }
}

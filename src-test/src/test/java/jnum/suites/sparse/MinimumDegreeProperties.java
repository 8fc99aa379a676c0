package jnum.suites.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.linalg.Ordering;
import jnum.mat.sparse.linalg.SparseCholesky;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The approximate minimum degree ordering on seeded symmetric patterns of every family of
 * {@link SymmetricPatterns}: a deterministic permutation, no fill on forests, dense rows last, and
 * fill (nnz(L) of the symbolic analysis) within a stated factor of an earlier implementation.
 */
class MinimumDegreeProperties {

    /**
     * nnz(L) with AMD for {@code SymmetricPatterns.of(s)}, s = 1, 2, ..., 72, from the earlier
     * implementation of the ordering (quotient graph without supervariables, aggressive absorption
     * or the dense-row rule), recorded before it was replaced.
     */
    private static final long[] EARLIER_FILL = {
        258, 1348, 39, 39, 1540, 5944, 393, 3358, 4802, 2991, 714, 335, 283, 820, 5343, 111, 26, 994, 13088,
        600, 608, 403, 66, 2920, 215, 146, 1799, 1297, 777, 44, 325, 1275, 3811, 399, 1340, 911, 3958, 542,
        2630, 587, 105, 6414, 29, 557, 1140, 1420, 435, 2983, 15, 780, 824, 533, 5898, 849, 8856, 1042, 443,
        185, 1, 508, 53, 26, 737, 2776, 642, 1350, 225, 780, 102, 195, 20150, 1424
    };

    /** The number of distinct off-diagonal neighbours of each row. */
    private static int[] degrees(SymmetricPatterns.Pattern p) {
        int[] degree = new int[p.n()];
        Set<Long> pairs = new HashSet<>();
        for (int t = 0; t < p.is().length; t++) {
            int i = Math.min(p.is()[t], p.js()[t]);
            int j = Math.max(p.is()[t], p.js()[t]);
            if (i != j && pairs.add((long) i * p.n() + j)) {
                degree[i]++;
                degree[j]++;
            }
        }
        return degree;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void permutationIsDeterministic(long seed) {
        for (int family = 0; family < SymmetricPatterns.FAMILIES; family++) {
            SymmetricPatterns.Pattern p = SymmetricPatterns.of(seed, family);
            int[] perm = SparseCholesky.analyze(p.matrix(seed), Ordering.AMD).permutation();
            int[] sorted = perm.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) {
                assertEquals(i, sorted[i], "seed " + seed + ", " + p + ": not a permutation");
            }
            // other values on the same pattern: the ordering reads the pattern only
            int[] again =
                    SparseCholesky.analyze(p.matrix(seed + 1), Ordering.AMD).permutation();
            assertArrayEquals(perm, again, "seed " + seed + ", " + p);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void forestsHaveNoFill(long seed) {
        // a forest has a leaf of degree <= 1 at every step, and eliminating a leaf fills nothing, so
        // minimum degree orders it without fill: nnz(L) = n + edges; stars are trees too
        for (int family : new int[] {4, 7}) {
            SymmetricPatterns.Pattern p = SymmetricPatterns.of(seed, family);
            long edges = Arrays.stream(degrees(p)).sum() / 2;
            long nnzL = SparseCholesky.analyze(p.matrix(seed), Ordering.AMD).nnzL();
            assertEquals(p.n() + edges, nnzL, "seed " + seed + ", " + p);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void denseRowsComeLast(long seed) {
        // AMD's rule: rows of degree above max(16, 10 sqrt(n)) (at most n - 2) are ordered last
        SymmetricPatterns.Pattern p = SymmetricPatterns.of(seed, 1);
        int n = p.n();
        int[] degree = degrees(p);
        double dense = Math.min(n - 2, Math.max(16, 10 * Math.sqrt(n)));
        int[] perm = SparseCholesky.analyze(p.matrix(seed), Ordering.AMD).permutation();
        int count = 0;
        for (int d : degree) {
            count += d > dense ? 1 : 0;
        }
        for (int k = 0; k < n; k++) {
            boolean isDense = degree[perm[k]] > dense;
            assertEquals(
                    k >= n - count,
                    isDense,
                    "seed " + seed + ", " + p + ": position " + k + " of " + count + " dense rows");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void gridsFillLessThanTheBand(long seed) {
        for (int family : new int[] {6, 8}) {
            SymmetricPatterns.Pattern p = SymmetricPatterns.of(seed, family);
            Csr a = p.matrix(seed);
            long amd = SparseCholesky.analyze(a, Ordering.AMD).nnzL();
            long natural = SparseCholesky.analyze(a, Ordering.NATURAL).nnzL();
            assertTrue(amd <= natural, "seed " + seed + ", " + p + ": AMD " + amd + " vs natural " + natural);
        }
    }

    @Test
    void fillWithinAFactorOfTheEarlierImplementation() {
        // the orders differ (supervariables, aggressive absorption and the dense-row rule change the
        // degree bounds and so the ties): each pattern may fill up to 10 % more, the total no more
        long earlier = 0;
        long now = 0;
        for (int s = 1; s <= EARLIER_FILL.length; s++) {
            SymmetricPatterns.Pattern p = SymmetricPatterns.of(s);
            long nnzL = SparseCholesky.analyze(p.matrix(s), Ordering.AMD).nnzL();
            assertTrue(
                    nnzL <= 1.1 * EARLIER_FILL[s - 1],
                    "seed " + s + ", " + p + ": " + nnzL + " vs " + EARLIER_FILL[s - 1]);
            earlier += EARLIER_FILL[s - 1];
            now += nnzL;
        }
        assertTrue(now <= earlier, "total nnz(L) " + now + " vs earlier " + earlier);
    }
}

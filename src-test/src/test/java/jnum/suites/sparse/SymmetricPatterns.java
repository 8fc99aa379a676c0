package jnum.suites.sparse;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csr;
import jnum.testkit.MatrixGen;
import jnum.testkit.SparseGen;

/**
 * Seeded symmetric sparsity patterns for the fill-reducing orderings: random, with dense rows,
 * disconnected components, empty rows, stars, cliques, trees and 2-D and 3-D grids.
 */
final class SymmetricPatterns {

    /** The off-diagonal pairs {@code (is[t], js[t])} of an {@code n x n} pattern, named for messages. */
    record Pattern(String kind, int n, int[] is, int[] js) {

        /** A symmetric positive definite matrix on this pattern (values from the seed). */
        Csr matrix(long seed) {
            SparseGen.Triplets t = new SparseGen(seed).spdOnPattern(n, is, js, 0.5);
            return Coo.of(t.m(), t.n(), t.rows(), t.cols(), t.values()).toCsr();
        }

        @Override
        public String toString() {
            return kind + " n " + n;
        }
    }

    /** The number of families {@link #of} draws from. */
    static final int FAMILIES = 9;

    private SymmetricPatterns() {}

    /** The pattern of family {@code seed mod FAMILIES}, its size and entries drawn from the seed. */
    static Pattern of(long seed) {
        return of(seed, (int) Math.floorMod(seed, (long) FAMILIES));
    }

    /** A pattern of the given family ({@code 0 .. FAMILIES - 1}), its size and entries drawn from the seed. */
    static Pattern of(long seed, int family) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<int[]> pairs = new ArrayList<>();
        String kind;
        int n;
        switch (family) {
            case 0 -> {
                n = 1 + rnd.nextInt(300);
                random(rnd, n, 1 + rnd.nextInt(4), 0, pairs);
                kind = "random";
            }
            case 1 -> {
                n = 50 + rnd.nextInt(350);
                random(rnd, n, 1 + rnd.nextInt(3), 0, pairs);
                int rows = 1 + rnd.nextInt(3);
                for (int h = 0; h < rows; h++) {
                    star(rnd.nextInt(n), n, pairs);
                }
                kind = "dense rows " + rows;
            }
            case 2 -> {
                n = 0;
                int parts = 2 + rnd.nextInt(6);
                for (int c = 0; c < parts; c++) {
                    int size = 1 + rnd.nextInt(60);
                    random(rnd, size, 1 + rnd.nextInt(4), n, pairs);
                    n += size;
                }
                shuffle(rnd, n, pairs);
                kind = "components " + parts;
            }
            case 3 -> {
                n = 2 + rnd.nextInt(300);
                int live = 1 + rnd.nextInt(n);
                random(rnd, live, 1 + rnd.nextInt(4), 0, pairs);
                shuffle(rnd, n, pairs);
                kind = "empty rows " + (n - live);
            }
            case 4 -> {
                n = 1 + rnd.nextInt(300);
                star(rnd.nextInt(n), n, pairs);
                kind = "star";
            }
            case 5 -> {
                n = 1 + rnd.nextInt(60);
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        pairs.add(new int[] {i, j});
                    }
                }
                kind = "clique";
            }
            case 6 -> {
                int k = 2 + rnd.nextInt(24);
                n = k * k;
                grid(new int[] {k, k}, pairs);
                kind = "grid " + k + "x" + k;
            }
            case 7 -> {
                n = 1 + rnd.nextInt(300);
                for (int i = 1; i < n; i++) {
                    pairs.add(new int[] {rnd.nextInt(i), i});
                }
                shuffle(rnd, n, pairs);
                kind = "tree";
            }
            default -> {
                int k = 2 + rnd.nextInt(8);
                n = k * k * k;
                grid(new int[] {k, k, k}, pairs);
                kind = "grid " + k + "^3";
            }
        }
        int[] is = new int[pairs.size()];
        int[] js = new int[pairs.size()];
        for (int t = 0; t < is.length; t++) {
            is[t] = pairs.get(t)[0];
            js[t] = pairs.get(t)[1];
        }
        return new Pattern(kind, n, is, js);
    }

    /** About {@code perRow * n} random pairs among rows {@code offset .. offset + n - 1}. */
    private static void random(SplittableRandom rnd, int n, int perRow, int offset, List<int[]> pairs) {
        if (n < 2) {
            return;
        }
        for (int t = perRow * n; t > 0; t--) {
            int i = rnd.nextInt(n);
            int j = rnd.nextInt(n);
            if (i != j) {
                pairs.add(new int[] {offset + i, offset + j});
            }
        }
    }

    /** Row {@code hub} joined to every other row. */
    private static void star(int hub, int n, List<int[]> pairs) {
        for (int i = 0; i < n; i++) {
            if (i != hub) {
                pairs.add(new int[] {hub, i});
            }
        }
    }

    /** The nearest-neighbour pairs of a grid with the given side lengths, numbered row-major. */
    static void grid(int[] sides, List<int[]> pairs) {
        int n = 1;
        for (int s : sides) {
            n *= s;
        }
        for (int v = 0; v < n; v++) {
            int stride = 1;
            for (int s : sides) {
                if ((v / stride) % s + 1 < s) {
                    pairs.add(new int[] {v, v + stride});
                }
                stride *= s;
            }
        }
    }

    /** Renumbers the rows by a random permutation of {@code 0 .. n - 1}. */
    private static void shuffle(SplittableRandom rnd, int n, List<int[]> pairs) {
        int[] p = MatrixGen.permutation(rnd, n);
        for (int[] pair : pairs) {
            pair[0] = p[pair[0]];
            pair[1] = p[pair[1]];
        }
    }
}

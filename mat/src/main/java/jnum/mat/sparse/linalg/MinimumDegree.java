package jnum.mat.sparse.linalg;

import java.util.Arrays;

/**
 * Approximate minimum degree ordering on a quotient graph (Amestoy, Davis and Duff, "An
 * approximate minimum degree ordering algorithm", SIAM J. Matrix Anal. Appl. 17, 1996).
 *
 * <p>The graph holds variables (not yet eliminated) and elements (eliminated variables, each
 * standing for the clique its elimination created). Eliminating the pivot {@code p} forms the new
 * element {@code Lp}: the variables adjacent to {@code p} directly or through its elements, which
 * are absorbed into it. For each variable {@code i} of {@code Lp} the exact external degree would
 * need the union of its elements' lists; AMD bounds it instead by
 * {@code min(n - k, d_i + |Lp \ i|, |A_i \ i| + |Lp \ i| + sum_e |L_e \ Lp|)}, where the
 * set differences {@code |L_e \ Lp|} come from one pass over the elements adjacent to {@code Lp}.
 * Variables adjacent to each other through {@code Lp} drop their direct edge (it is implied).
 * Supervariable detection and aggressive absorption are not done: the degrees are the same
 * bounds, the ordering is a valid AMD ordering, and the cost grows somewhat on matrices with many
 * indistinguishable nodes.
 */
final class MinimumDegree {

    private MinimumDegree() {}

    /**
     * The AMD permutation of the symmetric pattern given by its adjacency lists ({@code adj[i]},
     * without {@code i} itself, both directions present): {@code perm[k]} is the k-th variable to
     * eliminate.
     */
    static int[] order(int[][] adj) {
        int n = adj.length;
        IntList[] vars = new IntList[n]; // A_i: variables adjacent to variable i
        IntList[] elems = new IntList[n]; // E_i: elements adjacent to variable i
        IntList[] members = new IntList[n]; // L_e: variables of element e
        int[] degree = new int[n];
        boolean[] eliminated = new boolean[n];
        boolean[] absorbed = new boolean[n];
        for (int i = 0; i < n; i++) {
            vars[i] = new IntList(adj[i].clone());
            elems[i] = IntList.withCapacity(0);
            degree[i] = adj[i].length;
        }
        DegreeBuckets buckets = new DegreeBuckets(n, degree);
        int[] mark = new int[n];
        int[] w = new int[n];
        Arrays.fill(w, -1);
        int stamp = 0;
        int[] perm = new int[n];
        for (int k = 0; k < n; k++) {
            int p = buckets.popMinimum();
            perm[k] = p;
            eliminated[p] = true;
            // Lp = (A_p union the lists of p's elements) minus p, without eliminated variables
            stamp++;
            mark[p] = stamp;
            IntList lp = IntList.withCapacity(vars[p].size);
            for (int t = 0; t < vars[p].size; t++) {
                int i = vars[p].data[t];
                if (!eliminated[i] && mark[i] != stamp) {
                    mark[i] = stamp;
                    lp.add(i);
                }
            }
            for (int t = 0; t < elems[p].size; t++) {
                int e = elems[p].data[t];
                if (absorbed[e]) {
                    continue;
                }
                IntList le = members[e];
                for (int u = 0; u < le.size; u++) {
                    int i = le.data[u];
                    if (!eliminated[i] && mark[i] != stamp) {
                        mark[i] = stamp;
                        lp.add(i);
                    }
                }
                absorbed[e] = true; // e is absorbed into the new element p
                members[e] = null;
            }
            members[p] = lp;
            vars[p] = null;
            elems[p] = null;
            // |L_e \ Lp| for every live element e adjacent to a variable of Lp
            int lpSize = lp.size;
            for (int t = 0; t < lpSize; t++) {
                int i = lp.data[t];
                IntList ei = elems[i];
                for (int u = 0; u < ei.size; u++) {
                    int e = ei.data[u];
                    if (absorbed[e]) {
                        continue;
                    }
                    if (w[e] < 0) {
                        w[e] = liveCount(members[e], eliminated);
                    }
                    w[e]--;
                }
            }
            // update each variable of Lp: prune its lists, add p, bound its degree
            for (int t = 0; t < lpSize; t++) {
                int i = lp.data[t];
                IntList ei = elems[i];
                int keep = 0;
                int external = 0;
                for (int u = 0; u < ei.size; u++) {
                    int e = ei.data[u];
                    if (absorbed[e]) {
                        continue;
                    }
                    ei.data[keep++] = e;
                    external += Math.max(w[e], 0);
                }
                ei.size = keep;
                ei.add(p);
                IntList ai = vars[i];
                keep = 0;
                for (int u = 0; u < ai.size; u++) {
                    int j = ai.data[u];
                    // drop eliminated variables and those now reached through the element p
                    if (!eliminated[j] && mark[j] != stamp) {
                        ai.data[keep++] = j;
                    }
                }
                ai.size = keep;
                int bound = Math.min(n - k - 1, Math.min(degree[i] + lpSize - 1, ai.size + lpSize - 1 + external));
                degree[i] = Math.max(bound, 0);
                buckets.move(i, degree[i]);
            }
            for (int t = 0; t < lpSize; t++) {
                IntList ei = elems[lp.data[t]];
                for (int u = 0; u < ei.size; u++) {
                    w[ei.data[u]] = -1;
                }
            }
            // drop eliminated variables from Lp so later unions stay small
            int keep = 0;
            for (int t = 0; t < lp.size; t++) {
                if (!eliminated[lp.data[t]]) {
                    lp.data[keep++] = lp.data[t];
                }
            }
            lp.size = keep;
        }
        return perm;
    }

    private static int liveCount(IntList list, boolean[] eliminated) {
        int c = 0;
        for (int u = 0; u < list.size; u++) {
            if (!eliminated[list.data[u]]) {
                c++;
            }
        }
        return c;
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] data;
        int size;

        /** A list holding {@code data}. */
        IntList(int[] data) {
            this.data = data;
            this.size = data.length;
        }

        /** An empty list with room for {@code capacity} values before it grows. */
        static IntList withCapacity(int capacity) {
            IntList list = new IntList(new int[Math.max(4, capacity)]);
            list.size = 0;
            return list;
        }

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, Math.max(4, 2 * size));
            }
            data[size++] = v;
        }
    }

    /** Variables bucketed by degree in doubly linked lists, for the minimum in amortized O(1). */
    private static final class DegreeBuckets {
        private final int[] head;
        private final int[] next;
        private final int[] prev;
        private final int[] bucketOf;
        private int minimum;

        DegreeBuckets(int n, int[] degree) {
            head = new int[n + 1];
            next = new int[n];
            prev = new int[n];
            bucketOf = new int[n];
            Arrays.fill(head, -1);
            for (int i = n - 1; i >= 0; i--) {
                insert(i, Math.min(degree[i], n));
            }
            minimum = 0;
        }

        private void insert(int i, int d) {
            bucketOf[i] = d;
            prev[i] = -1;
            next[i] = head[d];
            if (head[d] >= 0) {
                prev[head[d]] = i;
            }
            head[d] = i;
            if (d < minimum) {
                minimum = d;
            }
        }

        private void remove(int i) {
            int d = bucketOf[i];
            if (prev[i] >= 0) {
                next[prev[i]] = next[i];
            } else {
                head[d] = next[i];
            }
            if (next[i] >= 0) {
                prev[next[i]] = prev[i];
            }
        }

        void move(int i, int d) {
            remove(i);
            insert(i, Math.min(d, head.length - 1));
        }

        int popMinimum() {
            while (head[minimum] < 0) {
                minimum++;
            }
            int i = head[minimum];
            remove(i);
            bucketOf[i] = -1;
            return i;
        }
    }
}

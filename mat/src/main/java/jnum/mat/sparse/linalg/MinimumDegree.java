package jnum.mat.sparse.linalg;

import java.util.Arrays;

/**
 * Approximate minimum degree ordering on a quotient graph (Amestoy, Davis and Duff, "An
 * approximate minimum degree ordering algorithm", SIAM J. Matrix Anal. Appl. 17, 1996; Davis,
 * "Direct Methods for Sparse Linear Systems", SIAM 2006, chapter 7).
 *
 * <p>The graph holds variables (not yet eliminated) and elements (eliminated variables, each
 * standing for the clique its elimination created), all as lists in one flat int workspace: a
 * variable's list holds its elements first, then its variables. Eliminating the pivot {@code p}
 * writes the new element {@code Lp} (the variables adjacent to {@code p} directly or through its
 * elements, which are absorbed into it); when the workspace runs out, the live lists are compacted
 * to its front. For each variable {@code i} of {@code Lp} the external degree is bounded by
 * {@code min(d_i + |Lp \ i|, |A_i \ i| + |Lp \ i| + sum_e |L_e \ Lp|)}, the set differences
 * {@code |L_e \ Lp|} coming from one pass over the elements adjacent to {@code Lp}; an element
 * with {@code L_e} inside {@code Lp} is absorbed (aggressive absorption). Variables of {@code Lp}
 * with identical lists (found by hashing) are merged into one supervariable that is eliminated as
 * a whole, and a variable with nothing outside {@code Lp} is eliminated with {@code p} (mass
 * elimination). Rows with more than {@code max(16, 10 sqrt(n))} entries are taken out at the start
 * and ordered last. The permutation is a postorder of the assembly tree, which leaves the fill of
 * the elimination order unchanged and puts each supervariable's members together. Ties are broken
 * by fixed list orders, so the result depends only on the adjacency lists.
 */
final class MinimumDegree {

    private final int n;
    /** Start of each list in {@link #iw}; for absorbed nodes {@code flip(parent)}, -1 for a root. */
    private final int[] pe;
    /** Length of each list. */
    private final int[] len;
    /** Number of elements at the front of a variable's list; -2 for an element, -1 when absorbed. */
    private final int[] elen;
    /** Supervariable size; 0 for a non-principal variable; negated while in the new element. */
    private final int[] nv;
    /** Approximate external degree of a variable, or the weighted size of an element. */
    private final int[] degree;
    /** Degree lists (head, next, last), with last reused for hash keys and next for hash chains. */
    private final int[] head;

    private final int[] next;
    private final int[] last;
    /** Heads of the hash chains of the variables of the new element. */
    private final int[] hashHead;
    /** Marks: w[e] - mark is |L_e \ Lp| during an elimination step; 0 for absorbed elements. */
    private final int[] w;

    /** All lists; the arrays above have one more slot, n, for the virtual root of the dense rows. */
    private int[] iw;
    /** End of the written part of {@link #iw}; new elements are appended there. */
    private int used;
    /** The current mark: entries of w below it are stale. */
    private int mark;
    /** The largest element size so far, by which the mark advances after each step. */
    private int maxElement;
    /** No degree list below it is non-empty. */
    private int minDegree;
    /** Variables eliminated (or set aside as dense) so far, counted with their weights. */
    private int eliminated;

    private MinimumDegree(int[][] adj) {
        n = adj.length;
        pe = new int[n + 1];
        len = new int[n + 1];
        elen = new int[n + 1];
        nv = new int[n + 1];
        degree = new int[n + 1];
        head = new int[n + 1];
        next = new int[n + 1];
        last = new int[n + 1];
        hashHead = new int[n + 1];
        w = new int[n + 1];
        long total = 0;
        for (int[] a : adj) {
            total += a.length;
        }
        long room = total + total / 5 + 2L * n + 1;
        if (room > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("AMD ordering: " + total + " adjacency entries do not fit an int array");
        }
        iw = new int[(int) room];
        int p = 0;
        for (int i = 0; i < n; i++) {
            pe[i] = p;
            len[i] = adj[i].length;
            System.arraycopy(adj[i], 0, iw, p, adj[i].length);
            p += adj[i].length;
        }
        used = p;
    }

    /**
     * The AMD permutation of the symmetric pattern given by its adjacency lists ({@code adj[i]},
     * without {@code i} itself, both directions present): {@code perm[k]} is the k-th variable to
     * eliminate.
     */
    static int[] order(int[][] adj) {
        MinimumDegree g = new MinimumDegree(adj);
        g.initialize();
        while (g.eliminated < g.n) {
            g.eliminate();
        }
        return g.postorder();
    }

    private static int flip(int i) {
        return -i - 2;
    }

    private void initialize() {
        Arrays.fill(head, -1);
        Arrays.fill(next, -1);
        Arrays.fill(last, -1);
        Arrays.fill(hashHead, -1);
        Arrays.fill(nv, 1);
        Arrays.fill(w, 1);
        // the virtual root n: parent of the dense rows, an element of their total size
        nv[n] = 0;
        pe[n] = -1;
        elen[n] = -2;
        w[n] = 0;
        mark = resetMarks(0);
        int dense = (int) Math.max(16, 10 * Math.sqrt(n));
        dense = Math.min(n - 2, dense);
        for (int i = 0; i < n; i++) {
            degree[i] = len[i];
        }
        // inserted from the top so that, among equal degrees, the lowest index is taken first
        for (int i = n - 1; i >= 0; i--) {
            int d = degree[i];
            if (d == 0) { // an empty row is an element from the start, with no parent
                elen[i] = -2;
                eliminated++;
                pe[i] = -1;
                w[i] = 0;
            } else if (d > dense) { // a dense row is set aside and ordered last
                nv[n]++;
                nv[i] = 0;
                elen[i] = -1;
                eliminated++;
                pe[i] = flip(n);
            } else {
                insert(i, d);
            }
        }
        minDegree = 0;
    }

    private void insert(int i, int d) {
        next[i] = head[d];
        if (head[d] >= 0) {
            last[head[d]] = i;
        }
        last[i] = -1;
        head[d] = i;
    }

    private void unlink(int i) {
        if (next[i] >= 0) {
            last[next[i]] = last[i];
        }
        if (last[i] >= 0) {
            next[last[i]] = next[i];
        } else {
            head[degree[i]] = next[i];
        }
    }

    /** Clears the marks when {@code m} (or {@code m} plus the largest element) would overflow. */
    private int resetMarks(int m) {
        if (m < 2 || m + maxElement < 0) {
            for (int k = 0; k < n; k++) {
                if (w[k] != 0) {
                    w[k] = 1;
                }
            }
            return 2;
        }
        return m;
    }

    /** One elimination step: the pivot of least degree, with its supervariable and mass eliminations. */
    private void eliminate() {
        int k = -1;
        while (minDegree < n && (k = head[minDegree]) == -1) {
            minDegree++;
        }
        if (next[k] != -1) {
            last[next[k]] = -1;
        }
        head[minDegree] = next[k];
        int elenK = elen[k];
        int nvK = nv[k];
        eliminated += nvK;
        if (elenK > 0 && used + minDegree >= iw.length) {
            compact();
            if (used + minDegree >= iw.length) {
                iw = Arrays.copyOf(iw, used + minDegree + n + 1);
            }
        }
        int pk1 = buildElement(k, elenK, nvK);
        int pk2 = pk1 + len[k];
        mark = resetMarks(mark);
        setDifferences(pk1, pk2);
        nvK = updateDegrees(k, pk1, pk2, nvK);
        maxElement = Math.max(maxElement, degree[k]);
        mark = resetMarks(mark + maxElement);
        detectSupervariables(pk1, pk2);
        finish(k, pk1, pk2, elenK, nvK);
    }

    /**
     * Writes {@code Lk}, the principal variables reached from {@code k}, flags them (negated
     * {@code nv}), takes them off the degree lists and absorbs {@code k}'s elements; returns its
     * start. The list is built in place when {@code k} has no elements, else at the end of the
     * used workspace.
     */
    private int buildElement(int k, int elenK, int nvK) {
        int dk = 0;
        nv[k] = -nvK;
        int p = pe[k];
        int pk1 = elenK == 0 ? p : used;
        int pk2 = pk1;
        for (int k1 = 1; k1 <= elenK + 1; k1++) {
            int e;
            int pj;
            int ln;
            if (k1 > elenK) {
                e = k;
                pj = p;
                ln = len[k] - elenK;
            } else {
                e = iw[p++];
                pj = pe[e];
                ln = len[e];
            }
            for (int k2 = 0; k2 < ln; k2++) {
                int i = iw[pj++];
                int nvi = nv[i];
                if (nvi <= 0) {
                    continue;
                }
                dk += nvi;
                nv[i] = -nvi;
                iw[pk2++] = i;
                unlink(i);
            }
            if (e != k) {
                pe[e] = flip(k);
                w[e] = 0;
            }
        }
        if (elenK != 0) {
            used = pk2;
        }
        degree[k] = dk;
        pe[k] = pk1;
        len[k] = pk2 - pk1;
        elen[k] = -2;
        return pk1;
    }

    /** Sets {@code w[e] - mark = |L_e \ Lk|} for every live element adjacent to {@code Lk}. */
    private void setDifferences(int pk1, int pk2) {
        for (int pk = pk1; pk < pk2; pk++) {
            int i = iw[pk];
            int eln = elen[i];
            if (eln <= 0) {
                continue;
            }
            int nvi = -nv[i];
            int wnvi = mark - nvi;
            for (int p = pe[i], end = pe[i] + eln; p < end; p++) {
                int e = iw[p];
                if (w[e] >= mark) {
                    w[e] -= nvi;
                } else if (w[e] != 0) {
                    w[e] = degree[e] + wnvi;
                }
            }
        }
    }

    /**
     * Prunes the lists of the variables of {@code Lk} (absorbed elements, variables now inside
     * {@code Lk}), puts {@code k} at their front, bounds their degrees and hashes them; a variable
     * left with nothing outside {@code Lk} is eliminated with {@code k}. Returns the new size of
     * the pivot supervariable.
     */
    private int updateDegrees(int k, int pk1, int pk2, int nvK) {
        int dk = degree[k];
        for (int pk = pk1; pk < pk2; pk++) {
            int i = iw[pk];
            int p1 = pe[i];
            int p2 = p1 + elen[i];
            int pn = p1;
            long h = 0;
            int d = 0;
            for (int p = p1; p < p2; p++) {
                int e = iw[p];
                if (w[e] == 0) {
                    continue;
                }
                int dext = w[e] - mark;
                if (dext > 0) {
                    d += dext;
                    iw[pn++] = e;
                    h += e;
                } else { // L_e inside Lk: aggressive absorption
                    pe[e] = flip(k);
                    w[e] = 0;
                }
            }
            elen[i] = pn - p1 + 1;
            int p3 = pn;
            int p4 = p1 + len[i];
            for (int p = p2; p < p4; p++) {
                int j = iw[p];
                int nvj = nv[j];
                if (nvj <= 0) {
                    continue;
                }
                d += nvj;
                iw[pn++] = j;
                h += j;
            }
            if (d == 0) { // nothing outside Lk: mass elimination with k
                pe[i] = flip(k);
                int nvi = -nv[i];
                dk -= nvi;
                nvK += nvi;
                eliminated += nvi;
                nv[i] = 0;
                elen[i] = -1;
            } else {
                degree[i] = Math.min(degree[i], d);
                // k goes first: the first variable moves to the end, the first element after the
                // last element (at least one entry was dropped, so pn is inside the old list)
                iw[pn] = iw[p3];
                iw[p3] = iw[p1];
                iw[p1] = k;
                len[i] = pn - p1 + 1;
                int key = (int) (h % n);
                next[i] = hashHead[key];
                hashHead[key] = i;
                last[i] = key;
            }
        }
        degree[k] = dk;
        return nvK;
    }

    /** Merges variables of {@code Lk} whose lists are equal (same hash bucket, same entries). */
    private void detectSupervariables(int pk1, int pk2) {
        for (int pk = pk1; pk < pk2; pk++) {
            int i = iw[pk];
            if (nv[i] >= 0) {
                continue;
            }
            int key = last[i];
            i = hashHead[key];
            hashHead[key] = -1;
            for (; i != -1 && next[i] != -1; i = next[i], mark++) {
                int ln = len[i];
                int eln = elen[i];
                for (int p = pe[i] + 1; p < pe[i] + ln; p++) {
                    w[iw[p]] = mark;
                }
                int jlast = i;
                for (int j = next[i]; j != -1; ) {
                    boolean same = len[j] == ln && elen[j] == eln;
                    for (int p = pe[j] + 1; same && p < pe[j] + ln; p++) {
                        same = w[iw[p]] == mark;
                    }
                    if (same) {
                        pe[j] = flip(i);
                        nv[i] += nv[j];
                        nv[j] = 0;
                        elen[j] = -1;
                        j = next[j];
                        next[jlast] = j;
                    } else {
                        jlast = j;
                        j = next[j];
                    }
                }
            }
        }
    }

    /** Unflags the principal variables of {@code Lk}, puts them back on the degree lists, trims Lk. */
    private void finish(int k, int pk1, int pk2, int elenK, int nvK) {
        int dk = degree[k];
        int p = pk1;
        for (int pk = pk1; pk < pk2; pk++) {
            int i = iw[pk];
            int nvi = -nv[i];
            if (nvi <= 0) {
                continue;
            }
            nv[i] = nvi;
            int d = Math.min(degree[i] + dk - nvi, n - eliminated - nvi);
            degree[i] = d;
            insert(i, d);
            minDegree = Math.min(minDegree, d);
            iw[p++] = i;
        }
        nv[k] = nvK;
        len[k] = p - pk1;
        if (len[k] == 0) {
            pe[k] = -1;
            w[k] = 0;
        }
        if (elenK != 0) {
            used = p;
        }
    }

    /** Moves the live lists to the front of the workspace, in their order there. */
    private void compact() {
        for (int j = 0; j < n; j++) {
            int p = pe[j];
            if (p >= 0) { // live list: its first entry is kept in pe, its slot names the owner
                pe[j] = iw[p];
                iw[p] = flip(j);
            }
        }
        int q = 0;
        for (int p = 0; p < used; ) {
            int j = flip(iw[p++]);
            if (j >= 0) {
                iw[q] = pe[j];
                pe[j] = q++;
                for (int t = 0; t < len[j] - 1; t++) {
                    iw[q++] = iw[p++];
                }
            }
        }
        used = q;
    }

    /**
     * The order: a depth-first postorder of the assembly tree (elements under the element that
     * absorbed them, merged variables under their representative, dense rows under a virtual
     * root), children in increasing order with elements before variables.
     */
    private int[] postorder() {
        int[] parent = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            parent[j] = pe[j] <= -2 ? flip(pe[j]) : -1;
        }
        int[] firstChild = head;
        int[] sibling = next;
        Arrays.fill(firstChild, -1);
        Arrays.fill(sibling, -1);
        for (int j = n; j >= 0; j--) { // variables first, so that they end up after the elements
            if (nv[j] <= 0 && parent[j] >= 0) {
                sibling[j] = firstChild[parent[j]];
                firstChild[parent[j]] = j;
            }
        }
        for (int e = n; e >= 0; e--) {
            if (nv[e] > 0 && parent[e] >= 0) {
                sibling[e] = firstChild[parent[e]];
                firstChild[parent[e]] = e;
            }
        }
        int[] perm = new int[n];
        int[] stack = w;
        int k = 0;
        for (int root = 0; root <= n; root++) {
            if (parent[root] != -1) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            while (top >= 0) {
                int j = stack[top];
                int child = firstChild[j];
                if (child == -1) {
                    top--;
                    if (j < n) {
                        perm[k++] = j;
                    }
                } else {
                    firstChild[j] = sibling[child];
                    stack[++top] = child;
                }
            }
        }
        if (k != n) {
            throw new IllegalStateException("AMD ordering: the assembly tree reached " + k + " of " + n + " nodes");
        }
        return perm;
    }
}

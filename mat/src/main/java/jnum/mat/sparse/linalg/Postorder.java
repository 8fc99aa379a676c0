package jnum.mat.sparse.linalg;

import java.util.Arrays;

/**
 * Postorders of elimination trees: each subtree's nodes become consecutive, which changes no fill
 * of a sparse factorization but makes columns with nested structures neighbours (supernodes).
 */
final class Postorder {

    private Postorder() {}

    /**
     * A postorder of the forest {@code parent} ({@code parent[v]} the parent of node v, -1 at
     * roots): {@code post[k]} is the k-th node, children in increasing order, each before its parent.
     */
    static int[] of(int[] parent) {
        int n = parent.length;
        int[] head = new int[n];
        int[] next = new int[n];
        Arrays.fill(head, -1);
        for (int j = n - 1; j >= 0; j--) {
            if (parent[j] >= 0) {
                next[j] = head[parent[j]];
                head[parent[j]] = j;
            }
        }
        int[] post = new int[n];
        int[] stack = new int[n];
        int k = 0;
        for (int root = 0; root < n; root++) {
            if (parent[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            while (top >= 0) {
                int p = stack[top];
                int child = head[p];
                if (child < 0) {
                    top--;
                    post[k++] = p;
                } else {
                    head[p] = next[child];
                    stack[++top] = child;
                }
            }
        }
        return post;
    }
}

package dev.outpost.travel.road;

/**
 * Strongly connected components by Kosaraju's two-pass algorithm, iterative (no recursion, so
 * long roads cannot overflow the stack), O(n + m).
 */
final class StrongComponents {

    private StrongComponents() {
    }

    /**
     * Labels every vertex with its component; labels are {@code 0..k-1} in the order the second
     * pass discovers them.
     */
    static int[] label(RoadNetwork.Csr g) {
        int n = g.n;
        // reverse graph
        int[] rFirst = new int[n + 1];
        for (int e = 0; e < g.edgeCount(); e++) {
            rFirst[g.head[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            rFirst[v + 1] += rFirst[v];
        }
        int[] rHead = new int[g.edgeCount()];
        int[] fill = rFirst.clone();
        for (int v = 0; v < n; v++) {
            for (int e = g.first[v]; e < g.first[v + 1]; e++) {
                rHead[fill[g.head[e]]++] = v;
            }
        }
        // pass 1: finishing order by iterative DFS on the forward graph
        int[] order = new int[n];
        int orderSize = 0;
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int[] cursor = new int[n];
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            cursor[root] = g.first[root];
            seen[root] = true;
            while (top >= 0) {
                int v = stack[top];
                if (cursor[v] < g.first[v + 1]) {
                    int w = g.head[cursor[v]++];
                    if (!seen[w]) {
                        seen[w] = true;
                        cursor[w] = g.first[w];
                        stack[++top] = w;
                    }
                } else {
                    order[orderSize++] = v;
                    top--;
                }
            }
        }
        // pass 2: DFS on the reverse graph in reverse finishing order
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        int label = 0;
        for (int i = n - 1; i >= 0; i--) {
            int root = order[i];
            if (comp[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            comp[root] = label;
            while (top >= 0) {
                int v = stack[top--];
                for (int e = rFirst[v]; e < rFirst[v + 1]; e++) {
                    int w = rHead[e];
                    if (comp[w] < 0) {
                        comp[w] = label;
                        stack[++top] = w;
                    }
                }
            }
            label++;
        }
        return comp;
    }
}

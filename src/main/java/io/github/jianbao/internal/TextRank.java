package io.github.jianbao.internal;

import java.util.Arrays;

/**
 * TextRank (PageRank on an undirected weighted graph, Mihalcea and Tarau 2004), the one implementation both the
 * keyword ranker (words linked within a window) and the summary (sentences linked by shared words) use. Edges sit in
 * primitive arrays, so a graph costs no boxed collections.
 *
 * <p>Mutable while links are added; build one per call and do not share it.
 */
public final class TextRank {
    private final int size;
    private final double[] strength;
    private int[] from;
    private int[] to;
    private double[] weight;
    private int edges;

    /** Creates a graph of {@code size} nodes with room for {@code capacity} links before it grows. */
    public TextRank(int size, int capacity) {
        this.size = size;
        this.strength = new double[size];
        int room = Math.max(capacity, 1);
        this.from = new int[room];
        this.to = new int[room];
        this.weight = new double[room];
    }

    /** Links {@code a} and {@code b} both ways with weight {@code w}; a link repeated adds up. */
    public void link(int a, int b, double w) {
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
            weight = Arrays.copyOf(weight, edges * 2);
        }
        from[edges] = a;
        to[edges] = b;
        weight[edges++] = w;
        strength[a] += w;
        strength[b] += w;
    }

    /**
     * {@return the rank of every node, starting from 1 and iterating until no rank moves by {@code tolerance} or
     * {@code iterations} have run}
     */
    public double[] rank(double damping, int iterations, double tolerance) {
        double[] rank = new double[size];
        Arrays.fill(rank, 1.0);
        double[] next = new double[size];
        double[] share = new double[size];
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int v = 0; v < size; v++) {
                share[v] = strength[v] == 0 ? 0 : damping * rank[v] / strength[v];
            }
            Arrays.fill(next, 1 - damping);
            for (int k = 0; k < edges; k++) {
                next[to[k]] += share[from[k]] * weight[k];
                next[from[k]] += share[to[k]] * weight[k];
            }
            double change = 0;
            for (int v = 0; v < size; v++) {
                change = Math.max(change, Math.abs(next[v] - rank[v]));
            }
            double[] swap = rank;
            rank = next;
            next = swap;
            if (change < tolerance) {
                break;
            }
        }
        return rank;
    }
}

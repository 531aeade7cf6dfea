package io.github.jianbao.tools;

import io.github.jianbao.EntityType;
import io.github.jianbao.internal.ner.NamedSpan;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entity-level exact-match counts per type, and the P/R/F1 table made from them. */
final class NerScores {
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

    NerScores() {
        for (EntityType type : EntityType.values()) {
            counts.put(type, new int[3]);
        }
    }

    /** Adds one sentence: an entity counts as found only with the same start, end and type. */
    void add(List<NamedSpan> gold, List<NamedSpan> found) {
        Set<NamedSpan> goldSet = new HashSet<>(gold);
        for (NamedSpan f : found) {
            counts.get(f.type())[goldSet.contains(f) ? 0 : 1]++;
        }
        Set<NamedSpan> foundSet = new HashSet<>(found);
        for (NamedSpan g : gold) {
            if (!foundSet.contains(g)) {
                counts.get(g.type())[2]++;
            }
        }
    }

    /** {@return the micro-averaged F1 over all types, in percent} */
    double overallF1() {
        int[] total = total();
        return f1(total);
    }

    /** {@return the F1 of one type, in percent} */
    double f1(EntityType type) {
        return f1(counts.get(type));
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format("%-13s %7s %7s %7s %7s %7s%n",
                "type", "gold", "found", "P", "R", "F1"));
        for (EntityType type : EntityType.values()) {
            out.append(row(type.name(), counts.get(type)));
        }
        out.append(row("overall", total()));
        return out.toString();
    }

    private int[] total() {
        int[] total = new int[3];
        for (int[] c : counts.values()) {
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        }
        return total;
    }

    private static String row(String name, int[] c) {
        int tp = c[0];
        double p = 100.0 * tp / Math.max(1, tp + c[1]);
        double r = 100.0 * tp / Math.max(1, tp + c[2]);
        return String.format("%-13s %7d %7d %7.2f %7.2f %7.2f%n", name, tp + c[2], tp + c[1], p, r, f1(c));
    }

    private static double f1(int[] c) {
        int tp = c[0];
        return tp == 0 ? 0 : 200.0 * tp / (2 * tp + c[1] + c[2]);
    }
}

package io.github.jianbao.internal.ner;

import io.github.jianbao.EntityType;

/**
 * The BIOES label set of the tagger over three entity types: {@code O}, then for each type {@code B-}, {@code I-},
 * {@code E-} and {@code S-} (begin, inside, end, single char). BIOES lets one char entities and entity ends carry
 * their own weights, which a BIO labeller has to infer from context.
 */
public final class NerLabels {
    /** The number of labels. */
    public static final int COUNT = 13;
    /** The outside label. */
    public static final int OUTSIDE = 0;

    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION};
    private static final int BEGIN = 0;
    private static final int INSIDE = 1;
    private static final int END = 2;
    private static final int SINGLE = 3;

    private NerLabels() {
    }

    /** {@return the label of a char at {@code offset} in an entity of {@code length} chars of the given type} */
    public static int label(EntityType type, int offset, int length) {
        int base = 1 + 4 * typeIndex(type);
        if (length == 1) {
            return base + SINGLE;
        }
        if (offset == 0) {
            return base + BEGIN;
        }
        return base + (offset == length - 1 ? END : INSIDE);
    }

    /** {@return true if an entity starts at a char with this label} */
    public static boolean starts(int label) {
        return label != OUTSIDE && ((label - 1) % 4 == BEGIN || (label - 1) % 4 == SINGLE);
    }

    /** {@return true if an entity ends at a char with this label} */
    public static boolean ends(int label) {
        return label != OUTSIDE && ((label - 1) % 4 == END || (label - 1) % 4 == SINGLE);
    }

    /** {@return the entity type of a label other than {@link #OUTSIDE}} */
    public static EntityType type(int label) {
        return TYPES[(label - 1) / 4];
    }

    /** {@return true if {@code next} may follow {@code previous} in a well-formed label sequence} */
    public static boolean allowed(int previous, int next) {
        boolean open = previous != OUTSIDE && !ends(previous);
        if (!open) {
            return next == OUTSIDE || starts(next);
        }
        return !starts(next) && next != OUTSIDE && (next - 1) / 4 == (previous - 1) / 4;
    }

    /** {@return true if a sentence may start with this label} */
    public static boolean allowedFirst(int label) {
        return label == OUTSIDE || starts(label);
    }

    /** {@return true if a sentence may end with this label} */
    public static boolean allowedLast(int label) {
        return label == OUTSIDE || ends(label);
    }

    /** {@return a readable name of the label, e.g. {@code B-PERSON}} */
    public static String name(int label) {
        if (label == OUTSIDE) {
            return "O";
        }
        return "BIES".charAt((label - 1) % 4) + "-" + type(label);
    }

    private static int typeIndex(EntityType type) {
        return switch (type) {
            case PERSON -> 0;
            case PLACE -> 1;
            case ORGANIZATION -> 2;
        };
    }
}

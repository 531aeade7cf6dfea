package io.github.jianbao.internal.ner;

import io.github.jianbao.EntityType;
import io.github.jianbao.internal.Checks;
import java.util.Objects;

/**
 * A named entity found by {@link CharNerTagger}: the half-open character range {@code [start, end)} of the tagged
 * text and its type.
 *
 * @param start index of the first char of the entity
 * @param end   index one past its last char, greater than {@code start}
 * @param type  what kind of entity it is
 */
public record NamedSpan(int start, int end, EntityType type) {
    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if start is negative or end is not greater than start
     */
    public NamedSpan {
        Checks.argument(start >= 0, "start must be >= 0: %d", start);
        Checks.argument(end > start, "end must be > start: start=%d, end=%d", start, end);
        Objects.requireNonNull(type, "type");
    }

    /**
     * {@return the part of {@code text} this span covers}
     *
     * @throws IllegalArgumentException if the span lies outside the text
     */
    public String coveredText(String text) {
        Checks.argument(end <= text.length(), "%s lies outside text of length %d", this, text.length());
        return text.substring(start, end);
    }
}

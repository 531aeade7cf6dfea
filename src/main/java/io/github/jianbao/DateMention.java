package io.github.jianbao;

import io.github.jianbao.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * One date or time expression of the article, normalised to ISO-8601 where it can be resolved.
 *
 * @param text  the expression as written, e.g. 4月16日
 * @param start offset of the first character in {@link ArticleSummary#textOf(TextPart) textOf(part)}
 * @param end   offset after the last character
 * @param part  the part of the article the offsets index
 * @param value the ISO-8601 value at the expression's grain ({@code 2020-04-16}, {@code 2020-04}, {@code 2020}, or an
 *              interval {@code start/end}); empty where it cannot be resolved, e.g. 昨天 with no reference date
 */
public record DateMention(String text, int start, int end, TextPart part, Optional<String> value) {
    /**
     * Checks the span against the text.
     *
     * @throws IllegalArgumentException if the text is empty or the span does not fit its length
     */
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(value, "value");
        Checks.argument(!text.isEmpty(), "text must not be empty: start=%d", start);
        Spans.check(text, start, end);
    }

    /** {@return whether the expression has a value} */
    public boolean isResolved() {
        return value.isPresent();
    }
}

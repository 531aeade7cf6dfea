package io.github.jianbao;

import io.github.jianbao.internal.Checks;
import java.util.Objects;

/**
 * One sentence of the body: its text and its half-open range {@code [start, end)} in {@link ArticleSummary#text()}.
 *
 * @param text  the sentence as written, never empty
 * @param start offset of the first character
 * @param end   offset after the last character
 */
public record Sentence(String text, int start, int end) {
    /**
     * Checks the span against the text.
     *
     * @throws IllegalArgumentException if the text is empty or the span does not fit its length
     */
    public Sentence {
        Objects.requireNonNull(text, "text");
        Checks.argument(!text.isEmpty(), "text must not be empty: start=%d", start);
        Spans.check(text, start, end);
    }
}

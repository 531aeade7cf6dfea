package io.github.jianbao;

import io.github.jianbao.internal.Checks;
import java.util.Objects;

/**
 * One occurrence of an entity in the article.
 *
 * @param text  the mention as written
 * @param start offset of the first character in {@link ArticleSummary#textOf(TextPart) textOf(part)}
 * @param end   offset after the last character
 * @param part  the part of the article the offsets index
 */
public record Mention(String text, int start, int end, TextPart part) {
    /**
     * Checks the span against the text.
     *
     * @throws IllegalArgumentException if the text is empty or the span does not fit its length
     */
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(part, "part");
        Checks.argument(!text.isEmpty(), "text must not be empty: start=%d", start);
        Spans.check(text, start, end);
    }
}

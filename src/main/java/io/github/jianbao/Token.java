package io.github.jianbao;

import java.util.Objects;

/**
 * One word of the body with its part-of-speech tag (HanLP's PKU-derived tag set, e.g. {@code n}, {@code ns},
 * {@code v}, {@code w} for punctuation).
 *
 * @param text  the word as written
 * @param tag   the part-of-speech tag
 * @param start offset of the first character in {@link ArticleSummary#text()}
 * @param end   offset after the last character
 */
public record Token(String text, String tag, int start, int end) {
    /**
     * Checks the span against the text.
     *
     * @throws IllegalArgumentException if the span does not fit the text's length
     */
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        Spans.check(text, start, end);
    }
}

package io.github.jianbao;

import io.github.jianbao.internal.Checks;
import java.util.Locale;
import java.util.Objects;

/**
 * A keyword tag of the article.
 *
 * @param term  the term, a word or a phrase
 * @param score how well it describes the article, in (0, 1]; the best keyword scores 1
 */
public record Keyword(String term, double score) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the term is blank or the score is outside (0, 1]
     */
    public Keyword {
        Objects.requireNonNull(term, "term");
        Checks.notBlank(term, "term");
        Checks.argument(score > 0 && score <= 1, "score must be in (0, 1]: %s", score);
    }

    /** {@return the term and its score to two places, e.g. {@code 健康码 0.46}} */
    @Override
    public String toString() {
        return term + String.format(Locale.ROOT, " %.2f", score);
    }
}

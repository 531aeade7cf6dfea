package io.github.jianbao;

import io.github.jianbao.internal.Checks;
import java.util.Locale;
import java.util.Objects;

/**
 * One tag of the article for indexing: a page tag, a keyword or a salient entity.
 *
 * @param term   the tag as written in the article
 * @param origin where it comes from
 * @param score  how well it describes the article, in [0, 1]: 1 for a page tag, the keyword's score, or the
 *               entity's salience
 */
public record Tag(String term, TagOrigin origin, double score) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the term is blank or the score is outside [0, 1]
     */
    public Tag {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(origin, "origin");
        Checks.notBlank(term, "term");
        Checks.argument(score >= 0 && score <= 1, "score must be in [0, 1]: %s", score);
    }

    /** {@return the term, its origin and its score to two places, e.g. {@code 健康码 KEYWORD 0.46}} */
    @Override
    public String toString() {
        return term + " " + origin + String.format(Locale.ROOT, " %.2f", score);
    }
}

package io.github.jianbao.stage;

import io.github.jianbao.ArticleFormat;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as the caller gave it, with its format already decided.
 *
 * @param content       the page or text
 * @param format        how to read it
 * @param referenceDate the caller's date for resolving partial dates when the article has none of its own
 */
public record RawArticle(String content, ArticleFormat format, Optional<LocalDate> referenceDate) {
    /** Checks for nulls. */
    public RawArticle {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(referenceDate, "referenceDate");
    }
}

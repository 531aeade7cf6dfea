package io.github.jianbao;

/** Where a {@link Tag} comes from. */
public enum TagOrigin {
    /** A tag the page itself carries ({@link ArticleSummary#sourceTags()}). */
    PAGE,
    /** A keyword ranked from the text ({@link ArticleSummary#keywords()}). */
    KEYWORD,
    /** A salient named entity ({@link ArticleSummary#entities()}). */
    ENTITY
}

package io.github.jianbao;

/**
 * The part of an article a mention was found in; offsets of a mention index {@link ArticleSummary#textOf(TextPart)}.
 *
 * <p>The body is {@link ArticleSummary#text()}. Title, dateline and image captions are not body text, but they are
 * analysed too: a caption names the photographer, a dateline carries the article's date.
 */
public enum TextPart {
    /** The cleaned body, {@link ArticleSummary#text()}. */
    BODY,
    /** The title, {@link ArticleSummary#title()}. */
    TITLE,
    /** The dateline, e.g. 【看中国2020年5月26日讯】, {@link ArticleSummary#dateline()}. */
    DATELINE,
    /** The image captions, joined by line feeds, {@link ArticleSummary#captionText()}. */
    CAPTION
}

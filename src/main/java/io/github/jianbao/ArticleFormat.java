package io.github.jianbao;

import io.github.jianbao.internal.FrontMatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup an article arrives in.
 */
public enum ArticleFormat {
    /** A raw HTML page or an HTML fragment. */
    HTML,
    /** Markdown, possibly with YAML front matter and embedded HTML, as code-host mirrors carry. */
    MARKDOWN,
    /** Plain text, analysed exactly as given. */
    PLAIN_TEXT;

    private static final Pattern HTML_PAGE = Pattern.compile(
            "(?i)<!doctype\\s+html|<html[\\s>]|<body[\\s>]|<head[\\s>]");
    /** Marks no plain text carries: ATX headings ({@code ## 标题}), links, images, fences, {@code ===} underlines. */
    private static final Pattern MARKDOWN_MARKS = Pattern.compile(
            "(?m)^#{1,6}[ \\t]+\\S|!?\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|^```|^\\S.*\\R={3,}[ \\t]*$");
    /**
     * Marks plain text may carry now and then, so that only two different ones make Markdown: a {@code ---} rule,
     * a bulleted pair of lines, {@code **bold**}, a {@code >} quote.
     */
    private static final List<Pattern> MARKDOWN_HINTS = List.of(
            Pattern.compile("(?m)^[ \\t]*(?:-{3,}|\\*{3,}|_{3,})[ \\t]*$"),
            Pattern.compile("(?m)^[ \\t]*[*+-][ \\t]+\\S.*\\R[ \\t]*[*+-][ \\t]+\\S"),
            Pattern.compile("\\*\\*[^*\\n]+\\*\\*"),
            Pattern.compile("(?m)^>[ \\t]?\\S"));
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)<(?:p|div|span|br|a|img|table|tr|td|th|h[1-6]|ul|ol|li|section|article|strong|em|b|i|font|center"
                    + "|script|style|noscript|iframe|nav|header|footer|aside|main|figure|figcaption|blockquote|pre)"
                    + "[\\s>/]");

    /**
     * {@return the format {@code article} is most likely in: a page with front matter, Markdown headings or links, or
     * two kinds of lighter marks (rules, bullets, bold, quotes) is {@link #MARKDOWN} (even with embedded HTML, as
     * mirrors have); a whole HTML page or a fragment with tags is {@link #HTML}; anything else, such as text with a
     * {@code ---} line or a {@code #话题#} hashtag, is {@link #PLAIN_TEXT}}
     *
     * @throws NullPointerException if {@code article} is null
     */
    public static ArticleFormat detect(String article) {
        Objects.requireNonNull(article, "article");
        if (FrontMatter.startsWith(article)) {
            return MARKDOWN;
        }
        if (hasHtmlPageTag(article)) {
            return HTML;
        }
        if (MARKDOWN_MARKS.matcher(article).find()
                || MARKDOWN_HINTS.stream().filter(h -> h.matcher(article).find()).limit(2).count() == 2) {
            return MARKDOWN;
        }
        return HTML_TAG.matcher(article).find() ? HTML : PLAIN_TEXT;
    }

    /**
     * {@return whether a whole page's tag (doctype, html, head, body) opens anywhere} Tried only where a {@code <}
     * stands: an unanchored alternation would be tried at every character of the page.
     */
    private static boolean hasHtmlPageTag(String article) {
        Matcher m = HTML_PAGE.matcher(article);
        for (int at = article.indexOf('<'); at >= 0; at = article.indexOf('<', at + 1)) {
            if (m.region(at, article.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}

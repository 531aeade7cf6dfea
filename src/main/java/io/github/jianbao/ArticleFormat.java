package io.github.jianbao;

import io.github.jianbao.internal.FrontMatter;
import java.util.Objects;
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

    private static final Pattern HTML_PAGE = Pattern.compile("(?i)<!doctype\\s+html|<html[\\s>]|<body[\\s>]|<head[\\s>]");
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^#{1,6}\\s+\\S|^\\s*[-=]{3,}\\s*$|\\]\\([^)\\s]+\\)|^\\s*[*-]\\s+\\S.*\\R\\s*[*-]\\s+\\S");
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)<(?:p|div|span|br|a|img|table|h[1-6]|ul|ol|li|section|article|strong|em|b|i|font|center)[\\s>/]");

    /**
     * {@return the format {@code article} is most likely in: a page with front matter or Markdown headings, links or
     * rules is {@link #MARKDOWN} (even with embedded HTML, as mirrors have); a whole HTML page or a fragment with
     * tags is {@link #HTML}; anything else is {@link #PLAIN_TEXT}}
     *
     * @throws NullPointerException if {@code article} is null
     */
    public static ArticleFormat detect(String article) {
        Objects.requireNonNull(article, "article");
        if (FrontMatter.startsWith(article)) {
            return MARKDOWN;
        }
        if (HTML_PAGE.matcher(article).find()) {
            return HTML;
        }
        if (MARKDOWN_SIGNS.matcher(article).find()) {
            return MARKDOWN;
        }
        return HTML_TAG.matcher(article).find() ? HTML : PLAIN_TEXT;
    }
}

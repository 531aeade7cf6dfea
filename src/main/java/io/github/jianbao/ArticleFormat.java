package io.github.jianbao;

/**
 * The markup an article arrives in.
 */
public enum ArticleFormat {
    /** A raw HTML page or an HTML fragment. */
    HTML,
    /** Markdown, possibly with YAML front matter and embedded HTML, as code-host mirrors carry. */
    MARKDOWN,
    /** Plain text, analysed exactly as given. */
    PLAIN_TEXT
}

package io.github.jianbao.stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An article after markup and boilerplate are gone: its body text and what the page says about itself.
 *
 * @param text          the body text, paragraphs separated by line feeds; never blank
 * @param title         the headline without site suffix
 * @param source        the outlet that wrote the article
 * @param url           the original address
 * @param publishedDate the publication date
 * @param dateline      the dateline as written, removed from the body
 * @param captions      image captions, in page order
 * @param sourceTags    the page's own tags, in page order, without repeats
 * @param bylines       reporters and authors named in the dateline or byline
 * @param emphasis      what the body sets in bold or emphasis, in page order, without repeats: each occurs in
 *                      {@code text}
 * @param pageKeywords  the keywords the page declares in its metadata ({@code <meta name="keywords">}, a front
 *                      matter's {@code keywords}), in order, without repeats; unlike the tags, no reader sees them
 */
public record CleanText(
        String text,
        Optional<String> title,
        Optional<String> source,
        Optional<String> url,
        Optional<LocalDate> publishedDate,
        Optional<String> dateline,
        List<String> captions,
        List<String> sourceTags,
        List<String> bylines,
        List<String> emphasis,
        List<String> pageKeywords) {

    /** Copies the lists and checks for nulls. */
    public CleanText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publishedDate, "publishedDate");
        Objects.requireNonNull(dateline, "dateline");
        captions = List.copyOf(captions);
        sourceTags = List.copyOf(sourceTags);
        bylines = List.copyOf(bylines);
        emphasis = List.copyOf(emphasis);
        pageKeywords = List.copyOf(pageKeywords);
    }

    /** {@return the terms the page marks beyond quotes and tags: its declared keywords, then its bold runs} */
    public List<String> marks() {
        return Stream.concat(pageKeywords.stream(), emphasis.stream()).toList();
    }
}

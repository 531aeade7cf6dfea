package io.github.jianbao;

import io.github.jianbao.internal.Simplified;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured summary of one article: its metadata, cleaned body text and everything found in it.
 *
 * <p>Every offset of {@link #sentences()} and {@link #tokens()} indexes {@link #text()}; a {@link Mention} or
 * {@link DateMention} indexes {@link #textOf(TextPart)} of its part, which is {@link #text()} for the body.
 *
 * @param title         the headline, without the site-name suffix; empty if the page has none
 * @param source        the outlet that wrote the article (e.g. 看中国); empty if unknown
 * @param url           the article's original address; empty if the page does not give it
 * @param publishedDate the publication date; empty if the page does not give it
 * @param dateline      the dateline as written (【看中国2020年5月26日讯】); empty if none
 * @param captions      the image captions, in page order
 * @param text          the cleaned body text, without title, dateline, captions and boilerplate
 * @param sentences     the body's sentences in order
 * @param tokens        the body's words in order, split as the Peking University standard splits them (江/泽民,
 *                      10万/元, 新/的); together they cover {@link #text()} except for white space
 * @param entities      places, organisations and persons, most salient first
 * @param dates         date and time expressions in article order, body first
 * @param keywords      keyword tags, best first
 * @param sourceTags    the tags the page itself carries, in page order
 * @param keySentences  the body sentences that best summarise the article, in article order
 */
public record ArticleSummary(
        Optional<String> title,
        Optional<String> source,
        Optional<String> url,
        Optional<LocalDate> publishedDate,
        Optional<String> dateline,
        List<String> captions,
        String text,
        List<Sentence> sentences,
        List<Token> tokens,
        List<Entity> entities,
        List<DateMention> dates,
        List<Keyword> keywords,
        List<String> sourceTags,
        List<String> keySentences) {

    private static final int TEXT_PREVIEW = 60;
    private static final int LIST_PREVIEW = 12;
    /** Entities whose salience reaches this share of the most salient one's are tags. */
    static final double ENTITY_TAG_SHARE = 0.5;
    /** At most this many entities become tags. */
    static final int ENTITY_TAGS = 5;

    /** Copies the lists, which makes them immutable and rejects null elements. */
    public ArticleSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publishedDate, "publishedDate");
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(text, "text");
        captions = List.copyOf(captions);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        keywords = List.copyOf(keywords);
        sourceTags = List.copyOf(sourceTags);
        keySentences = List.copyOf(keySentences);
    }

    /** {@return the entities of one type, most salient first; empty if none} */
    public List<Entity> entities(EntityType type) {
        Objects.requireNonNull(type, "type");
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /** {@return the places, most salient first; empty if none} */
    public List<Entity> places() {
        return entities(EntityType.PLACE);
    }

    /** {@return the organisations, most salient first; empty if none} */
    public List<Entity> organizations() {
        return entities(EntityType.ORGANIZATION);
    }

    /**
     * {@return the government bodies among the organisations, Chinese and foreign, most salient first; empty if none}
     */
    public List<Entity> agencies() {
        return entities.stream().filter(Entity::isAgency).toList();
    }

    /** {@return the persons, most salient first; empty if none} */
    public List<Entity> persons() {
        return entities(EntityType.PERSON);
    }

    /**
     * {@return the article's tag set for indexing: the page's own tags (score 1), then the keywords, then up to
     * {@value #ENTITY_TAGS} entities whose salience is at least {@value #ENTITY_TAG_SHARE} of the most salient's;
     * each term once (the first origin wins, letter case and script ignored), and an entity, or a keyword naming one,
     * left out when one of the entity's written forms is already a tag (杭州市卫健委 as a keyword stands for
     * 杭州市卫生健康委员会, the page tag 杭州 for the keyword 杭州市); empty if there are none}
     */
    public List<Tag> tags() {
        Map<String, Tag> tags = new LinkedHashMap<>();
        sourceTags.forEach(t -> tags.putIfAbsent(tagKey(t), new Tag(t, TagOrigin.PAGE, 1)));
        // A keyword that names an entity already tagged in another form (杭州市 after the page's 杭州) is that tag.
        Map<String, Entity> byForm = new HashMap<>();
        entities.forEach(e -> {
            byForm.putIfAbsent(tagKey(e.name()), e);
            e.mentions().forEach(m -> byForm.putIfAbsent(tagKey(m.text()), e));
        });
        keywords.forEach(k -> {
            Entity named = byForm.get(tagKey(k.term()));
            if (named == null || !isTagged(named, tags)) {
                tags.putIfAbsent(tagKey(k.term()), new Tag(k.term(), TagOrigin.KEYWORD, k.score()));
            }
        });
        double top = entities.stream().mapToDouble(Entity::salience).max().orElse(0);
        entities.stream().filter(e -> e.salience() > 0 && e.salience() >= ENTITY_TAG_SHARE * top)
                .filter(e -> !isTagged(e, tags))
                .limit(ENTITY_TAGS)
                .forEach(e -> tags.put(tagKey(e.name()), new Tag(e.name(), TagOrigin.ENTITY, e.salience())));
        return List.copyOf(tags.values());
    }

    private static boolean isTagged(Entity entity, Map<String, Tag> tags) {
        return tags.containsKey(tagKey(entity.name()))
                || entity.mentions().stream().anyMatch(m -> tags.containsKey(tagKey(m.text())));
    }

    private static String tagKey(String term) {
        return Simplified.view(term).toLowerCase(Locale.ROOT);
    }

    /** {@return the captions joined by line feeds, the text that {@link TextPart#CAPTION} offsets index} */
    public String captionText() {
        return String.join("\n", captions);
    }

    /** {@return the text that offsets of mentions in {@code part} index; empty if the article lacks that part} */
    public String textOf(TextPart part) {
        Objects.requireNonNull(part, "part");
        return switch (part) {
            case BODY -> text;
            case TITLE -> title.orElse("");
            case DATELINE -> dateline.orElse("");
            case CAPTION -> captionText();
        };
    }

    /** {@return a multi-line digest for reading in jshell: every field, long text and lists shortened} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("ArticleSummary[\n");
        line(out, "title", title.orElse("—"));
        line(out, "source", source.orElse("—"));
        line(out, "published", publishedDate.map(LocalDate::toString).orElse("—"));
        line(out, "url", url.orElse("—"));
        line(out, "dateline", dateline.orElse("—"));
        line(out, "text", shorten(text) + " (" + text.length() + " chars, " + sentences.size() + " sentences, "
                + tokens.size() + " tokens)");
        line(out, "captions", preview(captions.stream().map(ArticleSummary::shorten).toList()));
        line(out, "places", preview(names(places())));
        line(out, "organizations", preview(names(organizations())));
        line(out, "persons", preview(names(persons())));
        line(out, "dates", preview(dates.stream()
                .map(d -> d.text() + "=" + d.value().orElse("?")).toList()));
        line(out, "keywords", preview(keywords.stream().map(Keyword::toString).toList()));
        line(out, "sourceTags", preview(sourceTags));
        line(out, "tags", preview(tags().stream().map(t -> t.term() + " " + t.origin()).toList()));
        line(out, "keySentences", preview(keySentences.stream().map(ArticleSummary::shorten).toList()));
        return out.append(']').toString();
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(": ").append(value).append('\n');
    }

    private static String preview(List<String> items) {
        if (items.size() <= LIST_PREVIEW) {
            return items.toString();
        }
        return items.subList(0, LIST_PREVIEW).toString().replaceFirst("]$", ", … " + items.size() + " in all]");
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= TEXT_PREVIEW ? flat : flat.substring(0, TEXT_PREVIEW) + "…";
    }
}

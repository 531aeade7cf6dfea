package io.github.jianbao.stage;

import io.github.jianbao.Entity;
import io.github.jianbao.EntityType;
import io.github.jianbao.Mention;
import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Organizations;
import io.github.jianbao.internal.ner.CharNerTagger;
import io.github.jianbao.internal.ner.NamedSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places, organisations and persons of an article in its tagged parts and groups their mentions into
 * entities with canonical names and salience.
 *
 * <p>Needs: the tagged parts of one article and the reporters its byline names. Guarantees: entities ordered by
 * salience, each with at least one mention whose offsets index its part's text; no two mentions of one part overlap.
 * Sources, the first winning where mentions overlap: the bundled organisation list (short names written out, local
 * bodies joined to their place: 杭州市卫健委 → 杭州市卫生健康委员会), Latin-script names (Kevin Frayer) and bylines;
 * then the character-level tagger ({@link CharNerTagger}); then dictionary words HanLP tags as places.
 * Stateless and thread-safe.
 */
public final class EntityRecognizer implements Stage<EntityRecognizer.Input, List<Entity>> {
    /**
     * What the recognizer reads.
     *
     * @param parts   the article's tagged parts, body first
     * @param bylines reporters and authors named by the page
     */
    public record Input(List<TaggedText> parts, List<String> bylines) {
        /** Copies the lists. */
        public Input {
            parts = List.copyOf(parts);
            bylines = List.copyOf(bylines);
        }
    }

    private static final Pattern LATIN_NAME = Pattern.compile(
            "(?<![A-Za-z])(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \\u00A0](?:[A-Z][a-z]+|[A-Z]{2,})){1,2}(?![A-Za-z])");
    private static final Set<String> LATIN_ORG_WORDS = Set.of("Images", "News", "Press", "Agency", "Times", "Post",
            "Inc", "Corp", "Group", "University", "Institute", "Foundation", "Party", "Ministry", "Bank", "Company",
            "Association", "Council", "Committee", "Journal", "Network", "Media", "Television", "Radio", "Stock",
            "Domain", "Work", "Wiki");
    private static final Pattern BRACKETED_LATIN = Pattern.compile(
            "[（(]((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \\u00A0.-]+(?:[A-Z][a-z]+|[A-Z]{2,}|[a-z]{1,3}))*)[）)]");
    private static final String OPENERS = "（(《“「『【[";
    private static final String CLOSERS = "）)》”」』】]";
    private static final Set<String> PLACE_SUFFIXES = Set.of("省", "市", "县", "区", "州", "自治区", "特别行政区");
    private static final Map<TextPart, Double> PART_WEIGHT = Map.of(
            TextPart.TITLE, 3.0, TextPart.BODY, 1.0, TextPart.CAPTION, 0.5, TextPart.DATELINE, 0.25);
    private static final double LEAD_BONUS = 1.0;
    private static final int LEAD_CHARS = 200;

    private final Organizations organizations;
    private final CharNerTagger tagger;

    /** Creates a recognizer that knows the given organisations and tags with {@code tagger}. */
    public EntityRecognizer(Organizations organizations, CharNerTagger tagger) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    @Override
    public List<Entity> apply(Input input) {
        List<Found> found = new ArrayList<>();
        for (TaggedText part : input.parts()) {
            if (part.text().isBlank()) {
                continue;
            }
            List<Found> rules = new ArrayList<>();
            fromKnownOrganizations(part, rules);
            fromLatin(part, rules);
            fromBylines(part, input.bylines(), rules);
            List<Found> tagged = new ArrayList<>();
            fromTagger(part, tagged);
            List<Found> dictionary = new ArrayList<>();
            fromPlaceWords(part, dictionary);
            List<Found> kept = withoutOverlaps(List.of(rules, tagged, dictionary));
            kept.addAll(aliases(part, kept));
            found.addAll(kept);
        }
        return group(found);
    }

    /**
     * A Latin name in brackets right after a mention, 纳坦雅胡（Benjamin Netanyahu）, is another name of that
     * entity, not an entity of its own.
     */
    private List<Found> aliases(TaggedText part, List<Found> kept) {
        List<Found> aliases = new ArrayList<>();
        Matcher m = BRACKETED_LATIN.matcher(part.text());
        while (m.find()) {
            int open = m.start();
            kept.stream().filter(k -> k.mention().end() == open).findFirst().ifPresent(k -> aliases.add(new Found(
                    k.type(), k.name(), new Mention(m.group(1), m.start(1), m.end(1), part.part()))));
        }
        return aliases;
    }

    /** A mention with its type and canonical name, before grouping. */
    private record Found(EntityType type, String name, Mention mention) {
    }

    /** Organisations of the bundled list, as the segmenter keeps them whole, with a local body's place. */
    private void fromKnownOrganizations(TaggedText part, List<Found> out) {
        List<Token> tokens = part.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String view = part.view().substring(token.start(), token.end());
            if (organizations.find(view).isPresent() || organizations.fullSuffix(view).isPresent()) {
                add(part, EntityType.ORGANIZATION, placePrefixStart(tokens, i), token.end(), out);
            }
        }
    }

    private void fromTagger(TaggedText part, List<Found> out) {
        for (NamedSpan span : tagger.tag(part.view())) {
            int end = span.type() == EntityType.PERSON ? personEnd(part.view(), span.start(), span.end()) : span.end();
            if (end - span.start() >= 2) {
                add(part, span.type(), span.start(), end, out);
            }
        }
    }

    /**
     * The tagger sometimes runs a name into the next word (李志曾, 川普夫); when the name without its last character
     * is written far more often in the part, that shorter form is the name.
     */
    private static int personEnd(String text, int start, int end) {
        if (end - start < 3) {
            return end;
        }
        String name = text.substring(start, end);
        int shorter = count(text, name.substring(0, name.length() - 1));
        return shorter >= 2 * count(text, name) && shorter >= 3 ? end - 1 : end;
    }

    private static int count(String text, String term) {
        int n = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
            n++;
        }
        return n;
    }

    /** Words HanLP's dictionary knows as places, which the tagger may miss in short parts such as captions. */
    private void fromPlaceWords(TaggedText part, List<Found> out) {
        for (Token token : part.tokens()) {
            if (token.tag().startsWith("ns") && token.text().length() >= 2) {
                add(part, EntityType.PLACE, token.start(), token.end(), out);
            }
        }
    }

    /**
     * 浙江省 + 卫健委, 印度 + 外交部: an organisation's name takes the place names right before it as its prefix.
     */
    private static int placePrefixStart(List<Token> tokens, int orgIndex) {
        Token org = tokens.get(orgIndex);
        int start = org.start();
        for (int j = orgIndex - 1; j >= 0; j--) {
            Token previous = tokens.get(j);
            if (previous.end() != start || !previous.tag().startsWith("ns")) {
                break;
            }
            start = previous.start();
        }
        return start;
    }

    private void fromLatin(TaggedText part, List<Found> out) {
        Matcher m = LATIN_NAME.matcher(part.text());
        while (m.find()) {
            if (isBracketedAlias(part.text(), m.start(), m.end())) {
                continue;
            }
            String[] words = m.group().split("[ \\u00A0]");
            boolean org = LATIN_ORG_WORDS.contains(words[words.length - 1]);
            add(part, org ? EntityType.ORGANIZATION : EntityType.PERSON, m.start(), m.end(), out);
        }
    }

    private static boolean isBracketedAlias(String text, int start, int end) {
        return start >= 2 && "（(".indexOf(text.charAt(start - 1)) >= 0 && end < text.length()
                && "）)".indexOf(text.charAt(end)) >= 0 && Character.isIdeographic(text.charAt(start - 2));
    }

    private void fromBylines(TaggedText part, List<String> bylines, List<Found> out) {
        for (String name : bylines) {
            for (int at = part.text().indexOf(name); at >= 0; at = part.text().indexOf(name, at + name.length())) {
                add(part, EntityType.PERSON, at, at + name.length(), out);
            }
        }
    }

    private void add(TaggedText part, EntityType type, int from, int to, List<Found> out) {
        String text = part.text();
        int start = from;
        int end = to;
        int open = indexOfUnclosed(text, start, end);
        if (open >= 0) {
            end = open;
        }
        while (start < end && !isNameChar(text.charAt(start))) {
            start++;
        }
        while (end > start && !isNameChar(text.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2 || text.substring(start, end).indexOf('\n') >= 0) {
            return;
        }
        String written = text.substring(start, end);
        String view = part.view().substring(start, end);
        if (type == EntityType.ORGANIZATION && (organizations.isBareSuffix(view) || !organizations.isPlausible(view)
                && !LATIN_NAME.matcher(view).matches())) {
            return;
        }
        String name = type == EntityType.ORGANIZATION ? organizations.canonical(view) : view;
        out.add(new Found(type, name, new Mention(written, start, end, part.part())));
    }

    /** A name may hold letters, digits, ideographs and the middle dot of transliterated names; nothing else at its edges. */
    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '·' || Character.isSurrogate(c);
    }

    /** {@return the offset of an opening bracket or quote in {@code [start, end)} not closed inside; -1 if none} */
    private static int indexOfUnclosed(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            int kind = OPENERS.indexOf(text.charAt(i));
            if (kind >= 0 && text.substring(i, end).indexOf(CLOSERS.charAt(kind)) < 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Keeps mentions that overlap none kept before: sources in order of trust, within a source the longest first.
     */
    private static List<Found> withoutOverlaps(List<List<Found>> sources) {
        List<Found> kept = new ArrayList<>();
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();  // start -> end of kept mentions
        for (List<Found> source : sources) {
            List<Found> byLength = new ArrayList<>(source);
            byLength.sort(Comparator.comparingInt((Found f) -> f.mention().end() - f.mention().start()).reversed());
            for (Found candidate : byLength) {
                int start = candidate.mention().start();
                int end = candidate.mention().end();
                Map.Entry<Integer, Integer> before = taken.floorEntry(start);
                Integer after = taken.ceilingKey(start);
                if ((before == null || before.getValue() <= start) && (after == null || after >= end)) {
                    kept.add(candidate);
                    taken.put(start, end);
                }
            }
        }
        return kept;
    }

    private List<Entity> group(List<Found> found) {
        Map<String, String> placeNames = placeCanonicals(found);
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (Found f : found) {
            String name = f.type() == EntityType.PLACE ? placeNames.get(f.name()) : f.name();
            String key = f.type() + "\t" + name;
            mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(f.mention());
            types.put(key, f.type());
        }
        Map<String, Double> weights = new HashMap<>();
        mentions.forEach((key, list) -> weights.put(key, list.stream().mapToDouble(this::weight).sum()));
        double max = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((key, list) -> {
            List<Mention> ordered = list.stream().sorted(Comparator.comparing(Mention::part)
                    .thenComparingInt(Mention::start)).toList();
            entities.add(new Entity(types.get(key), key.substring(key.indexOf('\t') + 1), ordered,
                    weights.get(key) / max));
        });
        entities.sort(Comparator.comparingDouble(Entity::salience).reversed());
        return entities;
    }

    /** 杭州 and 杭州市 in one article are one place, named by the longer form. */
    private static Map<String, String> placeCanonicals(List<Found> found) {
        Set<String> names = new java.util.HashSet<>();
        found.stream().filter(f -> f.type() == EntityType.PLACE).forEach(f -> names.add(f.name()));
        Map<String, String> canonical = new HashMap<>();
        for (String name : names) {
            String full = name;
            for (String suffix : PLACE_SUFFIXES) {
                if (names.contains(name + suffix)) {
                    full = name + suffix;
                    break;
                }
            }
            canonical.put(name, full);
        }
        return canonical;
    }

    private double weight(Mention mention) {
        double weight = PART_WEIGHT.get(mention.part());
        if (mention.part() == TextPart.BODY && mention.start() < LEAD_CHARS) {
            weight += LEAD_BONUS;
        }
        return weight;
    }
}

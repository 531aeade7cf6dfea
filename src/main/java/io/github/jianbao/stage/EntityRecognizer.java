package io.github.jianbao.stage;

import io.github.jianbao.Entity;
import io.github.jianbao.EntityType;
import io.github.jianbao.Mention;
import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Organizations;
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
 * Sources: HanLP's role tags (nr, ns, nt), the bundled organisation list (short names written out, local bodies
 * joined to their place: 杭州市卫健委 → 杭州市卫生健康委员会), Latin-script names (Kevin Frayer) and bylines.
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
    private static final Set<String> PLACE_SUFFIXES = Set.of("省", "市", "县", "区", "州", "自治区", "特别行政区");
    private static final Map<TextPart, Double> PART_WEIGHT = Map.of(
            TextPart.TITLE, 3.0, TextPart.BODY, 1.0, TextPart.CAPTION, 0.5, TextPart.DATELINE, 0.25);
    private static final double LEAD_BONUS = 1.0;
    private static final int LEAD_CHARS = 200;

    private final Organizations organizations;

    /** Creates a recognizer that knows the given organisations. */
    public EntityRecognizer(Organizations organizations) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    @Override
    public List<Entity> apply(Input input) {
        List<Found> found = new ArrayList<>();
        for (TaggedText part : input.parts()) {
            List<Found> inPart = new ArrayList<>();
            fromTokens(part, inPart);
            fromLatin(part, inPart);
            fromBylines(part, input.bylines(), inPart);
            found.addAll(withoutOverlaps(inPart));
        }
        return group(found);
    }

    /** A mention with its type and canonical name, before grouping. */
    private record Found(EntityType type, String name, Mention mention) {
    }

    private void fromTokens(TaggedText part, List<Found> out) {
        List<Token> tokens = part.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            EntityType type = typeOf(token.tag());
            if (type == null || token.text().length() < 2) {
                continue;
            }
            int start = token.start();
            if (type == EntityType.ORGANIZATION) {
                start = placePrefixStart(tokens, i);
            }
            add(part, type, start, token.end(), out);
        }
    }

    /** 浙江省 + 卫健委: a local body's suffix takes the place names right before it as its prefix. */
    private int placePrefixStart(List<Token> tokens, int orgIndex) {
        Token org = tokens.get(orgIndex);
        if (organizations.fullSuffix(org.text()).isEmpty()) {
            return org.start();
        }
        int start = org.start();
        for (int j = orgIndex - 1; j >= 0; j--) {
            Token previous = tokens.get(j);
            if (previous.end() != start || typeOf(previous.tag()) != EntityType.PLACE) {
                break;
            }
            start = previous.start();
        }
        return start;
    }

    private static EntityType typeOf(String tag) {
        if (tag.startsWith("nr")) {
            return EntityType.PERSON;
        }
        if (tag.startsWith("ns")) {
            return EntityType.PLACE;
        }
        if (tag.startsWith("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    private void fromLatin(TaggedText part, List<Found> out) {
        Matcher m = LATIN_NAME.matcher(part.text());
        while (m.find()) {
            String[] words = m.group().split("[ \\u00A0]");
            boolean org = LATIN_ORG_WORDS.contains(words[words.length - 1]);
            add(part, org ? EntityType.ORGANIZATION : EntityType.PERSON, m.start(), m.end(), out);
        }
    }

    private void fromBylines(TaggedText part, List<String> bylines, List<Found> out) {
        for (String name : bylines) {
            for (int at = part.text().indexOf(name); at >= 0; at = part.text().indexOf(name, at + name.length())) {
                add(part, EntityType.PERSON, at, at + name.length(), out);
            }
        }
    }

    private void add(TaggedText part, EntityType type, int start, int end, List<Found> out) {
        String written = part.text().substring(start, end);
        String view = part.view().substring(start, end);
        if (type == EntityType.ORGANIZATION && (organizations.isBareSuffix(view) || !organizations.isPlausible(view)
                && !LATIN_NAME.matcher(view).matches())) {
            return;
        }
        String name = type == EntityType.ORGANIZATION ? organizations.canonical(view) : view;
        out.add(new Found(type, name, new Mention(written, start, end, part.part())));
    }

    /** Keeps the longest of overlapping mentions, the earliest-found on a tie (tokens before rules). */
    private static List<Found> withoutOverlaps(List<Found> found) {
        List<Found> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((Found f) -> f.mention().end() - f.mention().start()).reversed());
        List<Found> kept = new ArrayList<>();
        for (Found candidate : byLength) {
            boolean overlaps = kept.stream().anyMatch(k -> k.mention().start() < candidate.mention().end()
                    && candidate.mention().start() < k.mention().end());
            if (!overlaps) {
                kept.add(candidate);
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

package io.github.jianbao.stage;

import io.github.jianbao.AdminDivision;
import io.github.jianbao.Entity;
import io.github.jianbao.EntityType;
import io.github.jianbao.Mention;
import io.github.jianbao.OrganizationKind;
import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Organizations;
import io.github.jianbao.internal.Places;
import io.github.jianbao.internal.ner.CharNerTagger;
import io.github.jianbao.internal.ner.NamedSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places, organisations and persons of an article in its tagged parts and groups their mentions into
 * entities with canonical names and salience.
 *
 * <p>Needs: the tagged parts of one article and the reporters its byline names. Guarantees: entities ordered by
 * salience, each with at least one mention whose offsets index its part's text; no two mentions of one part overlap,
 * except that a body's place is also a mention of that place (杭州市 in 杭州市卫健委).
 * Sources, the first winning where mentions overlap: the bundled organisation list (short names written out, local
 * bodies joined to their place: 杭州市卫健委 → 杭州市卫生健康委员会), Latin-script names (Kevin Frayer) and bylines;
 * then the gazetteer's place names ({@link Places}: divisions, countries, foreign places) on word boundaries; then the
 * character-level tagger ({@link CharNerTagger}); then dictionary words HanLP tags as places. Places are resolved
 * through the gazetteer (杭州 and 杭州市 are one entity, 杭州市 330100 in 浙江省), organisations get their kind and
 * country, persons lose their titles (记者, 发言人) and a transliterated full name takes in its surname (唐纳德·川普
 * and 川普). Generic phrases the tagger takes for organisations (该案律师团队, 市政厅) and common words it takes for
 * places (太阳) are left out. Stateless and thread-safe.
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

    /** Words that end a street's name: 中山路 is no place 中山. */
    private static final Set<String> STREET_WORDS = Set.of("路", "街", "大街", "大道", "巷", "胡同", "弄", "道", "路口");
    /** Words that make a place name into an organisation's: 波士顿 + 大学, 渥太华 + 市府. */
    private static final Set<String> ORGANIZATION_HEADS = Set.of("大学", "学院", "银行", "公司", "集团", "医院", "日报",
            "时报", "晚报", "市府", "市政府", "州政府", "省政府", "大使馆", "领事馆", "总领事馆", "议会", "警方", "警察局");
    /** Determiners and pronouns: 该案律师团队, 本院, 其公司 name no particular organisation. */
    private static final String GENERIC_STARTS = "该本此这那其各我贵某每诸全另";
    /** One level character and a body: 省议会, 市政厅, 县政府 name none in particular. */
    private static final Pattern BARE_LEVEL_BODY = Pattern.compile("[省市县区州镇乡村][^省市县区州镇乡村]{1,4}");
    /** Titles and roles written before a name, which are not part of it. */
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(?:(?:特约|首席|资深|驻华|驻京)?记者|发言人|主持人|编辑|通讯员"
            + "|总统|总理|主席|副主席|部长|省长|市长|县长|书记|局长|主任|院长|校长|教授|博士|医生|律师|法官|议员|大使|总裁|董事长"
            + "|先生|女士|外长|国务卿|牧师|神父|将军)");
    /** Licence notes in captions, (Public Domain), CC BY-SA: no names. */
    private static final Set<String> LICENCE_WORDS = Set.of("Public", "Domain", "Creative", "Commons", "License",
            "Licence", "CC");
    private static final Set<String> LATIN_NOT_NAME_WORDS = Set.of("By", "BY", "CC", "SA", "ND", "NC", "Via", "Photo",
            "Getty", "AFP", "AP", "EPA", "REUTERS", "Reuters", "Wikimedia", "Commons", "The", "Image", "Images",
            "Public", "Domain", "Creative", "License", "Licence");

    private final Organizations organizations;
    private final Places places;
    private final CharNerTagger tagger;

    /** Creates a recognizer that knows the given organisations and the bundled places, and tags with {@code tagger}. */
    public EntityRecognizer(Organizations organizations, CharNerTagger tagger) {
        this(organizations, Places.bundled(), tagger);
    }

    /** Creates a recognizer that knows the given organisations and places and tags with {@code tagger}. */
    public EntityRecognizer(Organizations organizations, Places places, CharNerTagger tagger) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.places = Objects.requireNonNull(places, "places");
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
            List<NamedSpan> spans = tagger.tag(part.view());
            Boundaries boundaries = new Boundaries(part);
            List<Found> gazetteer = new ArrayList<>();
            fromGazetteer(part, boundaries, spans, gazetteer);
            List<Found> tagged = new ArrayList<>();
            fromTagger(part, boundaries, spans, tagged);
            List<Found> taggedOrganizations = tagged.stream().filter(f -> f.type() == EntityType.ORGANIZATION)
                    .toList();
            tagged.removeAll(taggedOrganizations);
            List<Found> dictionary = new ArrayList<>();
            fromPlaceWords(part, boundaries, dictionary);
            List<Found> kept = withoutOverlaps(List.of(widerThan(rules, taggedOrganizations), taggedOrganizations,
                    gazetteer, tagged, dictionary));
            kept.addAll(aliases(part, kept));
            kept.addAll(placesOfBodies(part, kept));
            found.addAll(kept);
        }
        // The outlet a bracketed banner names, 【看中国2020年5月26日讯】, publishes the article (its source()) and is
        // no entity of the story; a wire dateline, 新华社巴黎12月9日电, credits the agency, which stays.
        Set<String> publishers = new HashSet<>();
        input.parts().stream().filter(p -> p.part() == TextPart.DATELINE).forEach(dateline ->
                found.stream().filter(f -> f.type() == EntityType.ORGANIZATION
                        && f.mention().part() == TextPart.DATELINE && f.mention().start() > 0
                        && "【[(（".indexOf(dateline.text().charAt(f.mention().start() - 1)) >= 0)
                        .forEach(f -> publishers.add(f.name())));
        found.removeIf(f -> f.type() == EntityType.ORGANIZATION && publishers.contains(f.name()));
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

    /**
     * A government body names its place: 杭州市卫健委 mentions 杭州市, 旧金山联邦法院 旧金山; so does a place and a head word:
     * 波士顿大学 mentions 波士顿. Known names such as 中国人民银行 are names, not a place and a body.
     */
    private List<Found> placesOfBodies(TaggedText part, List<Found> kept) {
        List<Found> out = new ArrayList<>();
        for (Found f : kept) {
            Mention m = f.mention();
            if (f.type() != EntityType.ORGANIZATION || organizations.find(part.view().substring(m.start(), m.end()))
                    .isPresent()) {
                continue;
            }
            for (int end = m.end() - 2; end >= m.start() + 2; end--) {
                String prefix = part.view().substring(m.start(), end);
                Optional<Places.Place> place = places.resolve(prefix, List.of());
                if (place.isPresent() && (isGovernment(organizations.kindOf(f.name()))
                        || ORGANIZATION_HEADS.contains(part.view().substring(end, m.end())))) {
                    out.add(new Found(EntityType.PLACE, prefix, new Mention(part.text().substring(m.start(), end),
                            m.start(), end, part.part())));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isGovernment(OrganizationKind kind) {
        return kind == OrganizationKind.AGENCY || kind == OrganizationKind.PARTY;
    }

    /** A mention with its type and canonical name, before grouping. */
    private record Found(EntityType type, String name, Mention mention) {
    }

    /** Organisations of the bundled list, as the segmenter keeps them whole, with a local body's place. */
    private void fromKnownOrganizations(TaggedText part, List<Found> out) {
        List<Token> tokens = part.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            // Simplified text is its own view: the token's string (hash already cached) serves both lookups.
            String view = part.view() == part.text() ? token.text() : part.view().substring(token.start(), token.end());
            if (organizations.find(view).isPresent() || organizations.fullSuffix(view).isPresent()) {
                add(part, EntityType.ORGANIZATION, placePrefixStart(tokens, i), token.end(), out);
            }
        }
    }

    /**
     * Where the part's words start and end, and which words are proper names; a place name found inside a word
     * (朝鲜 in 朝鲜族) is none.
     */
    private static final class Boundaries {
        private final boolean[] starts;
        private final boolean[] ends;
        private final int[] tokenAt;
        private final List<Token> tokens;

        Boundaries(TaggedText part) {
            int n = part.text().length();
            starts = new boolean[n + 1];
            ends = new boolean[n + 1];
            tokenAt = new int[n + 1];
            Arrays.fill(tokenAt, -1);
            tokens = part.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                starts[t.start()] = true;
                ends[t.end()] = true;
                for (int c = t.start(); c < t.end(); c++) {
                    tokenAt[c] = i;
                }
            }
        }

        boolean endsAt(int offset) {
            return ends[offset];
        }

        boolean aligned(int start, int end) {
            return starts[start] && ends[end];
        }

        /** {@return the word that starts at {@code offset}; null if none} */
        Token tokenStartingAt(int offset) {
            int i = offset < tokenAt.length ? tokenAt[offset] : -1;
            return i >= 0 && tokens.get(i).start() == offset ? tokens.get(i) : null;
        }

        /** {@return whether a word in {@code [start, end)} is a proper name by its tag: place, person, organisation} */
        boolean hasProperWord(int start, int end) {
            for (int c = start; c < end; c++) {
                int i = tokenAt[c];
                if (i >= 0 && isProperTag(tokens.get(i).tag())) {
                    return true;
                }
            }
            return false;
        }

        /** {@return whether the one word spanning exactly {@code [start, end)} is tagged as a person's name} */
        boolean isPersonWord(int start, int end) {
            Token t = tokenStartingAt(start);
            return t != null && t.end() == end && t.tag().startsWith("nr");
        }

        /** {@return whether the word after {@code end} ends a street's name (中山 + 路)} */
        boolean streetFollows(int end) {
            Token next = tokenStartingAt(end);
            return next != null && STREET_WORDS.contains(next.text());
        }
    }

    private static boolean isProperTag(String tag) {
        return tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("nz")
                || tag.equals("j") || tag.equals("nx") || tag.equals("nf");
    }

    /**
     * Gazetteer names on word boundaries. A short form (杭州, 沈阳) is a place only where no word or tagged span says
     * it is a person, and no street word follows.
     */
    private void fromGazetteer(TaggedText part, Boundaries boundaries, List<NamedSpan> spans, List<Found> out) {
        for (Places.Hit hit : places.find(part.view())) {
            if (!boundaries.aligned(hit.start(), hit.end()) || boundaries.streetFollows(hit.end())) {
                continue;
            }
            Token next = boundaries.tokenStartingAt(hit.end());
            if (next != null && ORGANIZATION_HEADS.contains(next.text())) {
                add(part, EntityType.ORGANIZATION, hit.start(), next.end(), out);
                continue;
            }
            if (hit.shortForm() && (boundaries.isPersonWord(hit.start(), hit.end()) || spans.stream().anyMatch(s ->
                    s.type() == EntityType.PERSON && s.start() < hit.end() && hit.start() < s.end()))) {
                continue;
            }
            add(part, EntityType.PLACE, hit.start(), hit.end(), out);
        }
    }

    private void fromTagger(TaggedText part, Boundaries boundaries, List<NamedSpan> spans, List<Found> out) {
        for (NamedSpan span : spans) {
            int start = span.start();
            int end = span.end();
            switch (span.type()) {
                case PERSON -> {
                    end = personEnd(part.view(), start, end);
                    // 川普周五: the name's last character starts a word (周五) that runs past it.
                    if (end - start >= 3 && !boundaries.endsAt(end) && boundaries.endsAt(end - 1)) {
                        end--;
                    }
                    start = afterTitle(part.view(), start, end);
                }
                case PLACE -> {
                    if (boundaries.streetFollows(end) || !isPlaceLike(part.view().substring(start, end), boundaries,
                            start, end)) {
                        continue;
                    }
                }
                case ORGANIZATION -> {
                    if (isGeneric(part.view().substring(start, end), boundaries, start, end)) {
                        continue;
                    }
                }
            }
            if (end - start >= 2) {
                add(part, span.type(), start, end, out);
            }
        }
    }

    /** 记者杨畅 → 杨畅, 外交部发言人赵立坚 → 赵立坚 (the tagger leaves 外交部 out already). */
    private static int afterTitle(String text, int start, int end) {
        Matcher m = TITLE_PREFIX.matcher(text.substring(start, end));
        return m.find() && end - start - m.end() >= 2 ? start + m.end() : start;
    }

    /** A place the gazetteer does not know is kept when it is long enough or a word tagged as a place (not 太阳). */
    private boolean isPlaceLike(String name, Boundaries boundaries, int start, int end) {
        if (places.resolve(name, List.of()).isPresent() || name.length() >= 3) {
            return true;
        }
        for (int c = start; c < end; c++) {
            Token t = boundaries.tokenStartingAt(c);
            if (t != null && t.tag().startsWith("ns")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An organisation the tagger finds is generic when it opens with a determiner (该案律师团队), is a level and a
     * body (省议会, 市政厅), or has no proper name in it (律师服务团队, 外交委员会), unless it is a known one.
     */
    private boolean isGeneric(String name, Boundaries boundaries, int start, int end) {
        if (organizations.find(name).isPresent() || LATIN_NAME.matcher(name).find()) {
            return false;
        }
        return GENERIC_STARTS.indexOf(name.charAt(0)) >= 0 || BARE_LEVEL_BODY.matcher(name).matches()
                || !boundaries.hasProperWord(start, end);
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
    private void fromPlaceWords(TaggedText part, Boundaries boundaries, List<Found> out) {
        for (Token token : part.tokens()) {
            if (token.tag().startsWith("ns") && token.text().length() >= 2 && !boundaries.streetFollows(token.end())) {
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
            int start = m.start();
            if (Arrays.stream(words).anyMatch(LICENCE_WORDS::contains)) {
                continue;
            }
            if (!org && LATIN_NOT_NAME_WORDS.contains(words[0])) {
                if (words.length < 3 || LATIN_NOT_NAME_WORDS.contains(words[1])) {
                    continue;
                }
                start += words[0].length() + 1;
            }
            if (!org && Arrays.stream(words).skip(start > m.start() ? 1 : 0)
                    .anyMatch(LATIN_NOT_NAME_WORDS::contains)) {
                continue;
            }
            add(part, org ? EntityType.ORGANIZATION : EntityType.PERSON, start, m.end(), out);
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
     * {@return the rule mentions without those that a tagged organisation holds and runs past: 武汉大学 in
     * 武汉大学中国乡村治理中心 is part of a longer name}
     */
    private static List<Found> widerThan(List<Found> rules, List<Found> organizations) {
        return rules.stream().filter(r -> organizations.stream().noneMatch(o ->
                o.mention().start() <= r.mention().start() && r.mention().end() <= o.mention().end()
                        && o.mention().end() - o.mention().start() > r.mention().end() - r.mention().start()))
                .toList();
    }

    /**
     * Keeps mentions that overlap none kept before: sources in order of trust, within a source the longest first.
     */
    private static List<Found> withoutOverlaps(List<List<Found>> sources) {
        List<Found> kept = new ArrayList<>();
        TreeMap<Integer, Integer> taken = new TreeMap<>();  // start -> end of kept mentions
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

    /** What an entity resolves to, beyond its type and name. */
    private record Resolution(String name, Optional<OrganizationKind> kind, Optional<AdminDivision> division,
            Optional<String> country) {
    }

    private List<Entity> group(List<Found> unchecked) {
        List<Found> found = withPersonsTrimmed(unchecked);
        Map<String, Resolution> placeNames = resolvePlaces(found);
        Map<String, String> personNames = personFullNames(found);
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        Map<String, Resolution> resolutions = new HashMap<>();
        for (Found f : found) {
            Resolution r = switch (f.type()) {
                case PLACE -> placeNames.get(f.name());
                case ORGANIZATION -> resolveOrganization(f.name());
                case PERSON -> new Resolution(personNames.getOrDefault(f.name(), f.name()), Optional.empty(),
                        Optional.empty(), Optional.empty());
            };
            String key = f.type() + "\t" + r.name();
            mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(f.mention());
            types.put(key, f.type());
            resolutions.putIfAbsent(key, r);
        }
        Map<String, Double> weights = new HashMap<>();
        mentions.forEach((key, list) -> weights.put(key, list.stream().mapToDouble(this::weight).sum()));
        double max = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((key, list) -> {
            List<Mention> ordered = list.stream().sorted(Comparator.comparing(Mention::part)
                    .thenComparingInt(Mention::start)).toList();
            Resolution r = resolutions.get(key);
            entities.add(new Entity(types.get(key), r.name(), ordered, weights.get(key) / max, r.kind(),
                    r.division(), r.country()));
        });
        entities.sort(Comparator.comparingDouble(Entity::salience).reversed());
        return entities;
    }

    /**
     * Resolves every place name of the article through the gazetteer, divisions found unambiguously giving the
     * context for the rest (朝阳区 with 北京 is Beijing's). 亚特兰大市 is tried as 亚特兰大 too. What the gazetteer does
     * not know keeps its name, 杭州 merging into 杭州市 when both are written.
     */
    private Map<String, Resolution> resolvePlaces(List<Found> found) {
        Set<String> names = new HashSet<>();
        found.stream().filter(f -> f.type() == EntityType.PLACE).forEach(f -> names.add(f.name()));
        List<AdminDivision> context = new ArrayList<>();
        for (String name : names) {
            resolvePlace(name, List.of()).flatMap(Places.Place::division).ifPresent(context::add);
        }
        Map<String, Resolution> resolved = new HashMap<>();
        for (String name : names) {
            Optional<Places.Place> place = resolvePlace(name, context);
            if (place.isPresent()) {
                Places.Place p = place.get();
                resolved.put(name, new Resolution(p.name(), Optional.empty(), p.division(), p.country()));
                continue;
            }
            String full = name;
            for (String suffix : PLACE_SUFFIXES) {
                if (names.contains(name + suffix)) {
                    full = name + suffix;
                    break;
                }
            }
            resolved.put(name, new Resolution(full, Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return resolved;
    }

    private Optional<Places.Place> resolvePlace(String name, List<AdminDivision> context) {
        Optional<Places.Place> place = places.resolve(name, context);
        if (place.isEmpty() && name.length() >= 3 && PLACE_SUFFIXES.contains(name.substring(name.length() - 1))) {
            place = places.resolve(name.substring(0, name.length() - 1), context)
                    .filter(p -> p.division().isEmpty());
        }
        return place;
    }

    /**
     * An organisation's kind from the list or its name; its country and division from the list or from the place
     * its name opens with (杭州市卫生健康委员会 → 杭州市, CN; 美国国务院 → US).
     */
    private Resolution resolveOrganization(String name) {
        OrganizationKind kind = organizations.kindOf(name);
        Optional<Organizations.Known> known = organizations.find(name);
        if (known.isPresent()) {
            return new Resolution(name, Optional.of(kind), Optional.empty(), known.get().country());
        }
        for (int end = Math.min(name.length() - 1, 12); end >= 2; end--) {
            Optional<Places.Place> place = places.resolve(name.substring(0, end), List.of());
            if (place.isPresent()) {
                return new Resolution(name, Optional.of(kind), place.get().division(), place.get().country());
            }
        }
        return new Resolution(name, Optional.of(kind), Optional.empty(), Optional.empty());
    }

    /**
     * The tagger runs a name into the next character (唐纳德·川普周, 川普夫人): where the name without its last
     * character, or its surname without it, is a person found elsewhere in the article, that is the name.
     */
    private static List<Found> withPersonsTrimmed(List<Found> found) {
        Set<String> persons = new HashSet<>();
        found.stream().filter(f -> f.type() == EntityType.PERSON).forEach(f -> persons.add(f.name()));
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String name = f.name();
            if (f.type() == EntityType.PERSON && name.length() >= 4 && !name.endsWith("·")) {
                String shorter = name.substring(0, name.length() - 1);
                String surname = shorter.substring(shorter.lastIndexOf('·') + 1);
                if (!persons.contains(name.substring(name.lastIndexOf('·') + 1)) && (persons.contains(shorter)
                        || shorter.indexOf('·') > 0 && surname.length() >= 2 && persons.contains(surname))) {
                    Mention m = f.mention();
                    f = new Found(f.type(), shorter, new Mention(m.text().substring(0, m.text().length() - 1),
                            m.start(), m.end() - 1, m.part()));
                }
            }
            out.add(f);
        }
        return out;
    }

    /** 唐纳德·川普 and 川普 in one article are one person, named by the full form. */
    private static Map<String, String> personFullNames(List<Found> found) {
        Map<String, String> full = new HashMap<>();
        found.stream().filter(f -> f.type() == EntityType.PERSON).map(Found::name)
                .filter(n -> n.indexOf('·') > 0).forEach(n -> {
                    String surname = n.substring(n.lastIndexOf('·') + 1);
                    if (surname.length() >= 2) {
                        full.merge(surname, n, (a, b) -> a.length() >= b.length() ? a : b);
                    }
                });
        return full;
    }

    private double weight(Mention mention) {
        double weight = PART_WEIGHT.get(mention.part());
        if (mention.part() == TextPart.BODY && mention.start() < LEAD_CHARS) {
            weight += LEAD_BONUS;
        }
        return weight;
    }
}

package io.github.jianbao.stage;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.github.jianbao.AdminDivision;
import io.github.jianbao.Entity;
import io.github.jianbao.EntityType;
import io.github.jianbao.Mention;
import io.github.jianbao.OrganizationKind;
import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.internal.Organizations;
import io.github.jianbao.internal.Places;
import io.github.jianbao.internal.Texts;
import io.github.jianbao.internal.ner.CharNerTagger;
import io.github.jianbao.internal.ner.ListedNames;
import io.github.jianbao.internal.ner.NameRepeats;
import io.github.jianbao.internal.ner.PlaceAbbreviations;
import io.github.jianbao.internal.ner.SurnameMentions;
import io.github.jianbao.internal.ner.NamedSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
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
 * bodies joined to their place: 杭州市卫健委 → 杭州市卫生健康委员会), Latin-script names (Kevin Frayer), outlets a
 * report is attributed to (据上游新闻报道) and bylines;
 * then the gazetteer's place names ({@link Places}: divisions, countries, foreign places) on word boundaries; then the
 * character-level tagger ({@link CharNerTagger}), whose persons and places found anywhere in the article also mark
 * the mentions it missed elsewhere in it ({@link NameRepeats}) and the names it missed in a list of persons
 * ({@link ListedNames}: 汪洋 in 李克强、汪洋、王沪宁) or before a form of address ({@link SurnameMentions}: 靳 of
 * 靳教授); then dictionary words HanLP tags as places; then places of one character in runs, lists, relations and
 * after verbs of going ({@link PlaceAbbreviations}: 港澳 is 香港 and 澳门, 沪 of 返沪 上海). Places are
 * resolved through the gazetteer (杭州 and 杭州市 are one entity, 杭州市 330100 in 浙江省), and a place the press names
 * by one character takes its full name (美 of 中美 is 美国); organisations get their kind and country, and a level and
 * a body (市纪委) become the body of the article's one division of that level (杭州市纪律检查委员会); persons lose their
 * titles (记者, 发言人, the 女士 of 黄女士), a transliterated full name takes in its surname (唐纳德·川普 and 川普) and a
 * surname alone is the article's one person of that surname (阮 of 阮承志). Generic phrases the tagger takes for
 * organisations (该案律师团队, 市政厅) and common words it takes for places (太阳) are left out; a tagged organisation
 * with no proper word in it stays when a Latin name glosses it (石油输出国组织(OPEC)), when HanLP splits it into the
 * fragments of a name it does not know (太/d 合/v 音乐集团), when it is listed beside a named one (国务院、国土安全部),
 * when it is of a nation's scope (中央气象台) or when it is one dictionary word of an agency or party (铁道部).
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

    /** One word of a Latin-script name: Kevin, María, Zúñiga, O’Toole, Dukes-Eddy, AFP. */
    private static final String LATIN_WORD = "(?:\\p{Lu}(?:[’']\\p{Lu})?\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}{2,})";
    private static final Pattern LATIN_NAME = Pattern.compile(
            "(?<!\\p{IsLatin})" + LATIN_WORD + "(?:[ \\u00A0]" + LATIN_WORD + "){1,3}(?!\\p{IsLatin})");
    private static final Set<String> LATIN_ORG_WORDS = Set.of("Images", "News", "Press", "Agency", "Times", "Post",
            "Inc", "Corp", "Group", "University", "Institute", "Foundation", "Party", "Ministry", "Bank", "Company",
            "Association", "Council", "Committee", "Journal", "Network", "Media", "Television", "Radio", "Stock",
            "Domain", "Work", "Wiki", "College", "School", "Airline", "Airlines", "Airways", "Studio", "Studios",
            "Insights", "Today", "Guard", "Army", "Navy", "Reserve", "Police", "Department", "Office", "Center",
            "Centre", "Hospital", "Fund", "Ltd", "LLC", "Club", "Union", "Court", "Commission");
    private static final Pattern BRACKETED_LATIN = Pattern.compile(
            "[（(](" + LATIN_WORD + "(?:[ \\u00A0.-]+(?:" + LATIN_WORD + "|\\p{Ll}{1,3}))*)[）)]");
    private static final String OPENERS = "（(《“「『【[";
    private static final String CLOSERS = "）)》”」』】]";
    /** Punctuation that ends a clause or separates list items: no name holds it. */
    private static final String CLAUSE_MARKS = "，。！？；：、";
    private static final String CLOSING_QUOTES = "”」』’\"";
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
    /**
     * A numbered middle school's short name after a Chinese division's: 桃江 + 四中 (桃江县第四中学), 北京 + 八中. The
     * segmenter keeps 四中 one word there, but not in 十九届四中全会 or 一中原则.
     */
    private static final Pattern NUMBERED_SCHOOL = Pattern.compile("[一二三四五六七八九十]{1,2}中");
    /** Heads that make a place part of a brand: 武汉 + 大学 …, 南京 + 银行. */
    private static final List<String> BRAND_HEADS = List.of("大学", "学院", "银行", "公司", "集团", "日报", "时报", "晚报",
            "医院", "中学", "小学");
    /** Determiners and pronouns: 该案律师团队, 本院, 其公司 name no particular organisation. */
    private static final String GENERIC_STARTS = "该本此这那其各我贵某每诸全另";
    /** Words that end a body's name but that the segmenter may read as a verb or measure word (学会, 台). */
    private static final Set<String> BODY_WORDS = Set.of("会", "学会", "台", "社", "所", "站", "组");
    /** Words for a body of any kind, which name none as a word of their own. */
    private static final Set<String> BARE_BODIES = Set.of("委员会", "办公室", "管理局", "代表团", "办事处", "常委会", "理事会",
            "董事会", "工作组", "领导小组", "总局", "分局", "政治局");
    /**
     * A nation's scope opening a body's name makes it the one body of that name (中央气象台, 国家环保总局, 全国妇联,
     * 国际足联), as does the central committee closing it (党中央, 团中央, 民进中央): these need no proper word.
     */
    private static final Pattern NATIONAL_SCOPE = Pattern.compile("中央|国家|全国|国际|中华");
    /** Kinds of body that a country's name before them makes a class, not a name (美国公司). */
    private static final List<String> COUNTRY_KINDS = List.of("公司", "企业", "基金会", "媒体", "机构", "智库", "医院");
    /** The levels of a local body that the gazetteer's divisions end with: 省, 市, 县, 区, 州. */
    private static final String LOCAL_LEVELS = "省市县区州";
    /**
     * One level character and a body: 省议会, 市政厅, 县政府 name none in particular, unless the article names one
     * division of that level ({@link #withContextResolved}).
     */
    private static final Pattern BARE_LEVEL_BODY = Pattern.compile("[省市县区州镇乡村][^省市县区州镇乡村]{1,4}");
    /** Words for a region, after which a name is a place's (拉达克地区, 伊德利卜一带). */
    private static final Pattern REGION_AFTER = Pattern.compile("地区|一带|境内|沿岸|河谷|地带|半岛");
    /** Titles, roles and kin written before a name, which are not part of it. */
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(?:(?:特约|首席|资深|驻华|驻京)?记者|发言人|主持人|编辑|通讯员"
            + "|总统|总理|主席|副主席|部长|省长|市长|县长|书记|局长|主任|院长|校长|教授|博士|医生|律师|法官|议员|大使|总裁|董事长"
            + "|先生|女士|外长|国务卿|牧师|神父|将军|帮办|总经理|经理|乡长|镇长|村长|厂长|队长|教练|球员|中卫|前锋|后卫|门将|导演"
            + "|演员|作家|歌手|妻子|丈夫|儿子|女儿|父亲|母亲|哥哥|弟弟|姐姐|妹妹|[大二三四五小][哥弟姐妹]|夫人|妻)");
    private static final Pattern PUBLICATION_TITLE = Pattern.compile(
            "《([^《》\\s]{1,10}(?:日报|晚报|早报|时报|邮报|周报|周刊|月刊|杂志|画报|新闻报|商报|快报|导报))》");
    private static final Set<String> HONORIFICS = Set.of("女士", "先生", "小姐", "太太");
    /** 据上游新闻报道, 据朝中社29日报道: whom a report is attributed to, before the day it reported, if written. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "据(\\p{IsHan}{2,10}?)(?:[0-9０-９]{1,2}日|近日|日前|昨日|今日|当天|当日)?报[道导]");
    /** Sources that name no outlet in particular: 据外媒报道, 据当地媒体报道, 据英国简氏防务网站报道. */
    private static final Pattern GENERIC_SOURCE = Pattern.compile("媒|网站|网友|人士|消息");
    private static final Pattern NOT_NAME_END_TAGS = Pattern.compile("[vqpdcu].*");
    /** Words that end a transliterated name's reach backwards: titles (顾问), places, verbs, function words. */
    private static final Pattern NOT_NAME_PART_TAGS = Pattern.compile("[vpcudrmwtf].*|nnt.*|nis.*|ns.*|nt.*");
    private static final Pattern NOT_SURNAME_TAGS = Pattern.compile("[pcurdvmq].*");
    /** Numbers, measure words, particles, prepositions, conjunctions, pronouns and punctuation: no part of a name. */
    private static final Pattern NOT_NAME_FRAGMENT_TAGS = Pattern.compile("[mqupcrw].*");
    /** Words after a name that make it a group's, not a name: 中共当局 is 中共, 美国方面 美国. */
    private static final List<String> GENERIC_HEADS = List.of("当局", "方面", "官方", "政权", "高层");
    /** Determiners that start no word inside a name: 广东司法当局打击报复该案律师团队 runs over a clause. */
    private static final String INNER_DETERMINERS = "该此其这那某";
    /** Licence notes in captions, (Public Domain), CC BY-SA: no names. */
    private static final Set<String> LICENCE_WORDS = Set.of("Public", "Domain", "Creative", "Commons", "License",
            "Licence", "CC");
    private static final Set<String> LATIN_NOT_NAME_WORDS = Set.of("By", "BY", "CC", "SA", "ND", "NC", "Via", "Photo",
            "Getty", "AFP", "AP", "EPA", "REUTERS", "Reuters", "Wikimedia", "Commons", "The", "Image", "Images",
            "Public", "Domain", "Creative", "License", "Licence", "New", "College", "University");

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
        Set<Mention> contextual = new HashSet<>();
        // Parts are kept in lists, not maps keyed by part: a part's hash reads all its words.
        List<TaggedText> parts = new ArrayList<>();
        List<List<NamedSpan>> taggedParts = new ArrayList<>();
        List<Boundaries> partBoundaries = new ArrayList<>();
        // The tagger judges each sentence alone; the names it found across the article find the mentions it missed.
        NameRepeats names = new NameRepeats();
        for (TaggedText part : input.parts()) {
            if (!part.text().isBlank()) {
                List<NamedSpan> spans = tagger.tag(part.view(), part.tokens());
                parts.add(part);
                taggedParts.add(spans);
                names.collect(part.view(), spans);
            }
        }
        for (int p = 0; p < parts.size(); p++) {
            TaggedText part = parts.get(p);
            List<Found> rules = new ArrayList<>();
            fromKnownOrganizations(part, rules);
            fromLatin(part, rules);
            fromPublicationTitles(part, rules);
            fromAttributions(part, rules);
            fromHonorifics(part, rules);
            List<NamedSpan> spans = SurnameMentions.complete(part.view(), part.tokens(), ListedNames.complete(
                    part.view(), part.tokens(), names.complete(part.view(), part.tokens(), taggedParts.get(p))));
            Boundaries boundaries = new Boundaries(part);
            partBoundaries.add(boundaries);
            List<Found> gazetteer = new ArrayList<>();
            fromGazetteer(part, boundaries, spans, gazetteer);
            // Found once: the tagger's 澳 reads them too (港澳's 澳 is 澳门).
            List<PlaceAbbreviations.Abbreviation> oneCharacterPlaces = PlaceAbbreviations.find(part.view(),
                    part.tokens());
            List<Found> tagged = new ArrayList<>();
            fromTagger(part, boundaries, spans, names, oneCharacterPlaces, tagged, contextual);
            List<Found> taggedOrganizations = tagged.stream().filter(f -> f.type() == EntityType.ORGANIZATION)
                    .toList();
            tagged.removeAll(taggedOrganizations);
            List<Found> dictionary = new ArrayList<>();
            fromPlaceWords(part, boundaries, dictionary);
            List<Found> abbreviations = new ArrayList<>();
            fromAbbreviations(part, oneCharacterPlaces, abbreviations);
            List<Found> kept = withoutOverlaps(List.of(widerThan(rules, taggedOrganizations), taggedOrganizations,
                    gazetteer, tagged, dictionary, abbreviations));
            kept.addAll(aliases(part, boundaries, kept));
            kept.addAll(placesOfBodies(part, boundaries, kept));
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
        found.removeAll(credits(input, found));
        List<Found> resolved = withContextResolved(found, contextual);
        return group(withOrganizationsMerged(withSurnamesResolved(withPersonsCompleted(resolved, parts)), parts,
                partBoundaries));
    }

    /**
     * One organisation written two ways in an article is one entity, named by its fullest form: a form that leaves
     * out the place the full form opens with (国务院 after 美国国务院), shortens that place (美司法部, 安省议会 for
     * 美国司法部, 安大略省议会) or leaves out a mission's host (中国大使馆 for 中国驻印度大使馆) joins the full form
     * where all the full forms it fits are one. The form without its place, written bare where the tagger missed it
     * (总理办公室 after 以色列总理办公室), becomes a mention too, unless it is a known body of its own (外交部) or a
     * bare suffix (政府).
     */
    private List<Found> withOrganizationsMerged(List<Found> found, List<TaggedText> parts,
            List<Boundaries> partBoundaries) {
        List<String> names = found.stream().filter(f -> f.type() == EntityType.ORGANIZATION).map(Found::name)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<String, String> root = new HashMap<>();
        for (String name : names) {
            Set<String> roots = new HashSet<>();
            for (String longer : names) {
                if (longer.length() > name.length() && isShortFormOf(name, longer)) {
                    roots.add(root.getOrDefault(longer, longer));
                }
            }
            if (roots.size() == 1) {
                root.put(name, roots.iterator().next());
            }
        }
        Map<String, String> bare = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String name : names) {
            String group = root.getOrDefault(name, name);
            for (int cut = 2; cut <= name.length() - 2; cut++) {
                String rest = name.substring(cut);
                if (!isBareForm(rest) || places.resolve(name.substring(0, cut), List.of()).isEmpty()) {
                    continue;
                }
                if (group.equals(bare.getOrDefault(rest, group))) {
                    bare.put(rest, group);
                } else {
                    ambiguous.add(rest);
                }
            }
        }
        ambiguous.forEach(bare::remove);
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String name = f.type() == EntityType.ORGANIZATION ? root.getOrDefault(f.name(), f.name()) : f.name();
            out.add(name.equals(f.name()) ? f : new Found(f.type(), name, f.mention()));
        }
        bare.keySet().removeAll(names);  // found on its own already, and merged above
        for (int p = 0; p < parts.size(); p++) {
            TaggedText part = parts.get(p);
            Boundaries boundaries = partBoundaries.get(p);
            for (Map.Entry<String, String> bareForm : bare.entrySet()) {
                String rest = bareForm.getKey();
                for (int at = part.view().indexOf(rest); at >= 0; at = part.view().indexOf(rest, at + rest.length())) {
                    int start = at;
                    int end = at + rest.length();
                    if (boundaries.aligned(start, end) && !boundaries.hasPlaceBefore(start) && found.stream()
                            .noneMatch(f -> f.mention().part() == part.part() && f.mention().start() < end
                                    && start < f.mention().end())) {
                        out.add(new Found(EntityType.ORGANIZATION, bareForm.getValue(),
                                new Mention(part.text().substring(start, end), start, end, part.part())));
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@return whether {@code rest} names a government body of its own once its place is left out: 国会, 总理办公室;
     * not 政府, and not a company's 石油公司, which without its place is any oil company}
     */
    private boolean isBareForm(String rest) {
        OrganizationKind kind = organizations.kindOf(rest);
        return (kind == OrganizationKind.AGENCY || kind == OrganizationKind.PARTY) && organizations.find(rest).isEmpty()
                && !organizations.isBareSuffix(rest);
    }

    /**
     * {@return whether {@code name} is a short form of the organisation {@code full}: {@code full} without the place
     * it opens with, with that place shortened (a subsequence keeping its first character), or without the host of
     * a mission (驻印度); also after a place both open with (加拿大安省议会, 加拿大安大略省议会)}
     */
    private boolean isShortFormOf(String name, String full) {
        if (isShortFormAfterCommonStart(name, full)) {
            return true;
        }
        for (int cut = 2; cut < Math.min(name.length(), full.length() - 1); cut++) {
            if (name.charAt(cut - 1) == full.charAt(cut - 1) && name.substring(0, cut).equals(full.substring(0, cut))
                    && places.resolve(name.substring(0, cut), List.of()).isPresent()
                    && isShortFormAfterCommonStart(name.substring(cut), full.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    private boolean isShortFormAfterCommonStart(String name, String full) {
        if (name.length() < 2 || name.length() >= full.length()) {
            return false;
        }
        if (full.endsWith(name)) {
            return places.resolve(full.substring(0, full.length() - name.length()), List.of()).isPresent();
        }
        boolean bothKnown = organizations.find(name).isPresent() && organizations.find(full).isPresent();
        if (bothKnown) {
            return false;
        }
        int host = full.indexOf('驻');
        if (host > 0 && name.startsWith(full.substring(0, host))) {
            for (int end = host + 2; end < full.length(); end++) {
                if (places.resolve(full.substring(host + 1, end), List.of()).isPresent()
                        && (full.substring(0, host) + full.substring(end)).equals(name)) {
                    return true;
                }
            }
        }
        for (int rest = 2; rest < name.length(); rest++) {
            String head = full.substring(full.length() - rest);
            String place = full.substring(0, full.length() - rest);
            String shortPlace = name.substring(0, name.length() - rest);
            if (name.endsWith(head) && shortPlace.charAt(0) == place.charAt(0) && isSubsequence(shortPlace, place)
                    && places.resolve(place, List.of()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubsequence(String shorter, String longer) {
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (shorter.charAt(i) == longer.charAt(j)) {
                i++;
            }
        }
        return i == shorter.length() && shorter.length() < longer.length();
    }

    /**
     * The tagger sometimes takes only part of a name (坦雅胡 of 纳坦雅胡, 鲁多 of 特鲁多): a person's mention that the
     * text shows to be the end or start of a longer person found elsewhere in the article grows into that name.
     */
    private static List<Found> withPersonsCompleted(List<Found> found, List<TaggedText> parts) {
        Set<String> persons = new HashSet<>();
        found.stream().filter(f -> f.type() == EntityType.PERSON).forEach(f -> persons.add(f.name()));
        Map<TextPart, TaggedText> byPart = new HashMap<>();
        parts.forEach(p -> byPart.putIfAbsent(p.part(), p));
        List<Found> out = new ArrayList<>(found.size());
        for (Found original : found) {
            Found f = original;
            Mention m = f.mention();
            TaggedText part = byPart.get(m.part());
            if (f.type() == EntityType.PERSON && part != null) {
                for (String longer : persons) {
                    int grow = longer.length() - f.name().length();
                    int start = longer.endsWith(f.name()) ? m.start() - grow : m.start();
                    int end = start + longer.length();
                    if (grow > 0 && start >= 0 && end <= part.view().length()
                            && part.view().startsWith(longer, start) && found.stream().noneMatch(o -> o != original
                            && o.mention().part() == m.part() && o.mention().start() < end
                            && start < o.mention().end())) {
                        f = new Found(f.type(), longer, new Mention(part.text().substring(start, end), start, end,
                                m.part()));
                        break;
                    }
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * Mentions that credit the article's makers rather than tell its story: persons of the dateline (（大纪元记者钟元
     * 台湾综合报导）) and of the bylines. An entity mentioned in the story as well keeps those mentions. A caption's photo
     * credit (（图片来源：Kevin Frayer/Getty Images）) stays: issue #2 lists the photographer among the founding page's
     * persons, and the picture is part of the story as published.
     */
    private static List<Found> credits(Input input, List<Found> found) {
        Set<String> bylines = new HashSet<>(input.bylines());
        return found.stream().filter(f -> f.type() == EntityType.PERSON
                && (f.mention().part() == TextPart.DATELINE || bylines.contains(f.name()))).toList();
    }

    /**
     * A Latin name in brackets right after a mention, 纳坦雅胡（Benjamin Netanyahu）, is another name of that
     * entity, not an entity of its own. A person's Latin name after words no mention covers gives those words as the
     * transliterated name (玛格(Margot Dukes-Eddy), 顾问法拉芶（Barnea Farago）): up to four characters back to a
     * title, verb or punctuation.
     */
    private List<Found> aliases(TaggedText part, Boundaries boundaries, List<Found> kept) {
        List<Found> aliases = new ArrayList<>();
        Matcher m = BRACKETED_LATIN.matcher(part.text());
        for (int at = 0; Texts.find(m, part.text(), at, "（("); at = m.end()) {
            int open = m.start();
            Mention latin = new Mention(m.group(1), m.start(1), m.end(1), part.part());
            int nameEnd = beforeClosingQuotes(part.text(), open);
            Optional<Found> named = kept.stream().filter(k -> k.mention().end() == nameEnd).findFirst();
            if (named.isPresent()) {
                aliases.add(new Found(named.get().type(), named.get().name(), latin));
                continue;
            }
            String[] words = m.group(1).split("[ \\u00A0]+");
            if (words.length < 2 || LATIN_ORG_WORDS.contains(words[words.length - 1])
                    || Arrays.stream(words).anyMatch(LATIN_NOT_NAME_WORDS::contains)) {
                continue;
            }
            int start = open;
            for (Token t = boundaries.tokenEndingAt(start); t != null && open - t.start() <= 4
                    && !NOT_NAME_PART_TAGS.matcher(t.tag()).matches()
                    && t.text().codePoints().allMatch(Character::isIdeographic); t = boundaries.tokenEndingAt(start)) {
                start = t.start();
            }
            int from = start;
            if (open - from >= 2 && kept.stream().noneMatch(k -> k.mention().part() == part.part()
                    && k.mention().start() < open && from < k.mention().end())) {
                String name = part.view().substring(from, open);
                aliases.add(new Found(EntityType.PERSON, name, new Mention(part.text().substring(from, open), from,
                        open, part.part())));
                aliases.add(new Found(EntityType.PERSON, name, latin));
            }
        }
        return aliases;
    }

    /**
     * A body names the place it serves: 杭州市卫健委 mentions 杭州市, 旧金山联邦法院 旧金山, 多伦多华人团体联合总会 多伦多 (not
     * so a brand: 波士顿大学); a mission names its host too: 以色列驻华盛顿大使馆 mentions 华盛顿. Known names such as
     * 中国人民银行, and names that start with one (德国之声中文网), are names, not a place and a body.
     */
    private List<Found> placesOfBodies(TaggedText part, Boundaries boundaries, List<Found> kept) {
        List<Found> out = new ArrayList<>();
        for (Found f : kept) {
            Mention m = f.mention();
            if (f.type() != EntityType.ORGANIZATION || startsWithKnownName(part.view().substring(m.start(), m.end()))) {
                continue;
            }
            for (int end = m.end() - 2; end >= m.start() + 2; end--) {
                String prefix = part.view().substring(m.start(), end);
                Optional<Places.Place> place = places.resolve(prefix, List.of());
                if (place.isPresent() && !boundaries.isVerbOrAdjective(m.start(), end)
                        && isPlaceBound(organizations.kindOf(f.name()), part.view().substring(end, m.end()))) {
                    out.add(new Found(EntityType.PLACE, prefix, new Mention(part.text().substring(m.start(), end),
                            m.start(), end, part.part())));
                    break;
                }
            }
            int host = part.view().indexOf('驻', m.start());
            for (int end = m.end() - 2; host >= 0 && host < m.end() && end >= host + 3; end--) {
                String hostPlace = part.view().substring(host + 1, end);
                if (places.resolve(hostPlace, List.of()).isPresent()) {
                    out.add(new Found(EntityType.PLACE, hostPlace, new Mention(part.text().substring(host + 1, end),
                            host + 1, end, part.part())));
                    break;
                }
            }
        }
        return out;
    }

    /** {@return whether {@code name} is, or starts with, a known organisation's name: 德国之声, 德国之声中文网} */
    private boolean startsWithKnownName(String name) {
        for (int end = name.length(); end >= 2; end--) {
            if (organizations.find(name.substring(0, end)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a body named {@code rest} after a place serves that place: a government body or an association
     * (多伦多华人团体联合总会) does; a university, company or outlet carries the place in its brand (波士顿大学,
     * 武汉大学中国乡村治理中心).
     */
    private static boolean isPlaceBound(OrganizationKind kind, String rest) {
        return kind != OrganizationKind.EDUCATION && kind != OrganizationKind.COMPANY && kind != OrganizationKind.MEDIA
                && BRAND_HEADS.stream().noneMatch(rest::startsWith);
    }

    /** A mention with its type and canonical name, before grouping. */
    private record Found(EntityType type, String name, Mention mention) {
    }

    /** Places named by one character ({@link PlaceAbbreviations}: 港澳 → 香港, 澳门; 返沪 → 上海), under their full names. */
    private static void fromAbbreviations(TaggedText part, List<PlaceAbbreviations.Abbreviation> places,
            List<Found> out) {
        for (PlaceAbbreviations.Abbreviation a : places) {
            int end = a.start() + 1;
            out.add(new Found(EntityType.PLACE, a.fullName(),
                    new Mention(part.text().substring(a.start(), end), a.start(), end, part.part())));
        }
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
        private final String view;

        Boundaries(TaggedText part) {
            int n = part.text().length();
            view = part.view();
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

        boolean startsAt(int offset) {
            return starts[offset];
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

        /**
         * {@return whether {@code [start, end)} is a name the dictionary does not know before an institution suffix}:
         * the last word is one HanLP tags as such a suffix (集团, 公司, 联盟, 医院: nis), and before it, all in Chinese
         * characters, stand two one-character words in a row that are not both nouns. HanLP splits a name it does not
         * know into such single characters (太/d 合/v 音乐 集团, 皓/ng 月/n 集团, 共/d 荣/ag 联盟), while a generic phrase is made of
         * words it knows (律师 服务 团队, 流感 研究中心) or of nouns (人/n 蛇/n 集团). A word it tags as a distinguishing word (b) is
         * such a fragment too when another word follows it (金银/b 潭 医院) or the dictionary also knows it as a name (波音/b
         * 公司), not an attribute right before the suffix (私立医院, 大型集团). Numbers, measure and function words are no part
         * of a name (九/m 届/q 二/m 次/qv 理事会); a disease names a kind of hospital (新冠肺炎定点医院); and the unknown name opens
         * the whole, before any inner suffix, else the words before describe it (战略顾问公司西厢执行顾问团).
         */
        boolean isUnknownNameBeforeSuffix(int start, int end) {
            int last = tokenAt[end - 1];
            if (last < 0 || tokens.get(last).end() != end || !tokens.get(last).tag().equals("nis")
                    || tokens.get(last).start() - start < 2) {
                return false;
            }
            boolean pair = false;
            Token previous = null;
            for (int i = tokenAt[start]; i >= 0 && i < last; i++) {
                Token t = tokens.get(i);
                if (!t.text().codePoints().allMatch(Character::isIdeographic) || t.tag().equals("nhd")
                        || t.tag().equals("nis") && !pair) {
                    return false;
                }
                if (previous != null && isNameFragment(previous) && isNameFragment(t)
                        && !(previous.tag().startsWith("n") && t.tag().startsWith("n"))
                        || t.tag().equals("b") && (i + 1 < last || Lexicon.isCoreName(t.text()))) {
                    pair = true;
                }
                previous = t;
            }
            return pair;
        }

        private static boolean isNameFragment(Token token) {
            return token.text().length() == 1 && !NOT_NAME_FRAGMENT_TAGS.matcher(token.tag()).matches();
        }

        /**
         * {@return whether the one word spanning exactly {@code [start, end)} is a verb or adjective}: 前进 in
         * 前进歌舞团 names the troupe's spirit, not the district 前进区
         */
        boolean isVerbOrAdjective(int start, int end) {
            return isWordTagged(start, end, "v") || isWordTagged(start, end, "a");
        }

        /** {@return whether the one word spanning exactly {@code [start, end)} is tagged as a person's name} */
        boolean isPersonWord(int start, int end) {
            return isWordTagged(start, end, "nr");
        }

        /**
         * {@return where an organisation ends that the tagger ended inside a word: after the last organisation word
         * within it (长春市商务局曲局 of 长春市商务局曲局长 ends after 商务局); {@code end} itself at a word's end, and
         * {@code start} (no organisation) where no organisation word precedes: 马蒂斯国防部 of 马蒂斯国防部长 is a
         * title's start, not a ministry}
         */
        int organizationWordEnd(int start, int end) {
            if (endsAt(end)) {
                return end;
            }
            for (int e = end - 1; e > start + 1; e--) {
                Token t = tokenEndingAt(e);
                if (t != null && t.tag().startsWith("nt")) {
                    return e;
                }
            }
            return start;
        }

        /**
         * {@return where an organisation starts that the tagger ran into the words before it: after a preposition
         * or an adverb of two characters or more within it (中共通过中央办公厅 → 中央办公厅, 国安法已经人大 → 人大) or a
         * nominal measure word among its first characters (多家孔子学院 → 孔子学院, but not 次 of 第2次关进精神病院);
         * {@code start} itself if none}
         */
        int afterPrepositionOrMeasure(int start, int end) {
            int from = start;
            for (int c = start + 1; c < end - 1; c++) {
                Token t = tokenStartingAt(c);
                if (t != null && t.end() < end && (t.tag().startsWith("p") || t.tag().equals("q") && c - start <= 2
                        || t.tag().equals("d") && t.end() - t.start() >= 2)) {
                    from = t.end();
                }
            }
            return end - from >= 2 ? from : start;
        }

        /** {@return whether {@code [start, end)} is one preposition, conjunction or verb (为, 和, 指)} */
        boolean isFunctionWord(int start, int end) {
            return isWordTagged(start, end, "p") || isWordTagged(start, end, "c") || isWordTagged(start, end, "v");
        }

        /** {@return whether {@code [start, end)} is one word the segmenter tags as an organisation (阿里 of Alibaba)} */
        boolean isOrganizationWord(int start, int end) {
            return isWordTagged(start, end, "nt");
        }

        private boolean isWordTagged(int start, int end, String tag) {
            Token t = tokenStartingAt(start);
            return t != null && t.end() == end && t.tag().startsWith(tag);
        }

        /**
         * {@return whether a tagged name runs past a name's end: a word inside it opens with a determiner (该案), or
         * its last word is a verb, measure word or particle (南美洲友邦之行返台, 台 as a measure word), but not a body's
         * word after a noun (中国福利会, 中国教育台)}
         */
        boolean isOverRun(int start, int end) {
            for (int c = start + 1; c < end; c++) {
                Token t = tokenStartingAt(c);
                if (t != null && INNER_DETERMINERS.indexOf(t.text().charAt(0)) >= 0) {
                    return true;
                }
            }
            int last = tokenAt[end - 1];
            if (last < 1 || tokens.get(last).end() != end) {
                return false;
            }
            // 中国福利会, 中医药学会, 教育台: a body's word after a common noun is that, though the segmenter reads
            // the auxiliary "will", the verb "learn" or a measure word; after a name or a verb it is (中共会, 返台),
            // and in a run the tagger took across Latin text (…stories——朋友会和你).
            Token word = tokens.get(last);
            String before = tokens.get(last - 1).tag();
            boolean body = BODY_WORDS.contains(word.text()) && (before.equals("n") || before.equals("vn"))
                    && tokens.get(last - 1).start() >= start && isAllHan(start, end);
            return !body && NOT_NAME_END_TAGS.matcher(word.tag()).matches();
        }

        /** {@return whether every char from {@code start} to {@code end} is a Han character} */
        boolean isAllHan(int start, int end) {
            for (int i = start; i < end; i++) {
                if (!Character.isIdeographic(view.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** {@return the word that ends at {@code offset}; null if none} */
        Token tokenEndingAt(int offset) {
            int i = offset > 0 && offset <= tokenAt.length - 1 ? tokenAt[offset - 1] : -1;
            return i >= 0 && tokens.get(i).end() == offset ? tokens.get(i) : null;
        }

        /** {@return whether the word that ends at {@code offset} is tagged as a place (美国 before 国会)} */
        boolean hasPlaceBefore(int offset) {
            int i = offset > 0 ? tokenAt[offset - 1] : -1;
            return i >= 0 && tokens.get(i).tag().startsWith("ns");
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
     * it is a person, and no street word follows. A place and an organisation's head word are an organisation
     * (波士顿大学), unless the place is a country and the head a kind of body (美国公司: {@link #isCountryAndKind}).
     */
    private void fromGazetteer(TaggedText part, Boundaries boundaries, List<NamedSpan> spans, List<Found> out) {
        List<Places.Hit> hits = places.find(part.view());
        for (Places.Hit hit : hits) {
            if (!boundaries.aligned(hit.start(), hit.end()) || boundaries.streetFollows(hit.end())) {
                continue;
            }
            Token next = boundaries.tokenStartingAt(hit.end());
            if (next != null && (ORGANIZATION_HEADS.contains(next.text()) || NUMBERED_SCHOOL.matcher(next.text())
                    .matches() && places.resolve(part.view().substring(hit.start(), hit.end()), List.of())
                    .flatMap(Places.Place::division).isPresent())
                    && !isCountryAndKind(part.view().substring(hit.start(), next.end()))) {
                add(part, EntityType.ORGANIZATION, hit.start(), next.end(), out);
                continue;
            }
            if (hit.shortForm() && (boundaries.isPersonWord(hit.start(), hit.end())
                    || boundaries.isOrganizationWord(hit.start(), hit.end()) || spans.stream().anyMatch(s ->
                    s.type() == EntityType.PERSON && s.start() < hit.end() && hit.start() < s.end()))) {
                continue;
            }
            add(part, EntityType.PLACE, hit.start(), hit.end(), out);
        }
    }

    /** {@return where a mission's name starts: 以色列驻华盛顿大使馆 names the state that sends it before 驻} */
    private int sendingPlaceStart(String text, int start) {
        int at = start - 1;
        if (at < 2 || text.charAt(at) != '驻') {
            return start;
        }
        for (int from = Math.max(0, at - 8); from <= at - 2; from++) {
            if (places.resolve(text.substring(from, at), List.of()).isPresent()) {
                return from;
            }
        }
        return start;
    }

    private void fromTagger(TaggedText part, Boundaries boundaries, List<NamedSpan> spans, NameRepeats names,
            List<PlaceAbbreviations.Abbreviation> oneCharacterPlaces, List<Found> out, Set<Mention> contextual) {
        for (NamedSpan span : spans) {
            int start = span.start();
            int end = span.end();
            switch (span.type()) {
                case PERSON -> {
                    if (end - start == 1 && Character.isIdeographic(part.view().charAt(start))) {
                        // 阮做被絮时: a person called by the surname alone, named by withSurnamesResolved.
                        out.add(new Found(EntityType.PERSON, part.view().substring(start, end),
                                new Mention(part.text().substring(start, end), start, end, part.part())));
                        continue;
                    }
                    end = beforeClauseMark(part.view(), start, end);  // 馨恬：, and 邓、江 lists two surnames
                    end = beforeSpaceInHan(part.view(), start, end);
                    end = personEnd(part.view(), start, end, names);
                    // 川普周五: the name's last character starts a word (周五) that runs past it; not so where the
                    // article names the person in full more often (马英九时代, where 九时 is HanLP's word).
                    if (end - start >= 3 && !boundaries.endsAt(end) && boundaries.endsAt(end - 1)
                            && names.count(part.view().substring(start, end))
                            <= names.count(part.view().substring(start, end - 1))) {
                        end--;
                    }
                    // 批评特鲁多: the name's first character ends a word (批评) that began before it.
                    if (end - start >= 3 && !boundaries.startsAt(start) && boundaries.startsAt(start + 1)) {
                        start++;
                    }
                    // 为景甜, 指蔡霞: a preposition, conjunction or verb of its own before a name mostly written
                    // without it. Not an adverb: 胡 of 胡公公 is one too.
                    if (end - start >= 3 && boundaries.isFunctionWord(start, start + 1)
                            && isMostlyWrittenWithoutFirst(part.view(), start, end)) {
                        start++;
                    }
                    if (isVerbAndCharacter(part, boundaries, start, end) || isDescentOrMedia(part.view(), start, end)) {
                        continue;
                    }
                    start = afterTitle(part.view(), start, end);
                    if (REGION_AFTER.matcher(part.view()).region(end, part.view().length()).lookingAt()) {
                        // 拉达克地区: a name before a word for a region is a place's, not a person's.
                        add(part, EntityType.PLACE, start, end, out);
                        continue;
                    }
                }
                case PLACE -> {
                    String country = end - start == 1 ? PlaceAbbreviations.fullName(part.view().charAt(start)) : null;
                    if (end - start == 1 && !startsName(part.view(), start, names)) {
                        // 中美, 访华, 在京: a place the press names by one character, under its full name; 澳 is
                        // 澳门 or 澳大利亚 as the article's other places say (withContextResolved).
                        Mention m = new Mention(part.text().substring(start, end), start, end, part.part());
                        if (country != null) {
                            out.add(new Found(EntityType.PLACE, country, m));
                        } else if (!PlaceAbbreviations.readings(part.view().charAt(start)).isEmpty()
                                && oneCharacterPlaces.stream()
                                .noneMatch(a -> a.start() == span.start())) {  // 港澳's 澳 is 澳门
                            out.add(new Found(EntityType.PLACE, part.view().substring(start, end), m));
                            contextual.add(m);
                        }
                        continue;
                    }
                    end = beforeClauseMark(part.view(), start, end);
                    if (end - start < 2 || boundaries.streetFollows(end)
                            || !isPlaceLike(part.view().substring(start, end), boundaries, start, end)) {
                        continue;
                    }
                }
                case ORGANIZATION -> {
                    start = afterSpaceInHan(part.view(), start, end);
                    start = boundaries.afterPrepositionOrMeasure(start, end);
                    end = boundaries.organizationWordEnd(start, end);
                    end = withoutGenericHead(part.view(), start, end);
                    while (start < end && !isNameChar(part.view().charAt(start))) {
                        start++;  // “共荣联盟: the quote opens no name
                    }
                    start = organizationStart(part.view(), boundaries, start, end);
                    if (start == span.start() && isLocalBody(part.view(), boundaries, start, end)) {
                        // 市委, 省纪委 as the tagger took them (not 省议会 of 安省议会): the body of the article's city
                        // or province, named by withContextResolved.
                        Mention m = new Mention(part.text().substring(start, end), start, end, part.part());
                        out.add(new Found(EntityType.ORGANIZATION, part.view().substring(start, end), m));
                        contextual.add(m);
                        continue;
                    }
                    if (end - start < 2 || hasBreakingMark(part.view(), start, end)
                            || !hasLatinNameAfter(part.text(), end) && (isGeneric(part, boundaries, spans, start, end)
                            || boundaries.isOverRun(start, end))) {
                        continue;
                    }
                }
            }
            if (end - start >= 2) {
                add(part, span.type(), start, end, out);
            }
        }
    }

    /**
     * {@return whether {@code [start, end)} is a level and a body (市委, 省纪委, 县人民法院) that names the body of
     * the one division of that level the article is about}
     */
    private boolean isLocalBody(String text, Boundaries boundaries, int start, int end) {
        if (end - start < 2 || !BARE_LEVEL_BODY.matcher(text.substring(start, end)).matches()
                || LOCAL_LEVELS.indexOf(text.charAt(start)) < 0 || boundaries.isOverRun(start, end)
                || !boundaries.isAllHan(start, end)) {
            return false;
        }
        String body = text.substring(start + 1, end);
        return organizations.isPlausible(body) || organizations.isPlausible(text.substring(start, end))
                || organizations.fullSuffix(body).isPresent();
    }

    /**
     * Names the mentions that the article's other places settle. A level and a body (市委, 省纪委) names the body of
     * the article's one division of that level: 市委 in an article whose only city is 杭州市 is 杭州市委, its mention
     * staying 市委. A one-character place of two readings (澳) is the one the article names in full (澳门 or 澳大利亚).
     * Where the article names none, or several, the mention is left out.
     */
    private List<Found> withContextResolved(List<Found> found, Set<Mention> contextual) {
        if (contextual.isEmpty()) {
            return found;
        }
        Set<String> placeNames = new HashSet<>();
        Map<Character, Set<String>> divisions = new HashMap<>();
        for (Found f : found) {
            if (f.type() == EntityType.PLACE && f.name().length() >= 2) {
                placeNames.add(f.name());
                places.resolve(f.name(), List.of()).flatMap(Places.Place::division).ifPresent(d ->
                        divisions.computeIfAbsent(d.name().charAt(d.name().length() - 1), c -> new HashSet<>())
                                .add(d.name()));
            }
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (contextual.contains(f.mention()) && f.type() == EntityType.PLACE) {
                List<String> named = PlaceAbbreviations.readings(f.name().charAt(0)).stream()
                        .filter(r -> placeNames.stream().anyMatch(n -> n.startsWith(r))).toList();
                if (named.size() != 1) {
                    continue;
                }
                f = new Found(EntityType.PLACE, named.get(0), f.mention());
            } else if (contextual.contains(f.mention())) {
                Set<String> candidates = divisions.getOrDefault(f.name().charAt(0), Set.of());
                if (candidates.size() != 1) {
                    continue;
                }
                String name = canonicalOrganization(candidates.iterator().next() + f.name().substring(1));
                f = new Found(EntityType.ORGANIZATION, name, f.mention());
            }
            out.add(f);
        }
        return out;
    }

    /** {@return whether a person or place the article names elsewhere starts at {@code start}: 川 of 川普} */
    private static boolean startsName(String text, int start, NameRepeats names) {
        for (int end = start + 2; end <= Math.min(text.length(), start + 4); end++) {
            if (names.count(text.substring(start, end)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return where a Chinese name ends at white space}: no Chinese name holds a space, but markup can put one inside
     * a sentence (金君达 子承父业, where a link ended after the name); Latin names keep theirs.
     */
    private static int beforeSpaceInHan(String text, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (Texts.isSpace(text.charAt(i)) && Character.isIdeographic(text.charAt(i - 1))) {
                return i;
            }
        }
        return end;
    }

    /**
     * {@return whether a two-character "name" is a one-character verb or function word that is no surname, and one
     * more character}: 一码知健 holds 知/v 健, no name; 川普 and 拜登 are words of their own, 王刚 starts with a surname
     */
    private static boolean isVerbAndCharacter(TaggedText part, Boundaries boundaries, int start, int end) {
        if (end - start != 2 || SurnameMentions.isSurname(part.view().charAt(start))) {
            return false;
        }
        Token first = boundaries.tokenStartingAt(start);
        return first != null && first.end() == start + 1 && NOT_SURNAME_TAGS.matcher(first.tag()).matches();
    }

    /**
     * {@return where a Chinese organisation name starts after white space}: its head comes last, so the words before
     * a space markup left (微信禁令 美司法部) are not part of it.
     */
    private static int afterSpaceInHan(String text, int start, int end) {
        for (int i = end - 2; i > start; i--) {
            if (Texts.isSpace(text.charAt(i)) && Character.isIdeographic(text.charAt(i + 1))
                    && Character.isIdeographic(text.charAt(i - 1))) {
                return i + 1;
            }
        }
        return start;
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
     * body (省议会, 市政厅), or has no proper name in it (律师服务团队, 外交委员会), unless it is a known one, an unknown
     * name before an institution suffix ({@link Boundaries#isUnknownNameBeforeSuffix}), listed with a named
     * organisation ({@link #isListedWithNamedOrganization}), of a nation's scope ({@link #NATIONAL_SCOPE}) or one
     * dictionary word of an agency or party ({@link #isAgencyWord}).
     */
    private boolean isGeneric(TaggedText part, Boundaries boundaries, List<NamedSpan> spans, int start, int end) {
        String name = part.view().substring(start, end);
        if (organizations.find(name).isPresent() || LATIN_NAME.matcher(name).find()) {
            return false;
        }
        boolean national = NATIONAL_SCOPE.matcher(name).lookingAt() || name.endsWith("中央")
                || isAgencyWord(boundaries, start, end, name);
        return GENERIC_STARTS.indexOf(name.charAt(0)) >= 0 && !national || BARE_LEVEL_BODY.matcher(name).matches()
                || isCountryAndKind(name)
                || !national && !boundaries.hasProperWord(start, end)
                && !boundaries.isUnknownNameBeforeSuffix(start, end)
                && !isListedWithNamedOrganization(part, boundaries, spans, start, end);
    }

    /**
     * {@return whether the segmenter reads a tagged organisation as one dictionary word of an agency or a party
     * (铁道部, 人事部, 共产党)}: HanLP's dictionary holds the ministries and parties of record, not phrases; a word
     * for a body of any kind (委员会) is none.
     */
    private boolean isAgencyWord(Boundaries boundaries, int start, int end, String name) {
        Token word = boundaries.tokenStartingAt(start);
        if (word == null || word.end() != end || end - start < 3 || BARE_BODIES.contains(name)) {
            return false;
        }
        OrganizationKind kind = organizations.kindOf(name);
        return kind == OrganizationKind.AGENCY || kind == OrganizationKind.PARTY;
    }

    /**
     * {@return whether {@code name} is a country and a kind of body (美国公司, 中国企业, 美国基金会)}: companies or
     * foundations of that country, no one body. Banks and universities are left alone: 中国银行, 美国大学 and 日本大学
     * are names.
     */
    private boolean isCountryAndKind(String name) {
        for (String kind : COUNTRY_KINDS) {
            if (name.length() > kind.length() + 1 && name.endsWith(kind)) {
                return places.resolve(name.substring(0, name.length() - kind.length()), List.of())
                        .filter(Places.Place::isCountry).isPresent();
            }
        }
        return false;
    }

    /**
     * {@return whether the tagged organisation at {@code [start, end)} is an item of a list joined by 、 next to an
     * organisation that is known or holds a proper name}: a list joins like with like, so in 国务院、国土安全部 the
     * second item is a named body as much as the first, while 律师服务团队 on its own names none.
     */
    private boolean isListedWithNamedOrganization(TaggedText part, Boundaries boundaries, List<NamedSpan> spans,
            int start, int end) {
        String view = part.view();
        for (NamedSpan other : spans) {
            boolean before = other.end() == start - 1 && view.charAt(start - 1) == '、';
            boolean after = other.start() == end + 1 && view.charAt(end) == '、';
            if (other.type() == EntityType.ORGANIZATION && (before || after)
                    && (organizations.find(view.substring(other.start(), other.end())).isPresent()
                    || boundaries.hasProperWord(other.start(), other.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return whether a Latin name in brackets follows {@code end}, after a closing quote if any}: 石油输出国组织(OPEC),
     * “共荣联盟”（Alliance for Prosperity）. Writers gloss a proper name with its own Latin name or acronym, never a
     * generic phrase, so a tagged organisation so glossed is a name even when no word in it is.
     */
    private static boolean hasLatinNameAfter(String text, int end) {
        int at = end;
        while (at < text.length() && CLOSING_QUOTES.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at < text.length() && "（(".indexOf(text.charAt(at)) >= 0
                && BRACKETED_LATIN.matcher(text).region(at, text.length()).lookingAt();
    }

    /** {@return the end of a tagged organisation without a generic head: 中共当局 → 中共} */
    private static int withoutGenericHead(String text, int start, int end) {
        for (String head : GENERIC_HEADS) {
            if (end - start > head.length() && text.startsWith(head, end - head.length())) {
                return end - head.length();
            }
        }
        return end;
    }

    /**
     * The tagger sometimes runs a name into the next word (李志曾, 川普夫); when the name without its last character
     * is written far more often in the part, that shorter form is the name. The shorter form is not counted where it
     * begins another person's name the document gives (金正 of 金正恩 does not cut 金正日).
     */
    private static int personEnd(String text, int start, int end, NameRepeats names) {
        if (end - start < 3) {
            return end;
        }
        String name = text.substring(start, end);
        String prefix = name.substring(0, name.length() - 1);
        int shorter = 0;
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + prefix.length())) {
            int next = at + name.length();
            boolean otherName = next <= text.length() && !text.startsWith(name, at)
                    && names.typeOf(text.substring(at, next)) == EntityType.PERSON;
            shorter += otherName ? 0 : 1;
        }
        return shorter >= 2 * count(text, name) && shorter >= 3 ? end - 1 : end;
    }

    /**
     * {@return whether two characters name a descent or a press by a place (韩裔 Korean-born, 德裔, 陆媒 mainland media,
     * 港媒)}, which the tagger takes for a person's name
     */
    private static boolean isDescentOrMedia(String text, int start, int end) {
        return end - start == 2 && (text.charAt(start + 1) == '裔' || text.charAt(start + 1) == '媒');
    }

    /** {@return where a person's or place's name ends at a clause's punctuation, which no such name holds} */
    private static int beforeClauseMark(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return end;
    }

    /**
     * {@return whether a mark no organisation's name holds stands in {@code [start, end)}}: a title mark (求是》杂志,
     * 香港《动向》杂志), a clause's punctuation, or a bracket that does not close inside (Michael Chong)批评安省议会);
     * 中国（香港）有限公司 keeps its brackets
     */
    private static boolean hasBreakingMark(String text, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (CLAUSE_MARKS.indexOf(c) >= 0 || "《》\"“”".indexOf(c) >= 0) {
                return true;
            }
            if (c == '(' || c == '（') {
                open++;
            } else if (c == ')' || c == '）') {
                if (--open < 0) {
                    return true;
                }
            }
        }
        return open != 0;
    }

    /**
     * The tagger sometimes runs an organisation into the one-character word before it (指兴青公司, where 指 accuses);
     * when the name without that character is written far more often in the part, the name starts after it.
     */
    private static int organizationStart(String text, Boundaries boundaries, int start, int end) {
        Token first = boundaries.tokenStartingAt(start);
        if (end - start < 4 || first == null || first.end() != start + 1) {
            return start;
        }
        return isMostlyWrittenWithoutFirst(text, start, end) ? start + 1 : start;
    }

    /** {@return whether the name without its first character is written far more often in the part than with it} */
    private static boolean isMostlyWrittenWithoutFirst(String text, int start, int end) {
        String name = text.substring(start, end);
        int shorter = count(text, name.substring(1));
        return shorter >= 2 * count(text, name) && shorter >= 3;
    }

    private static int count(String text, String term) {
        int n = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
            n++;
        }
        return n;
    }

    /**
     * Words HanLP's dictionary knows as places, which the tagger may miss in short parts such as captions. Its custom
     * dictionary tags common words as places too (工薪阶层, 街道, 精灵, 唐代): a word the core dictionary knows counts
     * only where it reads it as a place too, or the gazetteer knows it; a word only the custom dictionary holds
     * (前苏联) counts.
     */
    private void fromPlaceWords(TaggedText part, Boundaries boundaries, List<Found> out) {
        for (Token token : part.tokens()) {
            if (token.tag().startsWith("ns") && token.text().length() >= 2 && !boundaries.streetFollows(token.end())
                    && (!CoreDictionary.contains(token.text()) || Lexicon.isCorePlace(token.text())
                    || places.resolve(token.text(), List.of()).isPresent())) {
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

    /**
     * A surname and an honorific name a person the article keeps anonymous: 黄女士, 杨先生. The surname is a word of
     * its own (not 向 in 向女士们) and the honorific is not plural.
     */
    private void fromHonorifics(TaggedText part, List<Found> out) {
        List<Token> tokens = part.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token honorific = tokens.get(i);
            Token surname = tokens.get(i - 1);
            if (HONORIFICS.contains(honorific.text()) && surname.end() == honorific.start()
                    && surname.text().length() == 1 && SurnameMentions.isSurname(part.view().charAt(surname.start()))
                    && !NOT_SURNAME_TAGS.matcher(surname.tag()).matches()
                    && (honorific.end() >= part.text().length() || part.text().charAt(honorific.end()) != '们')) {
                // The mention is the surname, the honorific a title as 记者 is; the name keeps it (黄女士).
                out.add(new Found(EntityType.PERSON, part.view().substring(surname.start(), honorific.end()),
                        new Mention(surname.text(), surname.start(), surname.end(), part.part())));
            }
        }
    }

    /**
     * A person called by the surname alone (阮) is the one person of that surname the article names in full (阮承志), if
     * there is one, and left out if there is none. A surname with an honorific keeps that as its name: the article
     * writes 黄女士 for someone it keeps anonymous, not for 黄浩 whom it names.
     */
    private static List<Found> withSurnamesResolved(List<Found> found) {
        Map<Character, Set<String>> fullNames = new HashMap<>();
        for (Found f : found) {
            String name = f.name();
            if (f.type() == EntityType.PERSON && name.length() >= 2 && name.length() <= 3 && !isSurnameForm(name)
                    && f.mention().text().length() == name.length()) {
                fullNames.computeIfAbsent(name.charAt(0), c -> new HashSet<>()).add(name);
            }
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.type() == EntityType.PERSON && f.name().length() == 1) {
                Set<String> candidates = fullNames.getOrDefault(f.name().charAt(0), Set.of());
                if (candidates.size() != 1) {
                    continue;
                }
                f = new Found(EntityType.PERSON, candidates.iterator().next(), f.mention());
            }
            out.add(f);
        }
        return out;
    }

    /** {@return whether a person's name is a surname and an honorific (黄女士)} */
    private static boolean isSurnameForm(String name) {
        return name.length() == 3 && HONORIFICS.contains(name.substring(1));
    }

    /**
     * Whom 据…报道 attributes a report to is an outlet when its name ends as an outlet's does (社, 报, 网, 台, 新闻 …):
     * 据上游新闻报道, 据韩联社报道, 据明慧网近日报道. Media in general (据外媒报道, 据当地媒体报道) are none.
     */
    private void fromAttributions(TaggedText part, List<Found> out) {
        Matcher m = ATTRIBUTION.matcher(part.view());
        for (int at = 0; Texts.find(m, part.view(), at, "据"); at = m.end()) {
            String source = m.group(1);
            if ((organizations.kindOf(source) == OrganizationKind.MEDIA || source.endsWith("网"))
                    && !GENERIC_SOURCE.matcher(source).find() && GENERIC_STARTS.indexOf(source.charAt(0)) < 0) {
                add(part, EntityType.ORGANIZATION, m.start(1), m.end(1), out);
            }
        }
    }

    /** A newspaper or magazine named in title marks is its publisher: 《星期日报》, 《以色列时报》, 《时代周刊》. */
    private void fromPublicationTitles(TaggedText part, List<Found> out) {
        Matcher m = PUBLICATION_TITLE.matcher(part.view());
        for (int at = 0; Texts.find(m, part.view(), at, "《"); at = m.end()) {
            add(part, EntityType.ORGANIZATION, m.start(1), m.end(1), out);
        }
    }

    private void fromLatin(TaggedText part, List<Found> out) {
        Matcher m = LATIN_NAME.matcher(part.text());
        // Every name opens with a capital; a surrogate may open one outside the basic plane.
        IntPredicate capital = c -> Character.isUpperCase(c) || Character.isSurrogate((char) c);
        for (int at = 0; Texts.find(m, part.text(), at, capital); at = m.end()) {
            String[] words = m.group().split("[ \\u00A0]");
            boolean org = LATIN_ORG_WORDS.contains(words[words.length - 1]);
            if (isBracketedAlias(part.text(), m.start(), m.end(), !org)) {
                continue;
            }
            int start = m.start();
            // ME TOO, VOA API: short capitals throughout are acronyms, not a person's names.
            if (Arrays.stream(words).anyMatch(LICENCE_WORDS::contains)
                    || Arrays.stream(words).allMatch(w -> w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT)))) {
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

    /**
     * {@return whether the Latin name at {@code [start, end)} glosses the Chinese before its brackets: 纳坦雅胡（Benjamin
     * Netanyahu）; with {@code afterQuotes}, a quoted one too, “COVID症状研究”（COVID Symptom Study), which names no
     * person. A quoted name's gloss that ends as an organisation's does (“福克斯新闻”（Fox News）) is left to stand
     * for it, as the tagger may not know the quoted name}
     */
    private static boolean isBracketedAlias(String text, int start, int end, boolean afterQuotes) {
        if (start < 2 || "（(".indexOf(text.charAt(start - 1)) < 0 || end >= text.length()
                || "）)".indexOf(text.charAt(end)) < 0) {
            return false;
        }
        int nameEnd = afterQuotes ? beforeClosingQuotes(text, start - 1) : start - 1;
        return nameEnd > 0 && Character.isIdeographic(text.charAt(nameEnd - 1));
    }

    /** {@return where a name ends that closing quotes before {@code offset} follow: “共荣联盟”（ → before ”} */
    private static int beforeClosingQuotes(String text, int offset) {
        int at = offset;
        while (at > 0 && CLOSING_QUOTES.indexOf(text.charAt(at - 1)) >= 0) {
            at--;
        }
        return at;
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
        if (type == EntityType.ORGANIZATION) {
            start = sendingPlaceStart(part.view(), start);
        }
        String written = text.substring(start, end);
        String view = part.view().substring(start, end);
        if (type == EntityType.ORGANIZATION && (organizations.isBareSuffix(view) || !organizations.isPlausible(view)
                && !LATIN_NAME.matcher(view).matches())) {
            return;
        }
        if (type == EntityType.PLACE && end < text.length() && part.view().charAt(end) == '族') {
            return;  // 维吾尔族, 朝鲜族: a people, not a place
        }
        String name = type == EntityType.ORGANIZATION ? canonicalOrganization(view) : view;
        out.add(new Found(type, name, new Mention(written, start, end, part.part())));
    }

    /**
     * {@return the canonical name of an organisation written {@code view}: a known one's full name, a local body's
     * suffix written out, and a division's short name before a body's suffix written out too (广东司法厅 → 广东省司法厅,
     * 杭州卫健委 → 杭州市卫生健康委员会), so that both spellings are one entity. 北京政府 stays: it names a state}
     */
    private String canonicalOrganization(String view) {
        String name = organizations.canonical(view);
        if (!name.equals(view)) {
            return name;
        }
        for (String form : organizations.suffixForms()) {
            if (name.length() > form.length() && name.endsWith(form)) {
                String prefix = name.substring(0, name.length() - form.length());
                Optional<AdminDivision> division = form.equals("政府") ? Optional.empty()
                        : places.resolve(prefix, List.of()).flatMap(Places.Place::division);
                if (division.isPresent() && !division.get().name().equals(prefix)) {
                    return division.get().name() + organizations.fullSuffix(form).orElse(form);
                }
                break;
            }
        }
        return name;
    }

    /**
     * A name may hold letters, digits, ideographs and the middle dot of transliterated names; nothing else at its
     * edges.
     */
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

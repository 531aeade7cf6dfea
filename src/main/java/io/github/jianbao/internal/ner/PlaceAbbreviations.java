package io.github.jianbao.internal.ner;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.github.jianbao.EntityType;
import io.github.jianbao.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Places named by one character, where the tagger, judging characters, misses them as they read like parts of words:
 * <ul>
 * <li>provinces in a run of such names (港澳, 京沪, 晋察冀, 陕甘宁). A run counts only where the segmenter keeps it as
 * one word that HanLP's core dictionary knows as an abbreviation alone (nature {@code j}), and every character has a
 * reading below. That leaves out words such as 晋京 (a verb too), 中西 and 老中青;</li>
 * <li>countries in a relation, before one of its words ({@link #RELATIONS}): 中挪友好, 中意经济合作, 中日韩三国, but not
 * 中意 (to like) before other words;</li>
 * <li>a province or country after a verb of going, coming or staying, each a word of one character: 返沪, 赴藏, 入美;
 * </li>
 * <li>the items of a list joined by 、 where every item is such a place: 赣、粤、闽、湘, but not 短、中、长.</li>
 * </ul>
 * The readings are the provinces' and regions' official one-character names and the countries' usual ones, public
 * facts; 察 is the former province of 察哈尔. Stateless and thread-safe.
 */
public final class PlaceAbbreviations {
    private static final Map<Character, String> PROVINCES = Map.ofEntries(
            Map.entry('京', "北京"), Map.entry('津', "天津"), Map.entry('沪', "上海"), Map.entry('渝', "重庆"),
            Map.entry('冀', "河北"), Map.entry('豫', "河南"), Map.entry('云', "云南"), Map.entry('辽', "辽宁"),
            Map.entry('黑', "黑龙江"), Map.entry('湘', "湖南"), Map.entry('皖', "安徽"), Map.entry('鲁', "山东"),
            Map.entry('新', "新疆"), Map.entry('苏', "江苏"), Map.entry('浙', "浙江"), Map.entry('赣', "江西"),
            Map.entry('鄂', "湖北"), Map.entry('桂', "广西"), Map.entry('甘', "甘肃"), Map.entry('晋', "山西"),
            Map.entry('蒙', "内蒙古"), Map.entry('陕', "陕西"), Map.entry('吉', "吉林"), Map.entry('闽', "福建"),
            Map.entry('贵', "贵州"), Map.entry('粤', "广东"), Map.entry('青', "青海"), Map.entry('藏', "西藏"),
            Map.entry('川', "四川"), Map.entry('宁', "宁夏"), Map.entry('琼', "海南"), Map.entry('港', "香港"),
            Map.entry('澳', "澳门"), Map.entry('台', "台湾"), Map.entry('察', "察哈尔"));
    /**
     * Places the press names by one character on its own (中美, 访华, 在京, 江淮), where that character names one place
     * only: countries, continents and rivers, and the provinces but those whose character names two places (澳 is
     * 澳门 or 澳大利亚, 苏 江苏 or 苏联, 新 新疆 or 新加坡, 蒙 内蒙古 or 蒙古, 宁 宁夏 or 南京).
     */
    private static final Map<Character, String> SINGLE = singles();
    /** Characters that name several places on their own, with the places. */
    private static final Map<Character, List<String>> AMBIGUOUS = Map.of('澳', List.of("澳门", "澳大利亚"),
            '苏', List.of("江苏", "苏联"), '新', List.of("新疆", "新加坡", "新西兰"), '蒙', List.of("内蒙古", "蒙古"),
            '宁', List.of("宁夏", "南京"));
    private static final String PROVINCE_CHARS = PROVINCES.keySet().stream().map(String::valueOf)
            .collect(Collectors.joining());
    /** Runs where a character names a city instead: 沪宁 is Shanghai and Nanjing. */
    private static final Map<String, List<String>> CITY_RUNS = Map.of("沪宁", List.of("上海", "南京"));
    /** Countries and continents named by one character, as in relations between them (中美, 中欧); not 华 of 中华. */
    private static final String COUNTRIES = "中美日英法德俄意韩朝印越泰缅菲柬葡荷芬挪匈捷埃欧非";
    /** The words of a relation that follow a pair of countries: 中挪友好, 中意经济合作. */
    private static final Set<String> RELATIONS = Set.of("关系", "友好", "合作", "两国", "三国", "双边",
            "经济", "经贸", "贸易", "建交", "联合", "会谈", "首脑", "外长", "边境", "边界", "战略", "友谊", "交流", "人民",
            "之间", "领导人", "峰会", "协定", "谈判", "双方", "外交", "两军", "两党");
    /** Verbs of one character of going, coming or staying somewhere: 返沪, 赴藏, 来华, 在京, 留美. */
    private static final String GOING = "返赴进离抵来访回驻在入援侵留旅居";
    /**
     * Places of one character a verb of {@link #GOING} takes: provinces and countries, but not those that read as
     * common words or start names there (黑, 青, 吉, 贵, 甘, 云, 朝; 港 a harbour; 川 of 川普), nor the ambiguous ones,
     * nor 中 or the rivers.
     */
    private static final String AFTER_VERB = "京津沪渝冀豫辽湘皖鲁浙赣鄂桂晋陕闽粤藏琼台华"
            + COUNTRIES.replaceAll("[中朝]", "");
    /** Places of one character that a list joined by 、 names: provinces, countries and continents. */
    private static final String LISTED = AFTER_VERB + "川港中亚";
    private static final int MIN_LIST = 3;
    private static final int MIN_RUN = 2;
    private static final int MAX_RUN = 3;

    private PlaceAbbreviations() {
    }

    /**
     * One place named by one character.
     *
     * @param start    the character's offset
     * @param fullName the place's name written out (港 → 香港)
     */
    public record Abbreviation(int start, String fullName) {
        /** Checks the name. */
        public Abbreviation {
            Objects.requireNonNull(fullName, "fullName");
        }
    }

    /**
     * {@return the places named by one character among {@code tokens}, as the class describes, in text order}
     *
     * @param text   the text in simplified script
     * @param tokens its words, offsets in chars of {@code text}
     */
    public static List<Abbreviation> find(String text, List<Token> tokens) {
        List<Abbreviation> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int length = token.end() - token.start();
            if (token.end() > text.length()) {
                continue;
            }
            if (length == 1) {
                afterVerb(text, tokens, i, out);
                inList(text, tokens, i, out);
            }
            countryPair(text, tokens, i, out);
            if (length < MIN_RUN || length > MAX_RUN || !isProvinceRun(text, token.start(), token.end())) {
                continue;  // most words: no string made, no dictionary look-up
            }
            String run = text.substring(token.start(), token.end());
            if (isAbbreviationOnly(run)) {
                List<String> cities = CITY_RUNS.get(run);
                for (int j = 0; j < run.length(); j++) {
                    String name = cities != null ? cities.get(j) : PROVINCES.get(run.charAt(j));
                    add(out, new Abbreviation(token.start() + j, name));
                }
            }
        }
        return out;
    }

    /**
     * A place of one character, a word of its own, after a verb of going or staying of one character: 返沪, 赴藏,
     * 进藏, 访华, 留美. Not the characters that read as common words there (黑, 青, 朝 …), nor 中 or the rivers.
     */
    private static void afterVerb(String text, List<Token> tokens, int i, List<Abbreviation> out) {
        Token token = tokens.get(i);
        char c = text.charAt(token.start());
        if (i == 0 || AFTER_VERB.indexOf(c) < 0) {
            return;
        }
        Token verb = tokens.get(i - 1);
        if (verb.end() == token.start() && verb.end() - verb.start() == 1
                && GOING.indexOf(text.charAt(verb.start())) >= 0
                && (verb.tag().startsWith("v") || verb.tag().equals("p"))) {
            add(out, new Abbreviation(token.start(), SINGLE.get(c)));
        }
    }

    /**
     * Places of one character listed with 、, each a word of its own, every item one of them: 赣、粤、闽、湘 or 欧、美、非.
     * A list holding any other item (短、中、长, 公、检、法) is none.
     */
    private static void inList(String text, List<Token> tokens, int i, List<Abbreviation> out) {
        boolean listed = i + 1 < tokens.size() && isComma(text, tokens.get(i + 1))
                || i > 0 && isComma(text, tokens.get(i - 1));
        if (!listed || !isListedPlace(text, tokens.get(i))) {
            return;
        }
        int first = i;
        while (first >= 2 && isComma(text, tokens.get(first - 1))) {
            first -= 2;
        }
        int last = i;
        while (last + 2 < tokens.size() && isComma(text, tokens.get(last + 1))) {
            last += 2;
        }
        if (last - first < 2 * (MIN_LIST - 1)) {
            return;
        }
        for (int j = first; j <= last; j += 2) {
            if (!isListedPlace(text, tokens.get(j))) {
                return;
            }
        }
        Token token = tokens.get(i);
        add(out, new Abbreviation(token.start(), SINGLE.get(text.charAt(token.start()))));
    }

    /**
     * Two or three countries named by one character each, as the words of a relation that follows: 中挪友好, 中意经济合作,
     * 中日韩三国. 中意 (to like) or 中英文 is none, as no such word follows.
     */
    private static void countryPair(String text, List<Token> tokens, int i, List<Abbreviation> out) {
        int start = tokens.get(i).start();
        if (COUNTRIES.indexOf(text.charAt(start)) < 0) {
            return;  // most words: no look-up of the words after
        }
        for (int j = i + 1; j < tokens.size() && j <= i + MAX_RUN; j++) {
            int end = tokens.get(j).start();
            if (end - start > MAX_RUN) {
                return;
            }
            if (end - start >= MIN_RUN && RELATIONS.contains(tokens.get(j).text())
                    && isCountryRun(text, start, end)) {
                for (int k = start; k < end; k++) {
                    add(out, new Abbreviation(k, SINGLE.get(text.charAt(k))));
                }
                return;
            }
        }
    }

    private static boolean isComma(String text, Token token) {
        return token.end() - token.start() == 1 && text.charAt(token.start()) == '、';
    }

    private static boolean isListedPlace(String text, Token token) {
        return token.end() - token.start() == 1 && token.end() <= text.length()
                && LISTED.indexOf(text.charAt(token.start())) >= 0;
    }

    /** {@return whether the characters from {@code start} to {@code end} are countries, none twice} */
    private static boolean isCountryRun(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (COUNTRIES.indexOf(c) < 0 || text.indexOf(c, start) < k) {
                return false;
            }
        }
        return true;
    }

    /** Adds a place unless one at the same character is there already. */
    private static void add(List<Abbreviation> out, Abbreviation abbreviation) {
        if (out.stream().noneMatch(a -> a.start() == abbreviation.start())) {
            out.add(abbreviation);
        }
    }

    /**
     * {@return the full name of the one place that {@code c} names on its own (美 → 美国, 京 → 北京, 淮 → 淮河), or null
     * for a character that names none or several}
     */
    public static @Nullable String fullName(char c) {
        return SINGLE.get(c);
    }

    /**
     * {@return the places a character names on its own where it names more than one (澳 → 澳门, 澳大利亚), for the
     * article's other places to choose from; empty for any other character}
     */
    public static List<String> readings(char c) {
        return AMBIGUOUS.getOrDefault(c, List.of());
    }

    private static Map<Character, String> singles() {
        Map<Character, String> singles = new HashMap<>(PROVINCES);
        for (char ambiguous : "澳苏新蒙宁察".toCharArray()) {
            singles.remove(ambiguous);
        }
        String[] names = {"中中国", "华中国", "美美国", "日日本", "英英国", "法法国", "德德国", "俄俄罗斯", "意意大利", "韩韩国",
            "朝朝鲜", "印印度", "越越南", "泰泰国", "缅缅甸", "菲菲律宾", "柬柬埔寨", "葡葡萄牙", "荷荷兰", "芬芬兰", "挪挪威",
            "匈匈牙利", "捷捷克", "埃埃及", "欧欧洲", "亚亚洲", "非非洲", "江长江", "淮淮河", "黄黄河"};
        for (String n : names) {
            singles.put(n.charAt(0), n.substring(1));
        }
        return Map.copyOf(singles);
    }

    /**
     * {@return the spans with a one-character place added for each character of a run that no span overlaps}
     *
     * @param text   the text in simplified script
     * @param tokens its words
     * @param spans  the entities found so far, none overlapping
     */
    public static List<NamedSpan> complete(String text, List<Token> tokens, List<NamedSpan> spans) {
        List<Abbreviation> found = find(text, tokens);
        if (found.isEmpty()) {
            return spans;
        }
        List<NamedSpan> out = new ArrayList<>(spans);
        for (Abbreviation a : found) {
            if (spans.stream().noneMatch(s -> s.start() <= a.start() && a.start() < s.end())) {
                out.add(new NamedSpan(a.start(), a.start() + 1, EntityType.PLACE));
            }
        }
        out.sort(Comparator.comparingInt(NamedSpan::start));
        return List.copyOf(out);
    }

    /** {@return whether every character from {@code start} to {@code end} is a province's one-character name} */
    private static boolean isProvinceRun(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (PROVINCE_CHARS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@return whether the core dictionary knows {@code word} as an abbreviation and as nothing else} */
    private static boolean isAbbreviationOnly(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature.length == 1 && attribute.nature[0].toString().equals("j");
    }
}

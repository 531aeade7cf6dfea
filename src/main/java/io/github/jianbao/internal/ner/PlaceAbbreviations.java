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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Provinces named by one character each in a run of such names (港澳, 京沪, 晋察冀, 陕甘宁): every character is a place.
 * The tagger, judging characters, misses most of them, as a run reads like one word.
 *
 * <p>A run counts only where the segmenter keeps it as one word that HanLP's core dictionary knows as an abbreviation
 * alone (nature {@code j}), and every character has a reading below. That leaves out words such as 晋京 (a verb too),
 * 中西 and 老中青, and pairs of countries (中美), which the tagger finds itself. The readings are the provinces' and
 * regions' official one-character names, public facts; 察 is the former province of 察哈尔. Stateless and thread-safe.
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
     * {@return the places named by one character in the runs among {@code tokens}, in text order}
     *
     * @param text   the text in simplified script
     * @param tokens its words, offsets in chars of {@code text}
     */
    public static List<Abbreviation> find(String text, List<Token> tokens) {
        List<Abbreviation> out = new ArrayList<>();
        for (Token token : tokens) {
            int length = token.end() - token.start();
            if (length < MIN_RUN || length > MAX_RUN || token.end() > text.length()) {
                continue;
            }
            if (!isProvinceRun(text, token.start(), token.end())) {
                continue;  // most words: no string made, no dictionary look-up
            }
            String run = text.substring(token.start(), token.end());
            if (isAbbreviationOnly(run)) {
                List<String> cities = CITY_RUNS.get(run);
                for (int i = 0; i < run.length(); i++) {
                    String name = cities != null ? cities.get(i) : PROVINCES.get(run.charAt(i));
                    out.add(new Abbreviation(token.start() + i, name));
                }
            }
        }
        return out;
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

package io.github.jianbao.internal;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import io.github.jianbao.AdminDivision;
import io.github.jianbao.DivisionLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled gazetteer: China's administrative divisions ({@code divisions.tsv}, GB/T 2260 codes), the countries
 * the JDK names in Chinese, and further names of countries and foreign places ({@code places.tsv}).
 *
 * <p>It finds place names in a text and resolves a place name to its canonical form: 杭州 → 杭州市 (330100, in
 * 浙江省), 华府 → 华盛顿 (US), 纽西兰 → 新西兰 (NZ). Built once, then only read: thread-safe.
 */
public final class Places {
    /**
     * A resolved place.
     *
     * @param name     the canonical name
     * @param division the Chinese administrative division; empty for other places
     * @param country  the ISO 3166-1 code of the country it is or lies in; empty if none (a sea, a continent)
     */
    public record Place(String name, Optional<AdminDivision> division, Optional<String> country) {
        /** {@return whether this place is a country (or territory) itself, by the name the JDK gives it} */
        public boolean isCountry() {
            return division.isEmpty() && country.isPresent()
                    && name.equals(new Locale("", country.get()).getDisplayCountry(Locale.SIMPLIFIED_CHINESE));
        }
    }

    /**
     * A place name found in a text.
     *
     * @param start     offset of its first character
     * @param end       offset after its last character
     * @param shortForm whether it is the short form of a division (杭州 for 杭州市), which is also a word or a
     *                  person's name more often than a full name is
     */
    public record Hit(int start, int end, boolean shortForm) {
    }

    private static final String ETHNIC = "(?:(?:汉|蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎"
            + "|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒"
            + "|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族|蒙古|维吾尔|哈萨克|柯尔克孜)";
    /** 延边朝鲜族自治州 → 延边, 杭州市 → 杭州, 内蒙古自治区 → 内蒙古; the rest must keep two characters. */
    private static final Pattern SHORT_FORM = Pattern.compile("^(.{2,}?)(?:" + ETHNIC
            + "+自治(?:区|州|县|旗)|特别行政区|自治区|地区|林区|省|市|县|区|盟|旗)$");
    private static final Pattern DIVISION_LINE = Pattern.compile("([0-9]{6})\t(\\S+)");

    private final Map<String, List<AdminDivision>> byFullName;
    private final Map<String, List<AdminDivision>> byShortName;
    private final Map<String, Place> foreign;
    private final AhoCorasickDoubleArrayTrie<Boolean> finder;
    /** The last characters of every name: most strings tried end otherwise, and need no map look-up. */
    private final LastChars lastChars;

    private Places(Map<String, List<AdminDivision>> byFullName, Map<String, List<AdminDivision>> byShortName,
            Map<String, Place> foreign, AhoCorasickDoubleArrayTrie<Boolean> finder) {
        this.byFullName = byFullName;
        this.byShortName = byShortName;
        this.foreign = foreign;
        this.finder = finder;
        this.lastChars = new LastChars(byFullName.keySet(), byShortName.keySet(), foreign.keySet());
    }

    /** {@return the bundled gazetteer, read once} */
    public static Places bundled() {
        return Holder.BUNDLED;
    }

    /**
     * {@return the place names in {@code text} (simplified script): full division names, the short forms of
     * provinces and prefectures, and country and foreign place names; overlapping hits included}
     */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        finder.parseText(text, (begin, end, shortForm) -> hits.add(new Hit(begin, end, shortForm)));
        return hits;
    }

    /**
     * {@return {@code name} resolved: a division by its full name, then a country or foreign place, then a
     * division by its short name, a province before a prefecture before a county; where one name fits several
     * divisions of one level (朝阳区), the one within or around a division of {@code context}; empty if unknown
     * or still ambiguous}
     */
    public Optional<Place> resolve(String name, Collection<AdminDivision> context) {
        if (!lastChars.mayEnd(name)) {
            return Optional.empty();
        }
        Optional<AdminDivision> full = pick(byFullName.get(name), context);
        if (full.isPresent()) {
            return full.map(Places::place);
        }
        if (byFullName.containsKey(name)) {
            return Optional.empty();
        }
        Place known = foreign.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        return pick(byShortName.get(name), context).map(Places::place);
    }

    /** {@return whether {@code name} is the full name of a Chinese administrative division} */
    public boolean isDivisionName(String name) {
        return byFullName.containsKey(name);
    }

    private static Place place(AdminDivision division) {
        String country = division.code().startsWith("81") ? "HK" : division.code().startsWith("82") ? "MO" : "CN";
        return new Place(division.name(), Optional.of(division), Optional.of(country));
    }

    /** The highest level wins (吉林 is the province); within one level, the only one, or the one the context fits. */
    private static Optional<AdminDivision> pick(List<AdminDivision> candidates, Collection<AdminDivision> context) {
        if (candidates == null) {
            return Optional.empty();
        }
        DivisionLevel top = candidates.stream().map(AdminDivision::level).min(Enum::compareTo).orElseThrow();
        List<AdminDivision> level = candidates.stream().filter(d -> d.level() == top).toList();
        if (level.size() == 1) {
            return Optional.of(level.get(0));
        }
        List<AdminDivision> fitting = level.stream().filter(d -> context.stream()
                .anyMatch(c -> !c.equals(d) && (d.isWithin(c) || c.isWithin(d)))).toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    /** {@return the short form of a division's full name, 杭州市 → 杭州; empty if it has none} */
    static Optional<String> shortForm(String fullName) {
        Matcher m = SHORT_FORM.matcher(fullName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static final class Holder {
        private static final Places BUNDLED = load();

        private static Places load() {
            Map<String, AdminDivision> byCode = new HashMap<>();
            Map<String, List<AdminDivision>> byFullName = new HashMap<>();
            Map<String, List<AdminDivision>> byShortName = new HashMap<>();
            for (String line : Resources.lines("divisions.tsv")) {
                Matcher m = DIVISION_LINE.matcher(line);
                Checks.state(m.matches(), "divisions.tsv: malformed line: %s", line);
                String code = m.group(1);
                // Lines are sorted by code, so a parent is always read before its children.
                Optional<AdminDivision> parent = Optional.ofNullable(byCode.get(code.substring(0, 4) + "00"))
                        .filter(p -> !p.code().equals(code))
                        .or(() -> Optional.ofNullable(byCode.get(code.substring(0, 2) + "0000"))
                                .filter(p -> !p.code().equals(code)));
                DivisionLevel level = code.endsWith("0000") ? DivisionLevel.PROVINCE
                        : code.endsWith("00") ? DivisionLevel.PREFECTURE : DivisionLevel.COUNTY;
                AdminDivision division = new AdminDivision(code, m.group(2), level, parent);
                byCode.put(code, division);
                byFullName.computeIfAbsent(division.name(), k -> new ArrayList<>()).add(division);
                shortForm(division.name()).ifPresent(s ->
                        byShortName.computeIfAbsent(s, k -> new ArrayList<>()).add(division));
            }
            Map<String, Place> foreign = new HashMap<>();
            for (String code : Locale.getISOCountries()) {
                String name = new Locale("", code).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
                if (!name.equals(code) && !code.equals("HK") && !code.equals("MO")) {
                    foreign.put(name, new Place(name, Optional.empty(), Optional.of(code)));
                }
            }
            for (String line : Resources.lines("places.tsv")) {
                String[] cols = line.split("\t");
                List<String> others = cols.length > 3 ? List.of(cols[3].split(","))
                        : cols.length == 3 && cols[0].equals("COUNTRY") ? List.of(cols[2].split(",")) : List.of();
                Place place;
                if (cols[0].equals("COUNTRY")) {
                    Checks.state(cols.length == 3, "places.tsv: malformed line: %s", line);
                    place = foreign.values().stream().filter(p -> p.country().orElseThrow().equals(cols[1]))
                            .findFirst().orElseThrow(() -> new IllegalStateException(
                                    "places.tsv: no country with code " + cols[1]));
                } else {
                    Checks.state(cols[0].equals("PLACE") && cols.length >= 3, "places.tsv: malformed line: %s",
                            line);
                    place = new Place(cols[1], Optional.empty(),
                            cols[2].equals("-") ? Optional.empty() : Optional.of(cols[2]));
                    foreign.put(cols[1], place);
                }
                others.forEach(o -> foreign.put(o, place));
            }
            TreeMap<String, Boolean> names = new TreeMap<>();
            foreign.keySet().stream().filter(n -> n.length() >= 2).forEach(n -> names.put(n, false));
            byShortName.forEach((name, divisions) -> {
                if (divisions.stream().anyMatch(d -> d.level() != DivisionLevel.COUNTY)) {
                    names.put(name, true);
                }
            });
            byFullName.keySet().stream().filter(n -> n.length() >= 3).forEach(n -> names.put(n, false));
            AhoCorasickDoubleArrayTrie<Boolean> finder = new AhoCorasickDoubleArrayTrie<>();
            finder.build(names);
            return new Places(freeze(byFullName), freeze(byShortName), Map.copyOf(foreign), finder);
        }

        private static Map<String, List<AdminDivision>> freeze(Map<String, List<AdminDivision>> map) {
            Map<String, List<AdminDivision>> frozen = new HashMap<>();
            map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return Map.copyOf(frozen);
        }
    }
}

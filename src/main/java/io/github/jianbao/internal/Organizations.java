package io.github.jianbao.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bundled list of Chinese state, party and media organisations ({@code organizations.tsv}): full names, short
 * names, and the suffixes of local bodies (卫健委 for 卫生健康委员会).
 */
public final class Organizations {
    /** What an organisation is. */
    public enum Kind { AGENCY, PARTY, MEDIA, COMPANY, EDUCATION, OTHER }

    /**
     * One known organisation.
     *
     * @param name its full name
     * @param kind what it is
     */
    public record Known(String name, Kind kind) {
    }

    private static final String LOCAL_LEVEL = "省市县区州旗盟镇乡";
    private static final Pattern ORGANIZATION_END = Pattern.compile(
            "(?:部|局|委|会|院|所|社|党|厅|处|署|办|府|司|团|组织|中心|银行|行|大学|学院|学校|中学|小学|公司|集团|医院|军|队|台|报|网"
                    + "|协会|联盟|基金|法庭|警方|监狱|厂|店|站|机构|组|科|室|国会|议会|联合国|企业|园|营|班|庭)$");
    private final Map<String, Known> byName;
    private final Map<String, String> suffixes;

    private Organizations(Map<String, Known> byName, Map<String, String> suffixes) {
        this.byName = Map.copyOf(byName);
        this.suffixes = Map.copyOf(suffixes);
    }

    /** {@return the bundled list, read once} */
    public static Organizations bundled() {
        return Holder.BUNDLED;
    }

    /** {@return every full name, short name and suffix form, to add to a segmenter's dictionary} */
    public List<String> words() {
        List<String> words = new ArrayList<>(byName.keySet());
        words.addAll(suffixes.keySet());
        return words;
    }

    /** {@return the organisation written {@code name}, by its full or a short name; empty if unknown} */
    public Optional<Known> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** {@return the full suffix for a local body's {@code suffix} form (卫健委 → 卫生健康委员会); empty if unknown} */
    public Optional<String> fullSuffix(String suffix) {
        return Optional.ofNullable(suffixes.get(suffix));
    }

    /** {@return the suffix forms longest first, so that 中级人民法院 is tried before 人民法院} */
    public List<String> suffixForms() {
        return suffixes.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    /**
     * {@return {@code name} with a short suffix written out, 杭州市卫健委 → 杭州市卫生健康委员会, and a known short name
     * replaced by the full one, 标准委 → 国家标准化管理委员会; {@code name} itself otherwise}
     */
    public String canonical(String name) {
        Known known = byName.get(name);
        if (known != null) {
            return known.name();
        }
        for (String form : suffixForms()) {
            if (name.endsWith(form) && isLocalPrefix(name.substring(0, name.length() - form.length()))) {
                return name.substring(0, name.length() - form.length()) + suffixes.get(form);
            }
        }
        return name;
    }

    /** {@return whether {@code name} is a bare local-body suffix (政府, 公安局) with no place before it} */
    public boolean isBareSuffix(String name) {
        return suffixes.containsKey(name) && !byName.containsKey(name);
    }

    /**
     * {@return whether {@code name} looks like an organisation's name: known, or ending as organisations do (部, 局,
     * 委员会, 公司 …); HanLP's role tagger also labels fragments such as 利用科技}
     */
    public boolean isPlausible(String name) {
        return byName.containsKey(name) || name.length() >= 3 && ORGANIZATION_END.matcher(name).find();
    }

    /** 杭州市 + 卫健委 is a local body; 中国 + 政府 is not 中国人民政府. */
    private static boolean isLocalPrefix(String prefix) {
        return prefix.length() >= 2 && LOCAL_LEVEL.indexOf(prefix.charAt(prefix.length() - 1)) >= 0;
    }

    private static final class Holder {
        private static final Organizations BUNDLED = load();

        private static Organizations load() {
            Map<String, Known> byName = new LinkedHashMap<>();
            Map<String, String> suffixes = new HashMap<>();
            for (String line : Resources.lines("organizations.tsv")) {
                String[] cols = line.split("\t");
                Checks.state(cols.length >= 2, "organizations.tsv: malformed line: %s", line);
                List<String> shortForms = cols.length > 2 ? List.of(cols[2].split(",")) : List.of();
                if (cols[0].equals("SUFFIX")) {
                    suffixes.put(cols[1], cols[1]);
                    shortForms.forEach(s -> suffixes.put(s, cols[1]));
                    continue;
                }
                Known known = new Known(cols[0], Kind.valueOf(cols[1]));
                byName.put(cols[0], known);
                shortForms.forEach(s -> byName.put(s, known));
            }
            return new Organizations(byName, suffixes);
        }
    }
}

package io.github.jianbao.internal;

import io.github.jianbao.OrganizationKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bundled list of organisations ({@code organizations.tsv}): Chinese state, party and media bodies, well-known
 * foreign bodies, outlets and companies, with their short names, and the suffixes of local bodies (卫健委 for
 * 卫生健康委员会). Also tells an organisation's kind from how its name ends. Built once, then only read: thread-safe.
 */
public final class Organizations {
    /**
     * One known organisation.
     *
     * @param name    its full name
     * @param kind    what it is
     * @param country the ISO 3166-1 code of its country; empty for an international body
     */
    public record Known(String name, OrganizationKind kind, Optional<String> country) {
    }

    private static final String LOCAL_LEVEL = "省市县区州旗盟镇乡";
    private static final Endings ORGANIZATION_END = new Endings(
            "部|局|委|会|院|所|社|党|厅|处|署|办|府|司|团|组织|中心|银行|[^之]行|大学|学院|学校|中学|小学|公司|集团|医院|军|队|台|报|网"
                    + "|协会|联盟|基金|法庭|警方|监狱|厂|店|站|机构|组|科|室|国会|议会|联合国|企业|园|营|班|庭|馆"
                    + "|新闻|周刊|杂志|之声|之音|卫视|传媒|[一二三四五六七八九十]中|中央|政协|人大|海关|妇联|侨联|学联|青联|文联|工商联|科协|党校|内阁|[^妥]协");
    /** The kinds by how a name ends, tried in order: 宣传部 is the party's before 部 makes an agency. */
    private static final List<Map.Entry<OrganizationKind, Endings>> KIND_BY_END = List.of(
            Map.entry(OrganizationKind.PARTY, new Endings(
                    "党|党委|党组|党支部|党中央|中央|团委|纪委|纪律检查委员会|政法委|政法委员会|宣传部|组织部|统战部|统一战线工作部")),
            Map.entry(OrganizationKind.OTHER, new Endings("医院|卫生院|基金会|协会|学会|商会|工会|联合会|红十字会|妇联|侨联|学联|青联|文联|工商联|[^妥政]协")),
            Map.entry(OrganizationKind.EDUCATION, new Endings(
                    "大学|学院|学校|党校|中学|小学|幼儿园|研究院|研究所|研究中心|科学院|社科院|工程院|实验室|[一二三四五六七八九十0123456789]中")),
            Map.entry(OrganizationKind.COMPANY, new Endings(
                    "公司|集团|银行|企业|厂|商店|酒店|商场|超市|航空|证券|保险|控股|旅行社|事务所|Inc|Corp|Group|Bank|Company")),
            Map.entry(OrganizationKind.MEDIA, new Endings("通讯社|新闻社|出版社|杂志社|日报|晚报|早报|时报|周刊|周报|杂志|电视台"
                    + "|广播电台|电台|之声|之音|新闻网|新闻|卫视|传媒|媒体|[^大]报|社|Images|News|Press|Times|Post|Journal"
                    + "|Television|Radio|Media")),
            Map.entry(OrganizationKind.AGENCY, new Endings(
                    "部|局|厅|署|委员会|委|办公室|办|政府|市府|州府|法院|检察院|国务院|参议院|众议院|议院|警方|警察局|警署|警察厅|政协|人大"
                            + "|海关|大使馆|使馆|领事馆|代表处|议会|国会|内阁|白宫|军|部队|舰队|海军|陆军|空军|监狱|看守所|派出所|法庭"
                            + "|Ministry|Council|Committee|Agency")));

    private final Map<String, Known> byName;
    private final Map<String, String> suffixes;
    private final Map<String, OrganizationKind> suffixKinds;
    private final List<String> suffixForms;
    /** The last characters of every name and suffix form: most words end otherwise, and need no map look-up. */
    private final LastChars lastChars;

    private Organizations(Map<String, Known> byName, Map<String, String> suffixes,
            Map<String, OrganizationKind> suffixKinds) {
        this.byName = Map.copyOf(byName);
        this.suffixes = Map.copyOf(suffixes);
        this.suffixKinds = Map.copyOf(suffixKinds);
        this.suffixForms = suffixes.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
        this.lastChars = new LastChars(byName.keySet(), suffixes.keySet());
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
        return lastChars.mayEnd(name) ? Optional.ofNullable(byName.get(name)) : Optional.empty();
    }

    /** {@return the full suffix for a local body's {@code suffix} form (卫健委 → 卫生健康委员会); empty if unknown} */
    public Optional<String> fullSuffix(String suffix) {
        return lastChars.mayEnd(suffix) ? Optional.ofNullable(suffixes.get(suffix)) : Optional.empty();
    }

    /** {@return the suffix forms longest first, so that 中级人民法院 is tried before 人民法院} */
    public List<String> suffixForms() {
        return suffixForms;
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
        for (String form : suffixForms) {
            if (name.endsWith(form) && isLocalPrefix(name.substring(0, name.length() - form.length()))) {
                return name.substring(0, name.length() - form.length()) + suffixes.get(form);
            }
        }
        return name;
    }

    /**
     * {@return the kind of the organisation with canonical name {@code name}: the listed kind of a known one, the
     * kind of its local-body suffix, else the kind its name's end shows; {@link OrganizationKind#OTHER} if none}
     */
    public OrganizationKind kindOf(String name) {
        Known known = byName.get(name);
        if (known != null) {
            return known.kind();
        }
        for (String form : suffixForms) {
            if (name.endsWith(form) && name.length() > form.length()) {
                return suffixKinds.getOrDefault(suffixes.get(form), OrganizationKind.AGENCY);
            }
        }
        for (Map.Entry<OrganizationKind, Endings> rule : KIND_BY_END) {
            if (rule.getValue().matches(name)) {
                return rule.getKey();
            }
        }
        return OrganizationKind.OTHER;
    }

    /** {@return whether {@code name} is a bare local-body suffix (政府, 公安局) with no place before it} */
    public boolean isBareSuffix(String name) {
        return suffixes.containsKey(name) && !byName.containsKey(name);
    }

    /**
     * {@return whether {@code name} looks like an organisation's name: known, or ending as organisations do (部, 局,
     * 委员会, 公司 …) or as a local body's short suffix does (广州律协); the tagger also labels fragments such as
     * 利用科技}
     */
    public boolean isPlausible(String name) {
        if (byName.containsKey(name)) {
            return true;
        }
        if (name.length() < 3) {
            return false;
        }
        if (ORGANIZATION_END.matches(name)) {
            return true;
        }
        for (String form : suffixForms) {
            if (name.length() > form.length() && name.endsWith(form)) {
                return true;
            }
        }
        return false;
    }

    /** 杭州市 + 卫健委 is a local body; 中国 + 政府 is not 中国人民政府. */
    private static boolean isLocalPrefix(String prefix) {
        return prefix.length() >= 2 && LOCAL_LEVEL.indexOf(prefix.charAt(prefix.length() - 1)) >= 0;
    }

    /**
     * Name endings, {@code |}-separated, each a literal tail that may open with one character class ({@code [^之]行},
     * {@code [一二三]中}). {@link #matches} answers as the regular expression {@code (?:…)$} found anywhere would, but
     * tries only the endings of the name's last character instead of every alternative at every offset. Immutable.
     */
    private static final class Endings {
        /** The last characters of the endings, sorted, and the endings each closes. */
        private final char[] lasts;
        private final Ending[][] byLast;

        /** One ending: a tail, after one character of {@code before} (or of none of it, if negated) when given. */
        private record Ending(String tail, String before, boolean negated) {
            boolean endsAt(String name, int end) {
                int start = end - tail.length();
                if (start < 0 || !name.startsWith(tail, start)) {
                    return false;
                }
                if (before.isEmpty()) {
                    return true;
                }
                return start > 0 && (before.indexOf(name.charAt(start - 1)) >= 0) != negated;
            }
        }

        Endings(String alternatives) {
            TreeMap<Character, List<Ending>> byChar = new TreeMap<>();
            for (String alternative : alternatives.split("\\|")) {
                Ending ending;
                if (alternative.startsWith("[")) {
                    int close = alternative.indexOf(']');
                    boolean negated = alternative.charAt(1) == '^';
                    ending = new Ending(alternative.substring(close + 1),
                            alternative.substring(negated ? 2 : 1, close), negated);
                } else {
                    ending = new Ending(alternative, "", false);
                }
                byChar.computeIfAbsent(ending.tail().charAt(ending.tail().length() - 1), c -> new ArrayList<>())
                        .add(ending);
            }
            lasts = new char[byChar.size()];
            byLast = new Ending[byChar.size()][];
            int i = 0;
            for (Map.Entry<Character, List<Ending>> e : byChar.entrySet()) {
                lasts[i] = e.getKey();
                byLast[i++] = e.getValue().toArray(new Ending[0]);
            }
        }

        boolean matches(String name) {
            if (endsAt(name, name.length())) {
                return true;
            }
            // $ matches before a line terminator that ends the input, too.
            int n = name.length();
            if (n >= 2 && name.charAt(n - 2) == '\r' && name.charAt(n - 1) == '\n') {
                return endsAt(name, n - 2);
            }
            if (n >= 1 && "\n\r\u0085\u2028\u2029".indexOf(name.charAt(n - 1)) >= 0) {
                return endsAt(name, n - 1);
            }
            return false;
        }

        private boolean endsAt(String name, int end) {
            if (end == 0) {
                return false;
            }
            int i = Arrays.binarySearch(lasts, name.charAt(end - 1));
            if (i < 0) {
                return false;
            }
            for (Ending ending : byLast[i]) {
                if (ending.endsAt(name, end)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Holder {
        private static final Organizations BUNDLED = load();

        private static Organizations load() {
            Map<String, Known> byName = new LinkedHashMap<>();
            Map<String, String> suffixes = new HashMap<>();
            Map<String, OrganizationKind> suffixKinds = new HashMap<>();
            for (String line : Resources.lines("organizations.tsv")) {
                String[] cols = line.split("\t");
                Checks.state(cols.length >= 2, "organizations.tsv: malformed line: %s", line);
                List<String> shortForms = cols.length > 2 && !cols[2].isEmpty() ? List.of(cols[2].split(","))
                        : List.of();
                if (cols[0].equals("SUFFIX")) {
                    suffixes.put(cols[1], cols[1]);
                    shortForms.forEach(s -> suffixes.put(s, cols[1]));
                    if (cols.length > 3) {
                        suffixKinds.put(cols[1], OrganizationKind.valueOf(cols[3]));
                    }
                    continue;
                }
                Optional<String> country = cols.length > 3 ? Optional.of(cols[3]).filter(c -> !c.equals("-"))
                        : Optional.of("CN");
                Known known = new Known(cols[0], OrganizationKind.valueOf(cols[1]), country);
                byName.put(cols[0], known);
                shortForms.forEach(s -> byName.put(s, known));
            }
            return new Organizations(byName, suffixes, suffixKinds);
        }
    }
}

package io.github.jianbao.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            if (name.endsWith(form) && name.length() > form.length()) {
                return name.substring(0, name.length() - form.length()) + suffixes.get(form);
            }
        }
        return name;
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

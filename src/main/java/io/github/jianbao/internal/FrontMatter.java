package io.github.jianbao.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown page, read as flat {@code key: value} lines (all that news mirrors use).
 *
 * @param fields the keys in page order, values unquoted; empty if the page has no front matter
 * @param body   the page after the closing {@code ---}
 */
public record FrontMatter(Map<String, String> fields, String body) {
    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R(.*?)\\R---[ \\t]*(?:\\R|\\z)",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*?)\\s*$", Pattern.MULTILINE);

    /** Copies the fields. */
    public FrontMatter {
        fields = Map.copyOf(fields);
    }

    /** {@return the front matter of {@code page}, or no fields and the whole page if it has none} */
    public static FrontMatter parse(String page) {
        Matcher block = BLOCK.matcher(page);
        if (!block.find()) {
            return new FrontMatter(Map.of(), page);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(block.group(1));
        while (field.find()) {
            fields.putIfAbsent(field.group(1).toLowerCase(Locale.ROOT), unquote(field.group(2)));
        }
        return new FrontMatter(fields, page.substring(block.end()));
    }

    /** {@return whether {@code page} opens with a front matter block} */
    public static boolean startsWith(String page) {
        return BLOCK.matcher(page).lookingAt();
    }

    /** {@return the items of a list field such as {@code tags: [a, b]} or {@code tags: a b}; empty if absent} */
    public List<String> list(String key) {
        String value = fields.getOrDefault(key, "").replaceAll("^\\[|]$", "");
        List<String> items = new ArrayList<>();
        for (String item : value.split("[,，]|\\s+")) {
            String clean = unquote(item.strip());
            if (!clean.isEmpty()) {
                items.add(clean);
            }
        }
        return items;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}

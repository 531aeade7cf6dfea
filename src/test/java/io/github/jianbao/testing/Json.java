package io.github.jianbao.testing;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON of gold and expected-field files (through gson) as plain maps and lists.
 */
public final class Json {
    private static final Gson GSON = new Gson();

    private Json() {
    }

    /**
     * {@return the JSON object in {@code text}}
     *
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static Map<String, Object> object(String text) {
        Map<String, Object> object = GSON.fromJson(text, new TypeToken<Map<String, Object>>() { }.getType());
        if (object == null) {
            throw new IllegalArgumentException("not a JSON object: " + text.substring(0, Math.min(40, text.length())));
        }
        return object;
    }

    /** {@return the string at {@code key}; empty if absent or null} */
    public static Optional<String> string(Map<String, Object> object, String key) {
        return object.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** {@return the strings of the array at {@code key}; empty if absent or null} */
    public static List<String> strings(Map<String, Object> object, String key) {
        return object.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}

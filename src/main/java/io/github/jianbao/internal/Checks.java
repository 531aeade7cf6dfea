package io.github.jianbao.internal;

/**
 * Argument and state checks that format their message only when they fail.
 */
public final class Checks {
    private static final int QUOTE_LIMIT = 40;

    private Checks() {
    }

    /**
     * Throws an {@link IllegalArgumentException} with the formatted message if {@code ok} is false.
     *
     * @throws IllegalArgumentException if {@code ok} is false
     */
    public static void argument(boolean ok, String template, Object... args) {
        if (!ok) {
            throw new IllegalArgumentException(String.format(template, args));
        }
    }

    /**
     * Throws an {@link IllegalStateException} with the formatted message if {@code ok} is false.
     *
     * @throws IllegalStateException if {@code ok} is false
     */
    public static void state(boolean ok, String template, Object... args) {
        if (!ok) {
            throw new IllegalStateException(String.format(template, args));
        }
    }

    /**
     * Throws an {@link IllegalArgumentException} saying "{@code name} must not be blank" with the value quoted short,
     * if {@code value} is blank; the quote is built only then.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static void notBlank(String value, String name) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: " + quote(value));
        }
    }

    /**
     * {@return {@code text} in quotes, shortened to a readable length with its full length noted} Reads only as much
     * of {@code text} as it shows, since callers build messages eagerly, for long texts too.
     */
    public static String quote(String text) {
        StringBuilder flat = new StringBuilder(QUOTE_LIMIT + 1);
        boolean space = false;
        for (int i = 0; i < text.length() && flat.length() <= QUOTE_LIMIT; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = flat.length() > 0;
                continue;
            }
            if (space) {
                flat.append(' ');
                space = false;
            }
            flat.append(c);
        }
        if (flat.length() <= QUOTE_LIMIT) {
            return '"' + flat.toString() + '"';
        }
        return '"' + flat.substring(0, QUOTE_LIMIT) + "…\" (" + text.length() + " chars)";
    }
}

package io.github.jianbao.internal;

import com.hankcs.hanlp.HanLP;

/**
 * A simplified-script view of a text with the same length, so that every offset found in the view holds in the text.
 */
public final class Simplified {
    /** Share of changed characters from which a text counts as traditional script. */
    private static final double TRADITIONAL_SHARE = 0.01;

    private Simplified() {
    }

    /**
     * {@return {@code text} in simplified script, character for character; {@code text} itself when it is simplified
     * already or when only a stray character differs}
     */
    public static String view(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() != text.length()) {
            converted = byCharacter(text);
        }
        int changed = 0;
        for (int i = 0; i < text.length(); i++) {
            if (converted.charAt(i) != text.charAt(i)) {
                changed++;
            }
        }
        return changed > 0 && changed >= text.length() * TRADITIONAL_SHARE ? converted : text;
    }

    /** Converts one character at a time where the phrase conversion changed the length. */
    private static String byCharacter(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            out.append(one.length() == 1 ? one.charAt(0) : text.charAt(i));
        }
        return out.toString();
    }
}

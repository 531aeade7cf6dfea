package io.github.jianbao.internal;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * Text helpers shared by the stages.
 */
public final class Texts {
    private Texts() {
    }

    /**
     * Collapses white space as a reader sees it: runs become one space, and a run that holds a line break next to a
     * Chinese character or Chinese punctuation disappears, since markup line breaks inside a Chinese sentence are
     * not spaces. A space typed between Chinese words (headlines use them as separators) stays.
     *
     * @return the normalised text, stripped; empty if there is nothing but white space
     */
    public static String normalizeSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        boolean pendingBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                pendingBreak |= c == '\n' || c == '\r';
                continue;
            }
            if (pendingSpace && !(pendingBreak && (isWide(out.charAt(out.length() - 1)) || isWide(c)))) {
                out.append(' ');
            }
            pendingSpace = false;
            pendingBreak = false;
            out.append(c);
        }
        return out.toString();
    }

    /** {@return whether {@code c} is white space, including no-break and ideographic spaces} */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    /** {@return whether {@code c} is a CJK character or full-width punctuation, around which spaces are not words} */
    public static boolean isWide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.isIdeographic(c)
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && c != '-' && (c == '“' || c == '”'
                || c == '‘' || c == '’' || c == '…' || c == '—');
    }

    /**
     * {@return whether {@code m}, a matcher over {@code text}, finds a match at or after {@code from}, the same match
     * {@code m.find(from)} would} It runs the pattern only at offsets whose character passes {@code opens}, which
     * must hold for the first character of every match the pattern can make, so a scan of a long text with few such
     * characters costs a character test per offset. Lookarounds see the whole text.
     */
    public static boolean find(Matcher m, String text, int from, IntPredicate opens) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < text.length(); i++) {
            if (opens.test(text.charAt(i)) && m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return whether {@code m}, a matcher over {@code text}, finds a match at or after {@code from}, the same match
     * {@code m.find(from)} would} As {@link #find(Matcher, String, int, IntPredicate)} for a pattern whose every match
     * opens with one of the characters {@code openers}, which are looked for with {@link String#indexOf(int, int)}.
     */
    public static boolean find(Matcher m, String text, int from, String openers) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int[] next = new int[openers.length()];
        Arrays.fill(next, -2);
        for (int at = from; ; ) {
            int first = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] != -1 && next[k] < at) {
                    next[k] = text.indexOf(openers.charAt(k), at);
                }
                if (next[k] >= 0 && (first < 0 || next[k] < first)) {
                    first = next[k];
                }
            }
            if (first < 0) {
                return false;
            }
            if (m.region(first, text.length()).lookingAt()) {
                return true;
            }
            at = first + 1;
        }
    }
}

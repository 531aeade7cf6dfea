package io.github.jianbao.stage;

import io.github.jianbao.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the pieces HanLP's segmenter leaves of numbers and calendar words into the words the segmentation standards
 * write (the PKU and MSR guidelines of the SIGHAN bakeoffs agree on these): a number with its decimal point, percent
 * sign and 万/亿 is one word ({@code 15.6%}, {@code 1200万}), an ordinal with 第 is one word ({@code 第三十一}), and a
 * year, month, day or time of day with its unit is one time word ({@code 1998年}, {@code 12月}, {@code 31日},
 * {@code 3时}). HanLP splits these ({@code 2020/m 年/qt}, full-width {@code １/m 月/n}).
 *
 * <p>A number with 年 joins only when it is a year, four digits; 三年 stays a number and its measure word, a
 * duration. A month joins only from 1 to 12 and a day from 1 to 31. Tags of joined words: {@code m} for numbers,
 * {@code t} for time words. Stateless.
 */
final class NumberWords {
    private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十百千两";
    private static final String DECIMAL_POINTS = ".．·";
    private static final String PERCENT = "%％";
    private static final String BIG_UNITS = "万亿";

    private NumberWords() {
    }

    /**
     * {@return the tokens with the pieces of numbers and calendar words joined}
     *
     * @param tokens the tokens of {@code text}, in order
     * @param text   the text the tokens index, written as given (the joined token's text is taken from it)
     * @param view   its simplified view, of the same length
     */
    static List<Token> join(List<Token> tokens, String text, String view) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            if (!isNumber(first, view) && !isOrdinalMark(first, view)) {
                out.add(first);
                i++;
                continue;
            }
            // Grow a number: 第, digits, a decimal point between digits, 万/亿, a percent sign.
            int j = i + 1;
            boolean number = isNumber(first, view);
            while (j < tokens.size() && adjacent(tokens.get(j - 1), tokens.get(j))) {
                Token next = tokens.get(j);
                if (isNumber(next, view) && (number || isOrdinalMark(tokens.get(j - 1), view))) {
                    number = true;
                    j++;
                } else if (number && j + 1 < tokens.size() && isSymbol(next, view, DECIMAL_POINTS)
                        && isNumber(tokens.get(j + 1), view) && adjacent(next, tokens.get(j + 1))) {
                    j += 2;
                } else if (number && (isSymbol(next, view, PERCENT) || isSymbol(next, view, BIG_UNITS))) {
                    j++;
                } else {
                    break;
                }
            }
            if (!number) {
                out.add(first);
                i++;
                continue;
            }
            int start = first.start();
            int end = tokens.get(j - 1).end();
            String tag = j - i > 1 ? "m" : first.tag();
            if (j < tokens.size() && adjacent(tokens.get(j - 1), tokens.get(j))
                    && isCalendarUnit(view.substring(start, end), tokens.get(j), view)) {
                end = tokens.get(j).end();
                tag = "t";
                j++;
            }
            out.add(j - i == 1 ? first : new Token(text.substring(start, end), tag, start, end));
            i = j;
        }
        return out;
    }

    /** Whether {@code unit} makes {@code number} a year, month, day or time of day. */
    private static boolean isCalendarUnit(String number, Token unit, String view) {
        if (unit.end() - unit.start() != 1) {
            return false;
        }
        char u = view.charAt(unit.start());
        String folded = DateText.fold(number);
        int value = DateText.number(folded);
        boolean arabic = folded.charAt(0) >= '0' && folded.charAt(0) <= '9';
        return switch (u) {
            case '年' -> isYear(folded);
            case '月' -> value >= 1 && value <= 12;
            case '日', '号' -> value >= 1 && value <= 31;
            // Arabic digits only: 一时 and 一分 are words of their own (for a while, a bit).
            case '时' -> arabic && value >= 0 && value <= 24;
            case '分', '秒' -> arabic && value >= 0 && value <= 59;
            default -> false;
        };
    }

    /** {@return whether a folded number is a year: four digits, Arabic or Chinese one by one (一九九八)} */
    private static boolean isYear(String folded) {
        if (folded.length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            char c = folded.charAt(k);
            if (c == '两' || DateText.digit(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(Token token, String view) {
        if (!token.tag().startsWith("m")) {
            return false;
        }
        for (int k = token.start(); k < token.end(); k++) {
            char c = view.charAt(k);
            if (!isDigit(c) && CHINESE_NUMERALS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOrdinalMark(Token token, String view) {
        return token.end() - token.start() == 1 && view.charAt(token.start()) == '第';
    }

    private static boolean isSymbol(Token token, String view, String symbols) {
        return token.end() - token.start() == 1 && symbols.indexOf(view.charAt(token.start())) >= 0;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean adjacent(Token a, Token b) {
        return a.end() == b.start();
    }
}

package io.github.jianbao.stage;

/**
 * Text helpers of {@link DateNormalizer}: a length-preserving fold to one script and one digit form, and Chinese
 * numeral reading.
 */
final class DateText {
    /**
     * Traditional characters of date and time words, each followed by its simplified form. Only one-to-one pairs,
     * so the folded text keeps every offset.
     */
    private static final String TRADITIONAL_PAIRS = "週周點点時时鐘钟個个後后兩两國国慶庆節节號号禮礼聽听尋寻這这曆历歷历農农"
            + "陰阴陽阳晝昼來来間间從从與与歲岁萬万聖圣勞劳動动權权費费經经誦诵轉转臨临靈灵樹树實实穫获難难贖赎闆板爾尔"
            + "圖图猶犹復复東东誕诞燈灯兒儿婦妇師师軍军紀纪黨党勝胜會会餘余頭头當当屆届於于將将開开內内現现臘腊過过幾几"
            + "數数舊旧親亲護护衛卫環环讀读書书際际團团結结蘇苏齋斋犧牺託托華华僑侨億亿為为則则氣气溫温選选舉举議议"
            + "總总統统務务機机關关門门線线樓楼館馆車车種种鍵键測测約约噚寻歡欢誌志級级學学區区縣县鎮镇鄉乡遲迟";

    private static final char CJK_FIRST = '\u4E00';
    private static final char CJK_LAST = '\u9FFF';
    /** The simplified form of each CJK unified ideograph from {@link #CJK_FIRST}, or 0 if it has none here. */
    private static final char[] SIMPLIFIED = simplifiedTable();

    private DateText() {
    }

    private static char[] simplifiedTable() {
        char[] table = new char[CJK_LAST - CJK_FIRST + 1];
        for (int i = 0; i + 1 < TRADITIONAL_PAIRS.length(); i += 2) {
            table[TRADITIONAL_PAIRS.charAt(i) - CJK_FIRST] = TRADITIONAL_PAIRS.charAt(i + 1);
        }
        return table;
    }

    /**
     * {@return {@code text} with full-width ASCII made half-width, U+3000 made a space and traditional date words made
     * simplified; the result has the same length, so offsets carry over}
     */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            } else if (c >= CJK_FIRST && c <= CJK_LAST && SIMPLIFIED[c - CJK_FIRST] != 0) {
                chars[i] = SIMPLIFIED[c - CJK_FIRST];
            }
        }
        return new String(chars);
    }

    /** {@return the digit a Chinese or Arabic digit character stands for, or -1} */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case '零', '〇', '○', 'Ｏ' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /**
     * Reads a number written in Arabic digits, in Chinese digits one by one (二〇二〇) or in Chinese numerals with
     * units (二十六, 廿三, 一百零九).
     *
     * @return the number, or -1 if {@code s} is not one
     */
    static int number(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '十' || c == '百' || c == '千' || c == '廿' || c == '卅') {
                hasUnit = true;
            } else if (digit(c) < 0) {
                return -1;
            }
        }
        if (!hasUnit) {
            if (s.length() > 9) {
                return -1;
            }
            int value = 0;
            for (int i = 0; i < s.length(); i++) {
                value = value * 10 + digit(s.charAt(i));
            }
            return value;
        }
        int value = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '十' -> {
                    value += (current == 0 ? 1 : current) * 10;
                    current = 0;
                }
                case '百' -> {
                    value += (current == 0 ? 1 : current) * 100;
                    current = 0;
                }
                case '千' -> {
                    value += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                }
                case '廿' -> value += 20;
                case '卅' -> value += 30;
                default -> current = digit(c);
            }
        }
        return value + current;
    }
}

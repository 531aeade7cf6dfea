package io.github.jianbao.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines around a news body that credit people or sources instead of telling the story: 见习记者 张子竹,
 * (记者傅元曦报导/责任编辑：程以仁), 自由亚洲电台记者柳飞 责编：何平, 编译 侯雪苹；审校 孙茉莉, 文山/叶宣/(印度时报等),
 * 来源：财新网; and the end marks and disclaimers that close a page: (完), #, +1, （文章只代表作者的观点）.
 */
public final class Credits {
    /** The longest line read as a credit. */
    public static final int CREDIT_MAX = 60;
    private static final Pattern ROLE = Pattern.compile(
            "记者|記者|编辑|編輯|责编|責編|网编|網編|编译|編譯|审校|審校|校对|校對|撰稿|撰文|报导|報導|报道|報道|整理|"
                    + "采访|採訪|制作|製作|翻译|翻譯|作者|来源|來源|摄影|攝影|主编|主編|通讯员|通訊員|实习生|實習生|^文\\s|^原创\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    /** 文山/叶宣/(印度时报等): names joined by slashes, the sources in brackets. */
    private static final Pattern SLASHED_NAMES = Pattern.compile(
            "^[\\p{IsHan}·]{2,4}(?:\\s*/\\s*[\\p{IsHan}·]{2,4})+(?:\\s*/?\\s*[（(][^（）()]{1,20}[）)])?$");
    /** Roles whose holder wrote the story: reporters, authors, translators; not editors. */
    private static final Pattern AUTHOR = Pattern.compile(
            "(?:记者|記者|作者|撰文|撰稿|编译|編譯|通讯员|通訊員|实习生|實習生|^文|^原创)\\s*[：:/]?\\s*"
                    + "([\\p{IsHan}·]{2,4}?(?:\\s+[\\p{IsHan}·]{2,3}(?=\\s|$))*)"
                    + "(?=$|[\\s，,、；;/)）]|报导|報導|报道|報道|综合|綜合|编译|編譯|摄|攝|发自|發自|采写|採寫)");
    private static final Pattern END_MARK = Pattern.compile("^[（(]?\\s*(?:完|全文完|待续|待續)\\s*[）)]?$");
    private static final Pattern TRAILING_MARK = Pattern.compile("\\s*(?:@\\*#|[#＃]|[（(](?:完|全文完)[）)])\\s*$");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "^[（(].*(?:不代表|只代表|仅代表|僅代表|版权|版權|转载|轉載|本文来自|本文來自|本文由|出品|首发|首發).*[）)]$"
                    + "|^(?:免责声明|免責聲明)[：:]"
                    + "|^(?:本文|文章)(?:只|仅|僅|不)?代表作者"
                    + "|^[（(]?(?:原题|原題)(?:为|為)?[：:《]");
    /** 大纪元首发, 中国青年报·中国青年网出品: who first ran the article, on a line of its own. */
    private static final Pattern FIRST_RUN = Pattern.compile("^[\\p{IsHan}A-Za-z·]{2,20}(?:首发|首發|出品|独家|獨家)$");
    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "(?:(?<!\\p{IsHan})|本文|文章)(?:来源|來源)\\s*[：:]\\s*([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z·]{1,15}?)"
                    + "(?=$|\\s|责任编辑|責任編輯|编辑|編輯|作者|举报|舉報|[|｜_\\p{P}])");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,%]+");

    private Credits() {
    }

    /** {@return whether {@code line} credits people or a source and tells no story} */
    public static boolean isCredit(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > CREDIT_MAX) {
            return false;
        }
        if (SLASHED_NAMES.matcher(s).matches()) {
            return true;
        }
        return ROLE.matcher(s).find() && !SENTENCE_END.matcher(s).find();
    }

    /** {@return the reporters and authors a credit line names, in order; empty if none} */
    public static List<String> authors(String line) {
        String s = line.strip();
        List<String> names = new ArrayList<>();
        if (SLASHED_NAMES.matcher(s).matches()) {
            for (String part : s.split("\\s*/\\s*")) {
                if (!part.startsWith("(") && !part.startsWith("（")) {
                    names.add(part);
                }
            }
            return names;
        }
        Matcher m = AUTHOR.matcher(s);
        while (m.find()) {
            for (String name : m.group(1).strip().split("\\s+")) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * {@return whether {@code line} only closes the article: (完), ……, +1, a disclaimer (（文章只代表作者的观点）,
     * 免责声明：…), the original headline (（原题为《…》）), a first-run note (大纪元首发)}
     */
    public static boolean isEndMatter(String line) {
        String s = line.strip();
        return END_MARK.matcher(s).matches() || DISCLAIMER.matcher(s).find() || FIRST_RUN.matcher(s).matches()
                || !LETTER.matcher(s).find() && !NUMBER.matcher(s).matches();
    }

    /** {@return {@code paragraph} without the end mark some outlets put after the last sentence (#, @*#)} */
    public static String withoutEndMark(String paragraph) {
        return TRAILING_MARK.matcher(paragraph).replaceFirst("");
    }

    /** {@return the outlet a 来源：… label names, or empty if {@code line} has none} */
    public static Optional<String> sourceLabel(String line) {
        Matcher m = SOURCE_LABEL.matcher(line);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}

package io.github.jianbao.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline or byline at the head of a news body: 【看中国2020年5月26日讯】, 【财新网】（记者萧辉）, 新华社巴黎12月9日电（记者唐霁）,
 * 新京报讯（记者杨畅）, 路透上海9月1日 -, (德国之声中文网).
 *
 * @param text      the dateline as written, to be cut from the body
 * @param outlet    the outlet it names
 * @param year      the year it gives, if any
 * @param month     the month it gives, if any
 * @param day       the day it gives, if any
 * @param reporters reporters it names
 */
public record Dateline(String text, Optional<String> outlet, OptionalInt year, OptionalInt month, OptionalInt day,
                       List<String> reporters) {
    private static final String DATE = "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日";
    private static final String CREDIT = "(?:\\s*[（(]([^（）()]{0,40}?(?:记者|記者|报导|報導|报道|報道|编译|編譯|撰稿)"
            + "[^（）()]{0,30})[)）])?";
    /** 【看中国2020年5月26日讯】, 【新唐人北京时间2020年09月24日讯】, 【希望之声2020年10月11日】. */
    private static final Pattern BRACKETED = Pattern.compile(
            "^【(\\p{IsHan}{2,10}?)(?:北京时间|北京時間|台北时间|台北時間|美东时间|美東時間)?" + DATE
                    + "(?:\\s*\\d{1,2}[时時:：]\\d{0,2}分?)?\\s*[讯訊电電]?】" + CREDIT);
    /** 【财新网】（记者萧辉）: an outlet in brackets with no date. */
    private static final Pattern BRACKETED_OUTLET = Pattern.compile(
            "^【(\\p{IsHan}{2,8}?(?:网|網|社|报|報|台|新闻|新聞|周刊|週刊))】" + CREDIT);
    /** 新华社巴黎12月9日电, 中新网北京1月2日电, 路透上海9月1日 -. */
    private static final Pattern WIRE = Pattern.compile(
            "^(新华社|新華社|中新社|中新网|中新網|中央社|路透|法新社|美联社|美聯社|共同社|韩联社|韓聯社|塔斯社|彭博|"
                    + "\\p{IsHan}{1,6}?(?:社|网|網|报|報|台))(\\p{IsHan}{0,8}?)" + DATE
                    + "\\s*(?:[电電]|[讯訊]|消息|\\s[-—–－]+)" + CREDIT);
    /** 新京报讯（记者杨畅）. */
    private static final Pattern NEWS_OF = Pattern.compile("^(\\p{IsHan}{2,8}?)[讯訊]" + CREDIT.replace(")?", ")"));
    /** (德国之声中文网). */
    private static final Pattern PARENTHESISED = Pattern.compile("^[(（](\\p{IsHan}{2,8}?)(?:中文网|中文網)?[)）]");
    /** 华盛顿 —, a place dateline with no outlet (VOA), also on a line of its own. */
    private static final Pattern PLACE_DASH = Pattern.compile("^(\\p{IsHan}{2,6})\\s*[—–]\\s*(?=\\S|$)");
    private static final Pattern REPORTER = Pattern.compile(
            "(?:记者|記者)\\s*((?:[\\p{IsHan}·]{2,}?)(?:\\s*[、和与與]\\s*[\\p{IsHan}·]{2,}?)*)\\s*(?=$|综合|綜合|报导|報導|"
                    + "报道|報道|编译|編譯|撰稿|发自|發自|整理|采写|採寫)");

    /** Copies the reporters. */
    public Dateline {
        reporters = List.copyOf(reporters);
    }

    /** {@return the dateline at the start of {@code paragraph}, or empty if it has none} */
    public static Optional<Dateline> find(String paragraph) {
        String head = paragraph.stripLeading();
        int lead = paragraph.length() - head.length();
        Matcher m = BRACKETED.matcher(head);
        if (m.find()) {
            return Optional.of(of(paragraph, lead, m, m.group(1), 2, m.group(5)));
        }
        m = BRACKETED_OUTLET.matcher(head);
        if (m.find()) {
            return Optional.of(of(paragraph, lead, m, m.group(1), -1, m.group(2)));
        }
        m = WIRE.matcher(head);
        if (m.find()) {
            return Optional.of(of(paragraph, lead, m, m.group(1), 3, m.group(6)));
        }
        m = NEWS_OF.matcher(head);
        if (m.find()) {
            return Optional.of(of(paragraph, lead, m, m.group(1), -1, m.group(2)));
        }
        m = PARENTHESISED.matcher(head);
        if (m.find()) {
            return Optional.of(of(paragraph, lead, m, m.group(1), -1, null));
        }
        m = PLACE_DASH.matcher(head);
        if (m.find()) {
            return Optional.of(of(paragraph, lead, m, null, -1, null));
        }
        return Optional.empty();
    }

    private static Dateline of(String paragraph, int lead, Matcher m, String outlet, int yearGroup, String credit) {
        String text = paragraph.substring(lead, lead + m.end()).strip();
        List<String> reporters = credit == null ? List.of() : reporters(credit);
        if (yearGroup < 1) {
            return new Dateline(text, Optional.ofNullable(outlet), OptionalInt.empty(), OptionalInt.empty(),
                    OptionalInt.empty(), reporters);
        }
        return new Dateline(text, Optional.ofNullable(outlet), group(m, yearGroup), group(m, yearGroup + 1),
                group(m, yearGroup + 2), reporters);
    }

    private static OptionalInt group(Matcher m, int group) {
        if (m.group(group) == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(m.group(group)));
    }

    /** {@return the names in a credit such as 大纪元记者钟元台湾综合报导 or 记者唐霁; empty if none is clear} */
    public static List<String> reporters(String credit) {
        List<String> names = new ArrayList<>();
        Matcher m = REPORTER.matcher(credit.strip());
        if (m.find()) {
            for (String name : m.group(1).split("\\s*[、和与與]\\s*")) {
                names.add(trimPlace(name.strip()));
            }
        }
        return names;
    }

    /** A credit often runs name and place together (钟元台湾); Chinese names are two or three characters. */
    private static String trimPlace(String name) {
        if (name.contains("·") || name.length() <= 3) {
            return name;
        }
        return name.substring(0, name.length() == 4 ? 2 : 3);
    }
}

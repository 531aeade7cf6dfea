package io.github.jianbao.stage;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.JulianFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Holidays and the calendars behind them, for {@link DateNormalizer}: Gregorian, Chinese lunisolar (春节, 中秋节),
 * solar terms (清明), Western and Orthodox Easter, Hebrew and Islamic. The Chinese, Hebrew and Islamic calendars come
 * from ICU4J; Islamic dates follow the Umm al-Qura tables, so a local sighting may differ by a day.
 */
final class Holidays {
    /** How a holiday's date is found in a given year. */
    enum Rule { GREGORIAN, NTH_WEEKDAY, EASTER, ORTHODOX_EASTER, LUNAR, LUNAR_NEW_YEAR_EVE, QINGMING,
        WINTER_SOLSTICE, HEBREW, ISLAMIC, EARTH_HOUR }

    /**
     * One holiday.
     *
     * @param rule  how its date is found
     * @param month the month in the rule's calendar (ICU's month index for {@link Rule#HEBREW})
     * @param day   the day of the month, the ISO weekday for weekday rules, or the offset in days for Easter rules
     * @param nth   which weekday of the month for {@link Rule#NTH_WEEKDAY}
     * @param days  how many days it lasts
     */
    record Holiday(Rule rule, int month, int day, int nth, int days) {
    }

    private static final Map<String, Holiday> BY_NAME = names();

    /**
     * The holiday names as regexes, one for each first character so that a caller tries only the one a text's
     * character can start; in each, the longest name comes first so that it wins. A name must not follow a Chinese
     * numeral nor run on into a street, a line or a class (国庆路, 五一班).
     */
    static final List<String> NAME_PATTERNS = namePatterns();

    private static final LocalTime EARTH_HOUR_START = LocalTime.of(20, 30);
    private static final int CHINESE_EPOCH = 2637;
    private static final int HEBREW_EPOCH = 3760;

    private Holidays() {
    }

    /** {@return the holiday a (folded) name stands for, or null} */
    static @Nullable Holiday named(String name) {
        return BY_NAME.get(name);
    }

    private static Map<String, Holiday> names() {
        Map<String, Holiday> m = new HashMap<>();
        gregorian(m, 1, 1, "元旦", "新年");
        gregorian(m, 2, 14, "情人节", "西洋情人节");
        gregorian(m, 3, 8, "妇女节", "三八妇女节", "国际妇女节", "三八国际妇女节", "三八节");
        gregorian(m, 3, 12, "植树节");
        gregorian(m, 3, 15, "消费者权益日", "国际消费者权益日", "三一五", "315消费者权益日");
        gregorian(m, 4, 1, "愚人节");
        gregorian(m, 4, 22, "世界地球日", "地球日");
        gregorian(m, 4, 23, "世界读书日");
        gregorian(m, 5, 1, "劳动节", "五一劳动节", "国际劳动节", "五一国际劳动节", "五一");
        gregorian(m, 5, 4, "青年节", "五四青年节");
        gregorian(m, 5, 12, "护士节", "国际护士节");
        gregorian(m, 6, 1, "儿童节", "六一儿童节", "国际儿童节", "六一国际儿童节");
        gregorian(m, 6, 5, "世界环境日");
        gregorian(m, 7, 1, "建党节", "七一建党节", "香港回归纪念日");
        gregorian(m, 8, 1, "建军节", "八一建军节");
        gregorian(m, 9, 3, "抗战胜利纪念日");
        gregorian(m, 9, 10, "教师节");
        gregorian(m, 10, 1, "国庆节", "国庆", "国庆日", "十一国庆节");
        gregorian(m, 10, 10, "双十节", "双十国庆");
        gregorian(m, 10, 16, "老板节");
        // In Chinese usage 万圣节 is Halloween; All Saints' Day itself is 诸圣节.
        gregorian(m, 10, 31, "万圣节", "万圣节前夜", "万圣夜");
        gregorian(m, 11, 1, "诸圣节");
        gregorian(m, 11, 11, "光棍节", "双十一", "双11");
        gregorian(m, 12, 1, "世界艾滋病日");
        gregorian(m, 12, 13, "国家公祭日");
        gregorian(m, 12, 20, "澳门回归纪念日");
        gregorian(m, 12, 24, "平安夜");
        gregorian(m, 12, 25, "圣诞节", "圣诞");
        gregorian(m, 1, 7, "东正教圣诞节");
        put(m, new Holiday(Rule.NTH_WEEKDAY, 5, 7, 2, 1), "母亲节");
        put(m, new Holiday(Rule.NTH_WEEKDAY, 6, 7, 3, 1), "父亲节");
        put(m, new Holiday(Rule.NTH_WEEKDAY, 11, 4, 4, 1), "感恩节");
        put(m, new Holiday(Rule.EARTH_HOUR, 0, 0, 0, 1), "地球一小时");
        easter(m, Rule.EASTER, 0, 1, "复活节", "复活节主日", "复活主日");
        easter(m, Rule.EASTER, 1, 1, "复活节星期一");
        easter(m, Rule.EASTER, -1, 1, "圣周六", "神圣周六", "黑色星期六", "复活节前夜");
        easter(m, Rule.EASTER, -2, 1, "耶稣受难日", "受难日", "主受难节", "圣周五", "耶稣受难节");
        easter(m, Rule.EASTER, -3, 1, "濯足节", "圣周四", "濯足星期四");
        easter(m, Rule.EASTER, -7, 1, "棕枝主日", "圣枝主日", "圣树主日", "基督苦难主日", "棕榈主日");
        easter(m, Rule.EASTER, -46, 1, "圣灰星期三", "圣灰节", "大斋首日", "涂灰日");
        easter(m, Rule.EASTER, -46, 46, "四旬节", "四旬期", "大斋期");
        easter(m, Rule.EASTER, -47, 1, "忏悔星期二", "煎饼节");
        easter(m, Rule.EASTER, 39, 1, "耶稣升天节", "升天节", "主升天节");
        easter(m, Rule.EASTER, 49, 1, "五旬节", "圣灵降临节", "圣灵降临日", "圣神降临节");
        easter(m, Rule.EASTER, 50, 1, "圣灵节庆日", "圣灵降临节星期一");
        easter(m, Rule.EASTER, 56, 1, "圣三一主日", "三一主日");
        easter(m, Rule.EASTER, 60, 1, "基督圣体节", "圣体节");
        easter(m, Rule.ORTHODOX_EASTER, 0, 1, "东正教复活节");
        easter(m, Rule.ORTHODOX_EASTER, -7, 1, "东正教棕枝主日", "东正教圣枝主日", "东正教圣树主日", "东正教基督苦难主日");
        easter(m, Rule.ORTHODOX_EASTER, -2, 1, "东正教受难日");
        lunar(m, 1, 1, "春节", "农历新年", "大年初一", "农历春节", "中国新年");
        lunar(m, 1, 15, "元宵节", "元宵", "上元节");
        lunar(m, 2, 2, "龙抬头");
        lunar(m, 5, 5, "端午节", "端午", "端阳节");
        lunar(m, 7, 7, "七夕节", "七夕", "乞巧节");
        lunar(m, 7, 15, "中元节", "盂兰节", "鬼节");
        lunar(m, 8, 15, "中秋节", "中秋", "团圆节");
        lunar(m, 9, 9, "重阳节", "重阳", "重九");
        lunar(m, 10, 1, "寒衣节");
        lunar(m, 12, 8, "腊八节", "腊八");
        lunar(m, 12, 23, "小年");
        put(m, new Holiday(Rule.LUNAR_NEW_YEAR_EVE, 12, 0, 0, 1), "除夕", "大年夜", "大年三十", "年三十", "除夕夜");
        put(m, new Holiday(Rule.QINGMING, 4, 0, 0, 1), "清明节", "清明");
        put(m, new Holiday(Rule.WINTER_SOLSTICE, 12, 0, 0, 1), "冬至");
        hebrew(m, HebrewCalendar.TISHRI, 1, 2, "犹太新年", "岁首节", "吹角节");
        hebrew(m, HebrewCalendar.TISHRI, 10, 1, "赎罪日", "赎罪节");
        hebrew(m, HebrewCalendar.TISHRI, 15, 7, "住棚节", "帐棚节", "结茅节");
        hebrew(m, HebrewCalendar.TISHRI, 22, 1, "圣会节", "第八日集会节");
        hebrew(m, HebrewCalendar.TISHRI, 23, 1, "西赫托拉节", "西赫妥拉节", "诵经节", "转经节", "律法节", "欢庆圣法节",
                "律法欢庆节");
        hebrew(m, HebrewCalendar.KISLEV, 25, 8, "光明节", "修殿节", "哈努卡节", "献殿节");
        hebrew(m, HebrewCalendar.SHEVAT, 15, 1, "犹太植树节", "图比舍巴特节", "树木新年");
        hebrew(m, HebrewCalendar.ADAR, 14, 1, "普珥节", "普林节", "普洱节");
        hebrew(m, HebrewCalendar.NISAN, 15, 8, "逾越节");
        hebrew(m, HebrewCalendar.SIVAN, 6, 2, "七七节", "沙夫幼特节", "收获节", "新果实节", "周日节");
        hebrew(m, HebrewCalendar.AV, 9, 1, "圣殿被毁日", "阿布月九日");
        islamic(m, 1, 1, 1, "伊斯兰新年", "回历新年");
        islamic(m, 1, 10, 1, "阿舒拉节", "阿舒拉日");
        islamic(m, 3, 12, 1, "圣纪节", "穆罕默德诞辰", "圣纪");
        islamic(m, 7, 27, 1, "登霄节", "夜行登霄节");
        islamic(m, 9, 1, 30, "斋月", "莱麦丹月", "赖买丹月");
        islamic(m, 10, 1, 1, "开斋节", "肉孜节", "尔德节");
        islamic(m, 12, 10, 1, "古尔邦节", "宰牲节", "忠孝节");
        return Map.copyOf(m);
    }

    private static List<String> namePatterns() {
        Map<Character, List<String>> byFirst = new TreeMap<>();
        for (String name : BY_NAME.keySet()) {
            byFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
        }
        List<String> patterns = new ArrayList<>();
        for (List<String> names : byFirst.values()) {
            names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            patterns.add("(?<![零〇一二三四五六七八九十])(" + String.join("|", names.stream().map(Pattern::quote).toList())
                    + ")(?![路街村号线队中小班])");
        }
        return List.copyOf(patterns);
    }

    private static void put(Map<String, Holiday> m, Holiday holiday, String... names) {
        for (String name : names) {
            m.put(DateText.fold(name), holiday);
        }
    }

    private static void gregorian(Map<String, Holiday> m, int month, int day, String... names) {
        put(m, new Holiday(Rule.GREGORIAN, month, day, 0, 1), names);
    }

    private static void easter(Map<String, Holiday> m, Rule rule, int offset, int days, String... names) {
        put(m, new Holiday(rule, 0, offset, 0, days), names);
    }

    private static void lunar(Map<String, Holiday> m, int month, int day, String... names) {
        put(m, new Holiday(Rule.LUNAR, month, day, 0, 1), names);
    }

    private static void hebrew(Map<String, Holiday> m, int month, int day, int days, String... names) {
        put(m, new Holiday(Rule.HEBREW, month, day, 0, days), names);
    }

    private static void islamic(Map<String, Holiday> m, int month, int day, int days, String... names) {
        put(m, new Holiday(Rule.ISLAMIC, month, day, 0, days), names);
    }

    /** {@return the year of a holiday named without one: the reference year, or the next one near its end} */
    static int yearFor(Holiday holiday, LocalDate reference) {
        int year = reference.getYear();
        LocalDate date = date(holiday, year);
        if (date != null && reference.getMonthValue() >= 11 && date.getMonthValue() <= 2) {
            return year + 1;
        }
        return year;
    }

    /** {@return the holiday's first day in the Gregorian {@code year}, or null if it cannot be computed} */
    static @Nullable LocalDate date(Holiday holiday, int year) {
        if (year < 1000 || year > 2199) {
            return null;
        }
        return switch (holiday.rule()) {
            case GREGORIAN -> LocalDate.of(year, holiday.month(), holiday.day());
            case NTH_WEEKDAY -> LocalDate.of(year, holiday.month(), 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(holiday.nth(), DayOfWeek.of(holiday.day())));
            case EARTH_HOUR -> earthHour(year);
            case EASTER -> easter(year).plusDays(holiday.day());
            case ORTHODOX_EASTER -> orthodoxEaster(year).plusDays(holiday.day());
            case LUNAR -> lunar(year, holiday.month(), holiday.day());
            case LUNAR_NEW_YEAR_EVE -> {
                LocalDate newYear = lunar(year, 1, 1);
                yield newYear == null ? null : newYear.minusDays(1);
            }
            case QINGMING -> solarTerm(year, 4, 4.81, 5.59);
            case WINTER_SOLSTICE -> solarTerm(year, 12, 21.94, 22.60);
            case HEBREW -> hebrew(year, holiday.month(), holiday.day());
            case ISLAMIC -> islamic(year, holiday.month(), holiday.day());
        };
    }

    /**
     * {@return whether the holiday begins at sunset on the evening before its first day}: a day of the Hebrew calendar
     * runs from sunset to sunset, so 赎罪日 (Yom Kippur, 10 Tishri) 2013 begins on the evening of 13 September and ends
     * on the 14th. Islamic holidays are given by their civil day, as calendars and news give them.
     */
    static boolean beginsTheEveningBefore(Holiday holiday) {
        return holiday.rule() == Rule.HEBREW;
    }

    /** {@return the time of day an event of hours begins (地球一小时 at 20:30), or null for a holiday of whole days} */
    static @Nullable LocalTime startTime(Holiday holiday) {
        return holiday.rule() == Rule.EARTH_HOUR ? EARTH_HOUR_START : null;
    }

    /** {@return the time of day an event of hours ends (地球一小时 at 21:30), or null for a holiday of whole days} */
    static @Nullable LocalTime endTime(Holiday holiday) {
        return holiday.rule() == Rule.EARTH_HOUR ? EARTH_HOUR_START.plusHours(1) : null;
    }

    /**
     * {@return the day of Earth Hour in {@code year}}: WWF holds it on the last Saturday of March from 20:30 to 21:30
     * local time, a week earlier when that Saturday is Holy Saturday (2013-03-23, 2016-03-19, 2024-03-23).
     */
    static LocalDate earthHour(int year) {
        LocalDate day = LocalDate.of(year, 3, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return day.equals(easter(year).minusDays(1)) ? day.minusWeeks(1) : day;
    }

    /** {@return Western Easter Sunday of {@code year} (anonymous Gregorian algorithm)} */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** {@return Orthodox Easter Sunday of {@code year} (Meeus' Julian algorithm, moved to the Gregorian calendar)} */
    static LocalDate orthodoxEaster(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = ((d + e + 114) % 31) + 1;
        int julianToGregorian = year / 100 - year / 400 - 2;
        return LocalDate.of(year, month, day).plusDays(julianToGregorian);
    }

    /**
     * {@return the Gregorian date of a Chinese lunar date in the lunar year that begins in {@code year}, or null if
     * that lunar month has no such day}
     */
    static @Nullable LocalDate lunar(int year, int month, int day) {
        if (year < 1000 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year + CHINESE_EPOCH);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return checked(calendar, month - 1, day);
    }

    private static @Nullable LocalDate hebrew(int year, int month, int day) {
        HebrewCalendar calendar = new HebrewCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        // Tishri to Tevet fall in the autumn of the Gregorian year, when the Hebrew year has already turned.
        int hebrewYear = year + HEBREW_EPOCH + (month <= HebrewCalendar.TEVET ? 1 : 0);
        calendar.set(Calendar.EXTENDED_YEAR, hebrewYear);
        calendar.set(Calendar.MONTH, month);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return julianDay(calendar);
    }

    private static @Nullable LocalDate islamic(int year, int month, int day) {
        // An Islamic year is 11 days shorter, so a Gregorian year can hold the same date twice: take the first.
        int approximate = (int) Math.floor((year - 622) * 33.0 / 32.0);
        for (int islamicYear = approximate - 1; islamicYear <= approximate + 2; islamicYear++) {
            IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
            calendar.clear();
            calendar.set(Calendar.EXTENDED_YEAR, islamicYear);
            calendar.set(Calendar.MONTH, month - 1);
            calendar.set(Calendar.DAY_OF_MONTH, day);
            LocalDate date = julianDay(calendar);
            if (date.getYear() == year) {
                return date;
            }
        }
        return null;
    }

    private static @Nullable LocalDate checked(Calendar calendar, int month, int day) {
        LocalDate date = julianDay(calendar);
        if (calendar.get(Calendar.MONTH) != month || calendar.get(Calendar.DAY_OF_MONTH) != day) {
            return null;
        }
        return date;
    }

    private static LocalDate julianDay(Calendar calendar) {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
    }

    /**
     * {@return the day of a solar term by the common "Y·D + C − L" rule, with {@code c20} and {@code c21} the
     * constants of the 20th and 21st centuries}
     */
    private static LocalDate solarTerm(int year, int month, double c21, double c20) {
        int y = year % 100;
        double c = year >= 2001 ? c21 : c20;
        int leap = (month <= 2 ? y - 1 : y) / 4;
        int day = (int) Math.floor(y * 0.2422 + c) - leap;
        return LocalDate.of(year, month, day);
    }
}

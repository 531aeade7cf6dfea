package io.github.jianbao.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages state them: metadata values ({@code 2020-10-12T14:56:56.836Z}, {@code 2019-12-10
 * 07:57:40}), visible timestamp lines ({@code 2019年11月25日 18:57}, the feeds' {@code 12/10/2020 - 23:29}, the blogs'
 * {@code Dec 28 Sat 2013 00:28}), header stamps without a year ({@code 发布时间：01-14 17:58}), and the year a page's
 * text talks about most.
 */
public final class PageDates {
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    private static final Pattern YMD_TIME = Pattern.compile(
            "(?<!\\d)(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?"
                    + "(?:[T\\s]*|\\s*-\\s*|[,，]?\\s*\\D{0,10})\\d{1,2}:\\d{2}");
    /** Day first, as European feeds write it. */
    private static final Pattern DMY_TIME = Pattern.compile(
            "(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*-?\\s*\\d{1,2}:\\d{2}");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
    /** Month name first, as blog platforms write it: {@code Dec 28 Sat 2013 00:28}, {@code March 5, 2020 10:02}. */
    private static final Pattern ENGLISH_TIME = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
                    + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(\\d{4})\\s+\\d{1,2}:\\d{2}");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    /** A header stamp without a year: {@code 发布时间：01-14 17:58}, {@code 10-0812:00}. */
    private static final Pattern MONTH_DAY_TIME = Pattern.compile(
            "^(?:(?:发布|發佈|发表|發表|更新)?(?:时间|時間)\\s*[：:]?\\s*)?(\\d{1,2})-(\\d{2})\\s*\\d{1,2}:\\d{2}");
    private static final int STAMP_MAX = 80;

    private PageDates() {
    }

    /**
     * {@return the date of a metadata value; empty if it holds none} A timestamp with an offset names an instant
     * and gives its UTC date, so a page stamped in China time after midnight keeps the day its URL carries.
     */
    public static Optional<LocalDate> parse(String value) {
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException notOffset) {
            // Not a full timestamp: the first year-month-day in the value is the date, in the page's own time.
            Matcher m = YMD.matcher(v);
            return m.find() ? UrlDates.date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
        }
    }

    /** {@return the date of a short line that states a date and a time, as page headers do; empty otherwise} */
    public static Optional<LocalDate> stamp(String line) {
        if (line.length() > STAMP_MAX) {
            return Optional.empty();
        }
        Matcher ymd = YMD_TIME.matcher(line);
        if (ymd.find()) {
            Optional<LocalDate> iso = line.strip().matches("\\d\\S+T\\S+") ? parse(line) : Optional.empty();
            return iso.or(() -> UrlDates.date(ymd.group(1), ymd.group(2), ymd.group(3)));
        }
        Matcher dmy = DMY_TIME.matcher(line);
        if (dmy.find()) {
            return UrlDates.date(dmy.group(3), dmy.group(2), dmy.group(1));
        }
        Matcher english = ENGLISH_TIME.matcher(line);
        if (english.find()) {
            int month = MONTHS.indexOf(english.group(1).toLowerCase(Locale.ROOT)) + 1;
            return UrlDates.date(Integer.parseInt(english.group(3)), month, Integer.parseInt(english.group(2)));
        }
        return Optional.empty();
    }

    /** {@return {@code line} without the timestamp {@link #stamp} reads in it; {@code line} itself if it has none} */
    public static String withoutStamp(String line) {
        for (Pattern p : List.of(YMD_TIME, DMY_TIME, ENGLISH_TIME)) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return line.substring(0, m.start()) + " " + line.substring(m.end());
            }
        }
        return line;
    }

    /** {@return the month and day of a short header line that stamps a time but no year; empty otherwise} */
    public static Optional<MonthDay> monthDayStamp(String line) {
        if (line.length() > STAMP_MAX) {
            return Optional.empty();
        }
        Matcher m = MONTH_DAY_TIME.matcher(line.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(2000, month).lengthOfMonth()
                ? Optional.of(MonthDay.of(month, day)) : Optional.empty();
    }

    /** {@return the year {@code text} names most often as 2018年, the latest on a tie; empty if none} */
    public static Optional<Integer> commonYear(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }
}

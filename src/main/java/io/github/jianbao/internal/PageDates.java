package io.github.jianbao.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages state them: metadata values ({@code 2020-10-12T14:56:56.836Z}, {@code 2019-12-10
 * 07:57:40}), visible timestamp lines ({@code 2019年11月25日 18:57}, the feeds' {@code 12/10/2020 - 23:29}), and the
 * year a page's text talks about most.
 */
public final class PageDates {
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    private static final Pattern YMD_TIME = Pattern.compile(
            "(?<!\\d)(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[T\\s]*|\\s*-\\s*|[,，]?\\s*\\D{0,10})\\d{1,2}:\\d{2}");
    /** Day first, as European feeds write it. */
    private static final Pattern DMY_TIME = Pattern.compile(
            "(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*-?\\s*\\d{1,2}:\\d{2}");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
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
        return dmy.find() ? UrlDates.date(dmy.group(3), dmy.group(2), dmy.group(1)) : Optional.empty();
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

package io.github.jianbao.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates written into article addresses: {@code /2020/05/26/}, {@code /2019-12/10/}, {@code /gb/20/9/17/},
 * {@code china-lawyers-20180908}, and RFA's month-day-year file names ({@code lf-10012020145227.html}).
 */
public final class UrlDates {
    private static final Pattern SLASHED = Pattern.compile("/(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$)");
    private static final Pattern SHORT_YEAR = Pattern.compile("/(\\d{2})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern RFA = Pattern.compile("-(\\d{2})(\\d{2})(\\d{4})\\d{6}\\.html?$");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");

    private UrlDates() {
    }

    /** {@return the date that {@code url} carries; empty if none} */
    public static Optional<LocalDate> find(String url) {
        Matcher m = SLASHED.matcher(url);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = RFA.matcher(url);
        if (m.find()) {
            return date(m.group(3), m.group(1), m.group(2));
        }
        m = SHORT_YEAR.matcher(url);
        if (m.find()) {
            return date("20" + m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(url);
        while (m.find()) {
            Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** {@return the date if the three numbers make one; empty otherwise} */
    public static Optional<LocalDate> date(String year, String month, String day) {
        return date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    /** {@return the date if the three numbers make one; empty otherwise} */
    public static Optional<LocalDate> date(int year, int month, int day) {
        if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }
}

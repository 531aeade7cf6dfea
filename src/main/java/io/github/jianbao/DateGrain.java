package io.github.jianbao;

/**
 * The precision of a {@link DateMention}'s value, coarse to fine; it also fixes how the value is written.
 */
public enum DateGrain {
    /** A calendar year, written {@code 2020}. */
    YEAR,
    /** A calendar month, written {@code 2020-05}. */
    MONTH,
    /** An ISO week (Monday to Sunday), written {@code 2020-W22}. */
    WEEK,
    /** A day, written {@code 2020-05-26}. */
    DAY,
    /** An hour of a day, written {@code 2020-05-26T20:00}, with the zone offset appended where one is given. */
    HOUR,
    /** A minute of a day, written {@code 2020-05-26T20:30}, with the zone offset appended where one is given. */
    MINUTE,
    /** A second of a day, written {@code 2020-05-26T20:30:15}, with the zone offset appended where one is given. */
    SECOND
}

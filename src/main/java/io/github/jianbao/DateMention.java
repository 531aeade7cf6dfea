package io.github.jianbao;

import io.github.jianbao.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * One date or time expression of the article, normalised to ISO-8601 where it can be resolved.
 *
 * <p>A point is written at its grain: {@code 2020}, {@code 2020-05}, {@code 2020-W22}, {@code 2020-05-26},
 * {@code 2020-05-26T20:00}, {@code 2020-05-26T20:00+08:00} (北京时间). An interval is {@code start/end}, both ends
 * inclusive and written at their grain: 4月16日至29日 is {@code 2020-04-16/2020-04-29}, 2019-2020年 is
 * {@code 2019/2020}; an open end is {@code ..}, so 2018年以来 is {@code 2018/..}. An end at hour or minute grain is
 * the clock time the text or the event gives, so 下午3点至5点 is {@code 2020-05-26T15:00/2020-05-26T17:00} and
 * 地球一小时 {@code 2020-03-28T20:30/2020-03-28T21:30}. A holiday is written as the days it covers; one of the Hebrew
 * calendar begins at sunset on the evening before (赎罪日 2020 is {@code 2020-09-27/2020-09-28}).
 *
 * <p>Values are resolved against the article's publication date, else the reference date given to
 * {@link ArticleAnalyzer#analyze(String, ArticleFormat, java.time.LocalDate) analyze}; without either, a partial or
 * relative expression keeps an empty value (no clock is read). News mostly reports what has happened, so an
 * underspecified date leans to the past: a month-day without a year (4月16日) is the one from nine months before to
 * three months after the reference date, a bare day (16日) from 23 days before to seven after, a weekday (周三) from
 * four days before to two after (周三 in an article of Friday is two days before). 3天前 and 两周后 are points, 前两天
 * and 近三年 spans; a date without a year takes it from a dated expression earlier in its sentence; 当天 and 次日
 * count from the nearest date before them. The full rules are in {@link io.github.jianbao.stage.DateNormalizer}.
 *
 * @param text       the expression as written, e.g. 4月16日
 * @param start      offset of the first character in {@link ArticleSummary#textOf(TextPart) textOf(part)}
 * @param end        offset after the last character
 * @param part       the part of the article the offsets index
 * @param value      the ISO-8601 value at the expression's grain; empty where it cannot be resolved, e.g. 昨天 with
 *                   no reference date, or 当天 with no date before it
 * @param grain      the precision of the expression (of its start, for an interval), known even when the value is
 *                   empty
 * @param isInterval whether the expression names a span rather than a point (4月16日至29日, 上旬, 晚上, 2018年以来)
 * @param isVague    whether the value only approximates the expression (近日, 年底, 月初)
 */
public record DateMention(String text, int start, int end, TextPart part, Optional<String> value, DateGrain grain,
                          boolean isInterval, boolean isVague) {
    /**
     * Checks the span against the text.
     *
     * @throws IllegalArgumentException if the text is empty or the span does not fit its length
     */
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(grain, "grain");
        Checks.argument(!text.isEmpty(), "text must not be empty: start=%d", start);
        Spans.check(text, start, end);
    }

    /** {@return whether the expression has a value} */
    public boolean isResolved() {
        return value.isPresent();
    }
}

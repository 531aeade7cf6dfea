package io.github.jianbao.tools;

import io.github.jianbao.DateGrain;
import io.github.jianbao.DateMention;
import io.github.jianbao.TextPart;
import io.github.jianbao.stage.DateNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures {@link DateNormalizer} on a TSV of time expressions with reference times and expected values (the
 * {@code time_expr_zh} layout: expression, reference, expected, grain, type, …).
 *
 * <p>Each expression is put in a neutral carrier sentence and analysed with the row's reference date and time.
 * Printed:
 * exact-span recall, spurious spans (mentions other than the expression's exact span), and value accuracy at the
 * gold grain: a gold point matches a value whose start falls in the same gold-grain unit (2013-02-12T00:00:00 at
 * day grain matches 2013-02-12); a gold interval {@code start/end} (end exclusive) matches an interval whose start and
 * exclusive end fall in the same units; {@code a | b} accepts either reading. The gold end is also matched against
 * the start of our last unit, because one source writes explicit ranges with their last day as end
 * (从一月十日到十二日 → 2017-01-10/2017-01-12) and whole periods with an exclusive end (2015年 →
 * 2015-01-01/2016-01-01).
 *
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.TimeEvaluation \
 *     -Dexec.classpathScope=test -Dexec.args="path/to/dev.tsv [--misses]"
 * }</pre>
 */
public final class TimeEvaluation {
    private static final String BEFORE = "消息称";
    private static final String AFTER = "有新进展。";

    private TimeEvaluation() {
    }

    /** One gold row. */
    private record Row(String expression, LocalDateTime reference, String expected, String grain, String type,
                       String source) {
    }

    /**
     * A half-open span of time, or a time of day only; null ends are open. {@code last} is the start of the last unit
     * (ours) or equals {@code end} (gold).
     */
    private record Span(LocalDateTime start, LocalDateTime end, LocalDateTime last, boolean timeOnly,
                        boolean openStart, boolean openEnd) {
    }

    /**
     * Runs the evaluation.
     *
     * @param args the TSV path, then optionally {@code --misses} to list every row that fails
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: TimeEvaluation <file.tsv> [--misses]");
        }
        boolean misses = args.length > 1 && args[1].equals("--misses");
        List<Row> rows = read(Path.of(args[0]));
        DateNormalizer normalizer = new DateNormalizer();
        int exact = 0;
        int spurious = 0;
        int withValue = 0;
        int valueRight = 0;
        int dateRows = 0;
        int dateRight = 0;
        int spanAndValueRows = 0;
        for (Row row : rows) {
            String text = BEFORE + row.expression() + AFTER;
            int start = BEFORE.length();
            int end = start + row.expression().length();
            List<DateMention> found = normalizer.apply(
                    new DateNormalizer.Input(text, TextPart.BODY, Optional.of(row.reference().toLocalDate()),
                            Optional.of(row.reference().toLocalTime())));
            DateMention match = null;
            DateMention overlap = null;
            for (DateMention m : found) {
                if (m.start() == start && m.end() == end) {
                    match = m;
                } else {
                    spurious++;
                    if (overlap == null && m.start() < end && m.end() > start) {
                        overlap = m;
                    }
                }
            }
            if (match != null) {
                exact++;
            }
            DateMention best = match != null ? match : overlap;
            boolean notDate = row.expected().startsWith("P") || row.type().equals("set")
                    || row.type().equals("duration");
            boolean right = false;
            if (!row.expected().equals("NOT_RESOLVED")) {
                withValue++;
                right = best != null && best.value().isPresent() && matches(best, row);
                if (right) {
                    valueRight++;
                }
                if (!notDate) {
                    dateRows++;
                    if (right) {
                        dateRight++;
                    }
                }
                if (right && match != null) {
                    spanAndValueRows++;
                }
            }
            if (misses && (match == null || !right)) {
                System.out.printf("%s\t%s\t%s\t%s\t%s%n", match == null ? "SPAN " : "VALUE", row.expression(),
                        row.expected(), row.grain(), describe(found));
            }
        }
        System.out.printf(Locale.ROOT, "rows: %d (%s)%n", rows.size(), args[0]);
        System.out.printf(Locale.ROOT, "exact-span recall: %d/%d = %.1f%%%n", exact, rows.size(),
                100.0 * exact / rows.size());
        System.out.printf(Locale.ROOT, "spurious spans: %d%n", spurious);
        System.out.printf(Locale.ROOT, "value right at gold grain: %d/%d = %.1f%% (rows with a gold value)%n",
                valueRight, withValue, 100.0 * valueRight / withValue);
        System.out.printf(Locale.ROOT, "value right at gold grain, dates only: %d/%d = %.1f%% "
                + "(without durations and recurring sets, which are not dates)%n", dateRight, dateRows,
                100.0 * dateRight / dateRows);
        System.out.printf(Locale.ROOT, "exact span and value right: %d/%d = %.1f%%%n", spanAndValueRows, withValue,
                100.0 * spanAndValueRows / withValue);
    }

    private static String describe(List<DateMention> found) {
        List<String> parts = new ArrayList<>();
        for (DateMention m : found) {
            parts.add(m.text() + "=" + m.value().orElse("∅") + "@" + m.grain());
        }
        return String.join(" ", parts);
    }

    private static List<Row> read(Path path) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[0], LocalDateTime.parse(f[1]), f[2], f[3], f[4], f[6]));
        }
        return rows;
    }

    private static boolean matches(DateMention mention, Row row) {
        ChronoUnit unit = unit(row.grain());
        Span ours = parse(mention.value().orElseThrow(), mention.grain());
        if (ours == null) {
            return false;
        }
        for (String alternative : row.expected().split(" \\| ")) {
            Span gold = parseGold(alternative.strip(), unit);
            if (gold != null && same(ours, gold, unit, isInterval(alternative))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInterval(String gold) {
        return gold.contains("/");
    }

    private static boolean same(Span ours, Span gold, ChronoUnit unit, boolean goldInterval) {
        if (gold.timeOnly()) {
            return !ours.openStart() && ours.openEnd() == gold.openEnd() && truncate(ours.start(), unit)
                    .toLocalTime().equals(truncate(gold.start(), unit).toLocalTime());
        }
        if (gold.openStart() || gold.openEnd()) {
            if (gold.openEnd()) {
                return ours.openEnd() && !ours.openStart() && truncate(ours.start(), unit)
                        .equals(truncate(gold.start(), unit));
            }
            return ours.openStart() && (truncate(ours.end(), unit).equals(truncate(gold.end(), unit))
                    || truncate(ours.last(), unit).equals(truncate(gold.end(), unit)));
        }
        if (ours.openStart() || ours.openEnd()) {
            return false;
        }
        if (!truncate(ours.start(), unit).equals(truncate(gold.start(), unit))) {
            return false;
        }
        return !goldInterval || truncate(ours.end(), unit).equals(truncate(gold.end(), unit))
                || truncate(ours.last(), unit).equals(truncate(gold.end(), unit));
    }

    private static ChronoUnit unit(String grain) {
        return switch (grain) {
            case "second", "now" -> ChronoUnit.SECONDS;
            case "minute" -> ChronoUnit.MINUTES;
            case "hour", "partofday" -> ChronoUnit.HOURS;
            case "day", "weekend" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month", "season" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
    }

    private static LocalDateTime truncate(LocalDateTime t, ChronoUnit unit) {
        return switch (unit) {
            case YEARS -> t.toLocalDate().withDayOfYear(1).atStartOfDay();
            case MONTHS -> t.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case WEEKS -> t.toLocalDate().with(DayOfWeek.MONDAY).atStartOfDay();
            default -> t.truncatedTo(unit);
        };
    }

    /** Gold: instant {@code YYYY-MM-DDTHH:MM:SS} or date, interval with exclusive end, open ends, time only. */
    private static Span parseGold(String gold, ChronoUnit unit) {
        if (gold.startsWith("T") && gold.endsWith("/..")) {
            LocalTime time = LocalTime.parse(gold.substring(1, gold.length() - 3));
            LocalDateTime at = LocalDate.of(2000, 1, 1).atTime(time);
            return new Span(at, null, null, true, false, true);
        }
        if (gold.contains("/")) {
            String[] ends = gold.split("/", 2);
            boolean openStart = ends[0].equals("..");
            boolean openEnd = ends[1].equals("..");
            LocalDateTime start = openStart ? null : goldInstant(ends[0]);
            LocalDateTime end = openEnd ? null : goldInstant(ends[1]);
            if ((!openStart && start == null) || (!openEnd && end == null)) {
                return null;
            }
            return new Span(start, end, end, false, openStart, openEnd);
        }
        if (gold.startsWith("T")) {
            LocalTime time = LocalTime.parse(gold.substring(1));
            return new Span(LocalDate.of(2000, 1, 1).atTime(time), null, null, true, false, false);
        }
        LocalDateTime at = goldInstant(gold);
        return at == null ? null : new Span(at, at.plus(1, unit), at, false, false, false);
    }

    private static LocalDateTime goldInstant(String s) {
        try {
            return s.contains("T") ? LocalDateTime.parse(s) : LocalDate.parse(s).atStartOfDay();
        } catch (RuntimeException e) {
            // Durations and recurring sets (P2Y, XXXX-WXX-1) are not instants.
            return null;
        }
    }

    /** Ours: see {@link DateMention}; ends inclusive at their grain, so the end here is after the last unit. */
    private static Span parse(String value, DateGrain grain) {
        String v = value.replaceAll("(Z|[+-]\\d{2}:\\d{2})(?=/|$)", "");
        if (v.contains("/")) {
            String[] ends = v.split("/", 2);
            boolean openStart = ends[0].equals("..");
            boolean openEnd = ends[1].equals("..");
            LocalDateTime[] a = openStart ? null : point(ends[0], grain);
            LocalDateTime[] b = openEnd ? null : point(ends[1], grain);
            return new Span(a == null ? null : a[0], b == null ? null : b[1], b == null ? null : b[0], false,
                    openStart, openEnd);
        }
        LocalDateTime[] p = point(v, grain);
        return new Span(p[0], p[1], p[0], false, false, false);
    }

    /** {@return the start of a value at its grain and the start of the next unit} */
    private static LocalDateTime[] point(String v, DateGrain grain) {
        if (v.matches("\\d{4}")) {
            LocalDateTime s = LocalDate.of(Integer.parseInt(v), 1, 1).atStartOfDay();
            return new LocalDateTime[] {s, s.plusYears(1)};
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            LocalDateTime s = LocalDate.parse(v + "-01").atStartOfDay();
            return new LocalDateTime[] {s, s.plusMonths(1)};
        }
        if (v.matches("\\d{4}-W\\d{2}")) {
            int year = Integer.parseInt(v.substring(0, 4));
            int week = Integer.parseInt(v.substring(6));
            LocalDate d = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(DayOfWeek.MONDAY);
            return new LocalDateTime[] {d.atStartOfDay(), d.plusWeeks(1).atStartOfDay()};
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDateTime s = LocalDate.parse(v).atStartOfDay();
            return new LocalDateTime[] {s, s.plusDays(1)};
        }
        LocalDateTime s = LocalDateTime.parse(v);
        ChronoUnit unit = grain == DateGrain.SECOND ? ChronoUnit.SECONDS
                : grain == DateGrain.MINUTE ? ChronoUnit.MINUTES : ChronoUnit.HOURS;
        return new LocalDateTime[] {s, s.plus(1, unit)};
    }
}

package io.github.jianbao.stage;

import io.github.jianbao.DateGrain;
import io.github.jianbao.DateMention;
import io.github.jianbao.TextPart;
import io.github.jianbao.internal.Checks;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the date and time expressions of one text and normalises each to ISO-8601 against a reference date.
 *
 * <p>Needs: a plain string (body, title, dateline or caption; simplified or traditional script, half- or full-width
 * digits), its {@link TextPart} and, optionally, the article's reference date and a time of day on it. Guarantees:
 * one {@link DateMention} per expression, whole (4月16日晚, 4月16日至29日 and 北京时间5月26日晚8点 are one mention
 * each), in text order, not overlapping, with offsets into the given text and the part copied from the input. A value
 * is never guessed: an expression that needs the reference date (or, for 两小时前, the reference time) when there is
 * none, that names an impossible date, or that recurs (每年8月7日或8日, 每天早上8点), keeps an empty value.
 * Durations (14天, 三年来), ages, counts, version numbers, phone numbers and bare numbers (709) are not dates.
 * Stateless and thread-safe; it reads no clock.
 *
 * <p>How ambiguity is resolved. News mostly reports what has happened, so an underspecified date leans to the past
 * of the reference date:
 * <ul>
 *   <li>a month-day or a month without a year (4月16日, 5月) is the one from nine months before to three months after
 *       the reference, so 12月 in a January article is last December and 11月4日 in an August article is this
 *       November;</li>
 *   <li>a bare day (16日) is the one from 23 days before to seven days after the reference;</li>
 *   <li>a bare weekday (周三) is the one from four days before to two days after the reference: 周三 in an article of
 *       Friday is two days before; 本周/上周/下周 name calendar weeks, Monday to Sunday;</li>
 *   <li>a holiday without a year is the one of the reference year, except that one early in a year named in the last
 *       two months of the year before (元旦 in late December) is the coming one; a holiday of the Hebrew calendar
 *       begins at sunset, so its value starts on the evening before its first day (赎罪日 2020 is
 *       {@code 2020-09-27/2020-09-28}, 逾越节 2020 {@code 2020-04-08/2020-04-16}), and an event of hours is written
 *       at minute grain (地球一小时 2020 is {@code 2020-03-28T20:30/2020-03-28T21:30});</li>
 *   <li>an amount before 前 or 后 is a point, 3天前 three days before the reference and 两周后 two weeks after it,
 *       at the grain of its unit, counted from the day an earlier date of the same sentence names where there is one
 *       (8月6日签署行政令，将在45天后生效 is 45 days after 8月6日); the amount after 前, 后, 近 or 未来 is a span of
 *       whole units next to the reference's (前两天 is the two days before it, 近三年 the last three years with
 *       this one);</li>
 *   <li>a date without a year that follows, in the same sentence, a date whose year is given (去年11月…8月) takes
 *       its year from that date rather than from the reference, by the same rules;</li>
 *   <li>当天, 次日 and the like count from the nearest date before them in the same paragraph, and stay unresolved
 *       without one; a time of day alone (晚上8点) belongs to the nearest day before it in the sentence, else to the
 *       reference date;</li>
 *   <li>the end of a range takes what it leaves out from its start (4月16日至29日), and moves on a year or a month
 *       if it would end before it starts;</li>
 *   <li>12/10/2020 is read day-first or month-first only where one reading is impossible, and stays unresolved
 *       otherwise.</li>
 * </ul>
 * 近日, 日前, 年底, 月初 and the like are flagged vague: their value is the reference day, the last or first month,
 * and so on.
 *
 * <pre>{@code
 * List<DateMention> dates = new DateNormalizer().apply(
 *         new DateNormalizer.Input("4月16日晚，…", TextPart.BODY, Optional.of(LocalDate.of(2020, 5, 26))));
 * // 4月16日晚 → 2020-04-16T18:00/2020-04-16T23:00, grain HOUR, interval
 * }</pre>
 */
public final class DateNormalizer implements Stage<DateNormalizer.Input, List<DateMention>> {

    /**
     * What {@link DateNormalizer} reads.
     *
     * @param text          the text to scan; may be empty
     * @param part          the part of the article the text is, copied into every mention
     * @param referenceDate the date relative expressions count from (the publication date); empty if unknown
     * @param referenceTime the time of day on the reference date that hours, minutes and seconds count from
     *                      (两小时前); empty if unknown, as it is for an article
     */
    public record Input(String text, TextPart part, Optional<LocalDate> referenceDate,
                        Optional<LocalTime> referenceTime) {
        /**
         * Rejects null components.
         *
         * @throws IllegalArgumentException if there is a reference time without a reference date
         */
        public Input {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(referenceDate, "referenceDate");
            Objects.requireNonNull(referenceTime, "referenceTime");
            Checks.argument(referenceDate.isPresent() || referenceTime.isEmpty(),
                    "referenceTime needs a referenceDate: %s", referenceTime.orElse(null));
        }

        /** An input without a reference time of day. */
        public Input(String text, TextPart part, Optional<LocalDate> referenceDate) {
            this(text, part, referenceDate, Optional.empty());
        }
    }

    // Levels of the parts of one point expression, coarse to fine; parts follow each other in rising level.
    private static final int ZONE = 0;
    private static final int YEAR = 1;
    private static final int YEAR_PART = 2;
    private static final int MONTH = 3;
    private static final int MONTH_PART = 4;
    private static final int DAY = 5;
    private static final int DAY_PART = 6;
    private static final int TIME = 7;

    private static final String CN_DIGIT = "[零〇○一二三四五六七八九]";
    private static final String CN_SMALL = "[零〇○一二两三四五六七八九十廿卅]{1,3}";
    private static final String NUMERAL_BEFORE = "零〇○一二两三四五六七八九十百千万亿廿卅几数每第";
    /**
     * Captures, as group 1, a Han char right before a day, other than a month's 月 or a word that introduces a date
     * (在, 于, 到, 从 …) or a doer (他, 我们 …).
     */
    private static final String NAME_BEFORE = "(?:(?<=([\\p{IsHan}&&"
            + "[^月在于於到至从從和与與及或是自止即约約等将將已曾再才就都也又他她它我你们們的起今明昨每前后後像]])))?";
    private static final String WEEK_WORD = "(?:周|星期|礼拜)";
    private static final String WEEKDAY = "([一二三四五六日天1-7])";
    private static final String WEEK_SHIFT = "(上上个?|下下个?|上一个?|下一个?|上个?|下个?|这一?个?|本|今个?)";

    private static final List<Atom> ATOMS = atoms();
    /** Words before an expression that make it recur, so that it names no single date. */
    private static final List<String> EVERY = List.of("每年", "每个月", "每月", "每周", "每星期", "每礼拜", "每天", "每日",
            "每晚", "每逢", "每到", "每年的", "每月的");
    private static final Pattern NUMBER_BEFORE_RANGE = Pattern.compile(
            "(?<![\\d.])(\\d{1,4}|" + CN_SMALL + ")\\s*(?:-|~|—|–|至|到)\\s*");
    private static final Pattern RANGE_CONNECTOR = Pattern.compile("\\s*(?:——|--|-|~|—|–|至|到)\\s*");
    private static final Pattern UNTIL_NOW = Pattern.compile("\\s*(?:至|到)\\s*(?:今|现在|目前)(?![天日年])");
    private static final Pattern RANGE_PREFIX = Pattern.compile("(?:从|自从|自|由)\\s*");
    private static final Pattern UNTIL_PREFIX = Pattern.compile("(?:截至|截止到|截止至|截止|直到|直至)\\s*");
    private static final Pattern OPEN_AFTER = Pattern.compile(
            "\\s*(?:(?:或|及|或者)?(?:之后|以后)|以来|起(?![诉草飞义火因码源步来身点])|开始)");
    private static final Pattern OPEN_BEFORE = Pattern.compile("\\s*(?:或|及|或者)?(?:之前|以前)");
    private static final Pattern WEAK_TIME_CONFIRMED = Pattern.compile("\\s*(?:之后|以后|之前|以前|左右|前后)");
    private static final Pattern BETWEEN_AND = Pattern.compile("\\s*(?:和|与|及)\\s*");
    private static final Pattern BETWEEN_END = Pattern.compile("\\s*之间");
    private static final Starts UNTIL_STARTS = Starts.of(UNTIL_PREFIX);
    private static final Starts RANGE_STARTS = Starts.of(RANGE_PREFIX);
    private static final Starts NUMBER_RANGE_STARTS = Starts.of(NUMBER_BEFORE_RANGE);
    private static final Triggers TRIGGERS = new Triggers(ATOMS, List.of(UNTIL_STARTS, RANGE_STARTS,
            NUMBER_RANGE_STARTS));

    /** Creates the stage; it has no configuration. */
    public DateNormalizer() {
    }

    /**
     * Finds and normalises the date and time expressions of {@code input.text()}.
     *
     * @return the mentions in text order; empty if the text has none
     */
    @Override
    public List<DateMention> apply(Input input) {
        Objects.requireNonNull(input, "input");
        String text = input.text();
        String folded = DateText.fold(text);
        List<Found> found = scan(folded);
        @Nullable LocalDate reference = input.referenceDate().orElse(null);
        @Nullable LocalDateTime referenceTime = input.referenceTime().map(t -> input.referenceDate().orElseThrow()
                .atTime(t)).orElse(null);
        List<DateMention> mentions = new ArrayList<>(found.size());
        List<Resolved> done = new ArrayList<>(found.size());
        int recurringEnd = -1;
        for (Found f : found) {
            Context context = context(folded, f.start(), reference, referenceTime, done);
            Resolved resolved = resolve(f, context);
            if (isRecurring(folded, f.start(), recurringEnd)) {
                resolved = resolved.recurring();
                recurringEnd = f.end();
            }
            done.add(resolved);
            mentions.add(new DateMention(text.substring(f.start(), f.end()), f.start(), f.end(), input.part(),
                    Optional.ofNullable(resolved.value()), resolved.grain(), resolved.isInterval(),
                    resolved.isVague()));
        }
        return List.copyOf(mentions);
    }

    /**
     * Whether the expression at {@code start} recurs (每年8月7日, 每天早上8点) or joins one that does and ends at
     * {@code recurringEnd} (每年8月7日或8日).
     */
    private static boolean isRecurring(String f, int start, int recurringEnd) {
        for (String every : EVERY) {
            if (f.startsWith(every, start - every.length())) {
                return true;
            }
        }
        if (recurringEnd < 0 || recurringEnd > start) {
            return false;
        }
        String between = f.substring(recurringEnd, start).strip();
        return between.equals("或") || between.equals("和") || between.equals("及") || between.equals("、")
                || between.equals("或者");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Scanning

    /** One expression as found: its span, its start point and, for a range, its end point. */
    private record Found(int start, int end, Spec first, @Nullable Spec last, Open open) {
    }

    private enum Open { NONE, AFTER, BEFORE, UNTIL_NOW }

    /** A point expression: its span and what it says. */
    private record Point(int start, int end, Spec spec, int firstLevel, int lastLevel, char unit) {
    }

    /**
     * The matchers of one text, made on first use and reused at every position, since making a matcher costs more
     * than most of the matches tried. Mutable; lives for one call.
     */
    private static final class Matchers {
        final String f;
        private final Matcher[] atoms = new Matcher[ATOMS.size()];
        private final Map<Pattern, Matcher> others = new IdentityHashMap<>();

        Matchers(String f) {
            this.f = f;
        }

        /** {@return the matcher of {@code atom} at {@code at}, seeing the text around it} */
        Matcher at(Atom atom, int at) {
            Matcher m = atoms[atom.index()];
            if (m == null) {
                m = atom.pattern().matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
                atoms[atom.index()] = m;
            }
            return m.region(at, f.length());
        }

        /** {@return the matcher of {@code p} at {@code at}; it sees the text around it only if {@code transparent}} */
        Matcher at(Pattern p, int at, boolean transparent) {
            Matcher m = others.computeIfAbsent(p, q -> q.matcher(f).useTransparentBounds(transparent)
                    .useAnchoringBounds(!transparent));
            return m.region(at, f.length());
        }
    }

    private static List<Found> scan(String text) {
        List<Found> found = new ArrayList<>();
        Matchers f = new Matchers(text);
        int i = 0;
        while (i < text.length()) {
            Found x = TRIGGERS.canStart(text.charAt(i)) && canStart(text, i) ? expression(f, i) : null;
            if (x != null) {
                found.add(x);
                i = x.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean canStart(String f, int i) {
        char c = f.charAt(i);
        if (i == 0) {
            return true;
        }
        char before = f.charAt(i - 1);
        if (isAsciiDigit(c) || isAsciiLetter(c)) {
            return !isAsciiDigit(before) && !isAsciiLetter(before) && before != '.' && before != ':'
                    && before != '/' && before != '_';
        }
        return true;
    }

    private static @Nullable Found expression(Matchers x, int start) {
        String f = x.f;
        int pos = start;
        boolean until = false;
        boolean fromPrefix = false;
        Matcher m;
        if (UNTIL_STARTS.allows(f, pos) && (m = x.at(UNTIL_PREFIX, pos, false)).lookingAt()) {
            until = true;
            pos = m.end();
        } else if (RANGE_STARTS.allows(f, pos)) {
            m = x.at(RANGE_PREFIX, pos, false);
            if (m.lookingAt()) {
                fromPrefix = true;
                pos = m.end();
            }
        }
        Point first = point(x, pos);
        Point last = null;
        int end;
        if (first == null) {
            Point[] range = numberRange(x, pos);
            if (range == null) {
                return null;
            }
            first = range[0];
            last = range[1];
            end = last.end();
        } else {
            end = first.end();
            Matcher c = RANGE_CONNECTOR.matcher(f).region(end, f.length());
            if (c.lookingAt()) {
                Point second = point(x, c.end(), first.spec().hour != null);
                if (second != null && second.firstLevel() >= first.firstLevel() && second.firstLevel() > ZONE) {
                    last = second;
                    end = second.end();
                }
            }
            if (last == null) {
                Matcher and = BETWEEN_AND.matcher(f).region(end, f.length());
                if (and.lookingAt()) {
                    Point second = point(x, and.end());
                    if (second != null && second.firstLevel() >= first.firstLevel()) {
                        Matcher between = BETWEEN_END.matcher(f).region(second.end(), f.length());
                        if (between.lookingAt()) {
                            last = second;
                            end = between.end();
                        }
                    }
                }
            }
        }
        Open open = Open.NONE;
        if (until) {
            open = Open.BEFORE;
        } else if (last == null) {
            Matcher now = UNTIL_NOW.matcher(f).region(end, f.length());
            Matcher after = OPEN_AFTER.matcher(f).region(end, f.length());
            Matcher before = OPEN_BEFORE.matcher(f).region(end, f.length());
            if (now.lookingAt()) {
                open = Open.UNTIL_NOW;
                end = now.end();
            } else if (after.lookingAt() && !first.spec().relative()) {
                open = Open.AFTER;
                end = after.end();
            } else if (before.lookingAt() && !first.spec().relative()) {
                open = Open.BEFORE;
                end = before.end();
            }
        }
        // 从 belongs to the expression only when it opens a range or an open interval.
        int from = fromPrefix && last == null && open == Open.NONE ? first.start() : start;
        return new Found(from, end, first.spec(), last == null ? null : last.spec(), open);
    }

    /** Reads 2019-2020年, 5-6月, 16至29日, 8-10点: a bare number that borrows the unit of the point after it. */
    private static Point @Nullable [] numberRange(Matchers x, int pos) {
        if (!NUMBER_RANGE_STARTS.allows(x.f, pos)) {
            return null;
        }
        Matcher m = x.at(NUMBER_BEFORE_RANGE, pos, true);
        if (!m.lookingAt()) {
            return null;
        }
        String number = m.group(1);
        Point second = point(x, m.end());
        if (second == null || second.unit() == 0) {
            return null;
        }
        String synthetic = number + second.unit();
        Point first = point(new Matchers(synthetic), 0);
        if (first == null || first.end() != synthetic.length() || first.unit() != second.unit()) {
            return null;
        }
        Point placed = new Point(pos, pos + number.length(), first.spec(), first.firstLevel(),
                first.lastLevel(), first.unit());
        return new Point[] {placed, second};
    }

    /** Reads the longest sequence of parts in rising level that starts at {@code pos}. */
    private static @Nullable Point point(Matchers x, int pos) {
        return point(x, pos, false);
    }

    /** As {@link #point(String, int)}; the end of a range may be a bare hour (下午3点至5点). */
    private static @Nullable Point point(Matchers x, int pos, boolean rangeEnd) {
        String f = x.f;
        Spec spec = new Spec();
        int level = -1;
        int firstLevel = -1;
        int end = pos;
        int parts = 0;
        char unit = 0;
        while (true) {
            int at = end;
            if (parts > 0) {
                while (at < f.length() && (f.charAt(at) == ' ' || f.charAt(at) == '\t')) {
                    at++;
                }
            }
            Spec bestSpec = null;
            Atom bestAtom = null;
            int bestEnd = -1;
            int key = at < f.length() ? TRIGGERS.key(f.charAt(at)) : -1;
            Atom[] starting = TRIGGERS.startingWith(key);
            for (int slot = 0; slot < starting.length; slot++) {
                Atom atom = starting[slot];
                if (atom.first() <= level || (parts == 0 && !atom.canStart()) || !TRIGGERS.allows(key, slot, f, at)) {
                    continue;
                }
                Matcher m = x.at(atom, at);
                if (m.lookingAt() && m.end() > bestEnd && m.end() > at) {
                    Spec candidate = spec.copy();
                    if (atom.reader().read(m, candidate, parts)) {
                        bestSpec = candidate;
                        bestAtom = atom;
                        bestEnd = m.end();
                    }
                }
            }
            if (bestAtom == null) {
                break;
            }
            if (parts == 0) {
                firstLevel = bestAtom.first();
                unit = bestAtom.unit();
            }
            spec = bestSpec;
            level = bestAtom.last();
            end = bestEnd;
            parts++;
        }
        if (parts == 0 || !spec.hasContent()) {
            return null;
        }
        boolean confirmedHour = spec.hour != null && (rangeEnd
                || WEAK_TIME_CONFIRMED.matcher(f).region(end, f.length()).lookingAt());
        if (parts == 1 && spec.weak && !confirmedHour) {
            return null;
        }
        return new Point(pos, end, spec, firstLevel, level, parts == 1 ? unit : 0);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Parts of a point expression

    @FunctionalInterface
    private interface Reader {
        /** Records what {@code m} matched in {@code spec}; false rejects the match. */
        boolean read(Matcher m, Spec spec, int partsBefore);
    }

    /**
     * One kind of part: what it matches, the levels it covers, whether a point may start with it, and the unit a bare
     * number before a range connector borrows from it (0 if none).
     */
    private record Atom(int index, Pattern pattern, int first, int last, boolean canStart, char unit, Reader reader) {
        Atom at(int i) {
            return new Atom(i, pattern, first, last, canStart, unit, reader);
        }
    }

    /**
     * The first two characters a pattern's matches can start with, found by running the pattern on the one- and
     * two-character strings of the characters its source names, ASCII digits, white space and letters: a string is
     * a start if the pattern matches it or reads past its end. The patterns name characters only literally, in
     * classes of literals, as {@code \d}, {@code \s}, {@code .} or case-insensitive letters, so every other
     * character behaves alike and one stands for them all. A lookbehind sees nothing here, so a negative one never
     * rejects: the test may let through a start the pattern rejects, never the reverse. Immutable.
     */
    private static final class Starts {
        /** Stands for every character a pattern does not name: a private-use character. */
        private static final char OTHER = '\uE000';

        /** The characters beyond ASCII the source names, sorted; every ASCII character is decided per first. */
        private final char[] namedWide;
        /** The first characters, sorted. */
        private final char[] firsts;
        /** For each first character, the wide named characters that may follow it, sorted. */
        private final char[][] seconds;
        /** For each first character, whether a character the source does not name may follow it. */
        private final boolean[] otherSecond;
        /** For each first character, bit c set if ASCII character c may follow it: bits 0-63, then 64-127. */
        private final long[] asciiLow;
        private final long[] asciiHigh;

        private Starts(Pattern p) {
            String source = p.pattern();
            StringBuilder chars = new StringBuilder(source);
            chars.append("0123456789 \t\n\u000B\f\r");
            for (char c = 'a'; c <= 'z'; c++) {
                chars.append(c).append(Character.toUpperCase(c));
            }
            char[] named = chars.chars().distinct().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString().toCharArray();
            namedWide = new String(named).chars().filter(c -> c >= 0x80).collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
            StringBuilder probe = new StringBuilder(2);
            Matcher m = p.matcher(probe);
            StringBuilder first = new StringBuilder();
            List<char[]> second = new ArrayList<>();
            List<Boolean> other = new ArrayList<>();
            List<long[]> ascii = new ArrayList<>();
            for (char c : named) {
                probe.setLength(0);
                probe.append(c);
                if (!starts(m, probe)) {
                    continue;
                }
                first.append(c);
                probe.append(OTHER);
                boolean otherFollows = starts(m, probe);
                StringBuilder next = new StringBuilder();
                long[] bits = new long[2];
                for (char d = 0; d < 0x80; d++) {
                    probe.setCharAt(1, d);
                    if (Arrays.binarySearch(named, d) >= 0 ? starts(m, probe) : otherFollows) {
                        bits[d >>> 6] |= 1L << d;
                    }
                }
                for (char d : namedWide) {
                    probe.setCharAt(1, d);
                    if (starts(m, probe)) {
                        next.append(d);
                    }
                }
                second.add(next.toString().toCharArray());
                other.add(otherFollows);
                ascii.add(bits);
            }
            firsts = first.toString().toCharArray();
            seconds = second.toArray(new char[0][]);
            otherSecond = new boolean[other.size()];
            asciiLow = new long[other.size()];
            asciiHigh = new long[other.size()];
            for (int i = 0; i < otherSecond.length; i++) {
                otherSecond[i] = other.get(i);
                asciiLow[i] = ascii.get(i)[0];
                asciiHigh[i] = ascii.get(i)[1];
            }
        }

        static Starts of(Pattern p) {
            return new Starts(p);
        }

        private static boolean starts(Matcher m, CharSequence probe) {
            m.reset(probe);
            return (m.lookingAt() && m.end() > 0) || m.hitEnd();
        }

        /** {@return the first characters, sorted} */
        char[] firsts() {
            return firsts.clone();
        }

        /** {@return the index of {@code c} among the first characters; negative if none} */
        int first(char c) {
            return Arrays.binarySearch(firsts, c);
        }

        /** {@return whether a match can start at {@code at} of {@code f}, judged by two characters} */
        boolean allows(String f, int at) {
            if (at >= f.length()) {
                return false;
            }
            int i = first(f.charAt(at));
            return i >= 0 && follows(i, f, at);
        }

        /**
         * {@return whether the character after {@code at} of {@code f} may follow the first character of index
         * {@code i}, which stands at {@code at}}
         */
        boolean follows(int i, String f, int at) {
            if (at + 1 == f.length()) {
                return true;
            }
            char next = f.charAt(at + 1);
            if (next < 0x80) {
                return ((next < 0x40 ? asciiLow[i] : asciiHigh[i]) & (1L << next)) != 0;
            }
            if (Arrays.binarySearch(namedWide, next) < 0) {
                return otherSecond[i];
            }
            return Arrays.binarySearch(seconds[i], next) >= 0;
        }
    }

    /**
     * The parts each character can start, so that the scan tries only those few rather than every part at every
     * character, and the characters an expression can start with. Immutable.
     */
    private static final class Triggers {
        private static final Atom[] NONE = new Atom[0];

        /** Bit sets over the UTF-16 code units: the characters some part can start with, and an expression. */
        private final long[] any = new long[1024];
        private final long[] start = new long[1024];
        /** The characters some part can start with, sorted, and the parts each starts, in list order. */
        private final char[] keys;
        private final Atom[][] atoms;
        /** For each key and each part it starts, the key's index among that part's first characters. */
        private final int[][] firstIndex;
        /** The two-character starts of each part, by its index. */
        private final Starts[] starts;

        Triggers(List<Atom> all, List<Starts> openers) {
            starts = all.stream().map(a -> Starts.of(a.pattern())).toArray(Starts[]::new);
            for (int i = 0; i < all.size(); i++) {
                for (char c : starts[i].firsts()) {
                    set(any, c);
                    if (all.get(i).canStart()) {
                        set(start, c);
                    }
                }
            }
            openers.forEach(o -> {
                for (char c : o.firsts()) {
                    set(start, c);
                }
            });
            StringBuilder chars = new StringBuilder();
            List<Atom[]> atomList = new ArrayList<>();
            List<int[]> indexList = new ArrayList<>();
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                if (!has(any, c)) {
                    continue;
                }
                List<Atom> starting = new ArrayList<>();
                List<Integer> indexes = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    int index = starts[i].first(c);
                    if (index >= 0) {
                        starting.add(all.get(i));
                        indexes.add(index);
                    }
                }
                chars.append(c);
                atomList.add(starting.toArray(NONE));
                indexList.add(indexes.stream().mapToInt(Integer::intValue).toArray());
            }
            keys = chars.toString().toCharArray();
            atoms = atomList.toArray(new Atom[0][]);
            firstIndex = indexList.toArray(new int[0][]);
        }

        private static void set(long[] bits, char c) {
            bits[c >>> 6] |= 1L << c;
        }

        private static boolean has(long[] bits, char c) {
            return (bits[c >>> 6] & (1L << c)) != 0;
        }

        /** {@return whether an expression can start at {@code c}} */
        boolean canStart(char c) {
            return has(start, c);
        }

        /** {@return the key of the parts that can start at {@code c}; negative if none} */
        int key(char c) {
            return has(any, c) ? Arrays.binarySearch(keys, c) : -1;
        }

        /** {@return the parts that can start at a character of key {@code key}, in list order} */
        Atom[] startingWith(int key) {
            return key < 0 ? NONE : atoms[key];
        }

        /**
         * {@return whether the {@code slot}th part of {@code key}, whose character stands at {@code at} of {@code f},
         * can start there, judged by two characters}
         */
        boolean allows(int key, int slot, String f, int at) {
            return starts[atoms[key][slot].index()].follows(firstIndex[key][slot], f, at);
        }
    }

    private static Atom atom(String regex, int first, int last, boolean canStart, Reader reader) {
        return new Atom(-1, Pattern.compile(regex), first, last, canStart, (char) 0, reader);
    }

    private static Atom unitAtom(String regex, int first, int last, char unit, Reader reader) {
        return new Atom(-1, Pattern.compile(regex), first, last, true, unit, reader);
    }

    private static List<Atom> atoms() {
        List<Atom> list = new ArrayList<>();
        // Zones and calendar prefixes: never alone.
        list.add(atom("(北京时间|台北时间|香港时间|东京时间|当地时间|美东时间|美国东部时间|格林尼治时间|UTC|GMT)",
                ZONE, ZONE, true, (m, s, n) -> {
                    s.zone = switch (m.group(1)) {
                        case "北京时间", "台北时间", "香港时间" -> "+08:00";
                        case "东京时间" -> "+09:00";
                        case "美东时间", "美国东部时间" -> "America/New_York";
                        case "格林尼治时间", "UTC", "GMT" -> "Z";
                        default -> null;
                    };
                    s.weak = true;
                    return true;
                }));
        list.add(atom("(?:农历|阴历|夏历)", ZONE, ZONE, true, (m, s, n) -> {
            s.lunar = true;
            s.weak = true;
            return true;
        }));
        // Numeric dates: 2020-05-26, 2020/5/26, 2020.5.26, 2020-05, 12/10/2020.
        list.add(atom("(?<![\\d.\\-/])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d]|[-/.]\\d)(?:日|号)?",
                YEAR, DAY, true, (m, s, n) -> s.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)))));
        list.add(atom("(?<![\\d.\\-/])(\\d{4})-(\\d{2})(?![\\d]|[-/.]\\d)", YEAR, MONTH, true, (m, s, n) -> {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            s.year = year;
            s.month = month;
            return year >= 1000 && year <= 2199 && month >= 1 && month <= 12;
        }));
        list.add(atom("(?<![\\d.\\-/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d]|[-/.]\\d)", YEAR, DAY, true, (m, s, n) -> {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (a > 12 && b <= 12) {
                return s.date(year, b, a);
            }
            if (b > 12 && a <= 12 || a == b) {
                return s.date(year, a, b);
            }
            s.ambiguous = true;
            s.year = year;
            s.month = a;
            s.day = b;
            return a <= 12 && b <= 12 && year >= 1000 && year <= 2199;
        }));
        // Years.
        list.add(unitAtom("(?<![\\d.])(\\d{4}|" + CN_DIGIT + "{4})\\s*年(?:度)?(?![来代级纪])", YEAR, YEAR, '年',
                (m, s, n) -> {
                    int year = DateText.number(m.group(1));
                    if (isAsciiDigit(m.group(1).charAt(0)) && (year < 1000 || year > 2199)) {
                        return false;
                    }
                    s.year = year;
                    return true;
                }));
        list.add(unitAtom("(?<![\\d.'" + NUMERAL_BEFORE + "])(\\d{2}|" + CN_DIGIT + "{2})\\s*年"
                + "(?![来代级纪前后内间多半之里中])", YEAR, YEAR, '年', (m, s, n) -> {
                    String digits = m.group(1);
                    int yy = DateText.number(digits);
                    s.year = yy < 50 ? 2000 + yy : 1900 + yy;
                    s.weak = DateText.digit(digits.charAt(0)) != 0;
                    return true;
                }));
        list.add(atom("(?:中华)?民国\\s*(\\d{1,3}|[零〇一二三四五六七八九十百]{1,5}|元)\\s*年", YEAR, YEAR, true,
                (m, s, n) -> {
                    int year = m.group(1).equals("元") ? 1 : DateText.number(m.group(1));
                    if (year < 1) {
                        return false;
                    }
                    s.year = 1911 + year;
                    return true;
                }));
        list.add(atom("(康熙|雍正|乾隆|嘉庆|道光|咸丰|同治|光绪|宣统|洪武|永乐|嘉靖|万历|崇祯|贞观|开元|天宝|神龙|明治|大正|昭和|平成|令和)"
                + "\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3}|元)\\s*年", YEAR, YEAR, true, (m, s, n) -> {
                    int first = switch (m.group(1)) {
                        case "康熙" -> 1662;
                        case "雍正" -> 1723;
                        case "乾隆" -> 1736;
                        case "嘉庆" -> 1796;
                        case "道光" -> 1821;
                        case "咸丰" -> 1851;
                        case "同治" -> 1862;
                        case "光绪" -> 1875;
                        case "宣统" -> 1909;
                        case "洪武" -> 1368;
                        case "永乐" -> 1403;
                        case "嘉靖" -> 1522;
                        case "万历" -> 1573;
                        case "崇祯" -> 1628;
                        case "贞观" -> 627;
                        case "开元" -> 713;
                        case "天宝" -> 742;
                        case "神龙" -> 705;
                        case "明治" -> 1868;
                        case "大正" -> 1912;
                        case "昭和" -> 1926;
                        case "平成" -> 1989;
                        default -> 2019;
                    };
                    int year = m.group(2).equals("元") ? 1 : DateText.number(m.group(2));
                    s.year = first + year - 1;
                    return year >= 1 && year <= 70;
                }));
        list.add(atom("公元\\s*(\\d{1,4})\\s*年", YEAR, YEAR, true, (m, s, n) -> {
            s.year = Integer.parseInt(m.group(1));
            return s.year > 0;
        }));
        list.add(atom("(?<![" + NUMERAL_BEFORE + "\\d])(大前年|前年|去年|今年|本年|明年|后年|大后年|上一年|下一年|这一年|来年"
                + "|上年(?![纪龄轻度初底末])|次年|翌年|当年|同年|该年)", YEAR, YEAR, true, (m, s, n) -> {
                    switch (m.group(1)) {
                        case "大前年" -> s.yearShift = -3;
                        case "前年" -> s.yearShift = -2;
                        case "去年", "上一年", "上年" -> s.yearShift = -1;
                        case "今年", "本年", "这一年" -> s.yearShift = 0;
                        case "明年", "下一年", "来年" -> s.yearShift = 1;
                        case "后年" -> s.yearShift = 2;
                        case "大后年" -> s.yearShift = 3;
                        case "次年", "翌年" -> s.yearAnaphor = 1;
                        default -> s.yearAnaphor = 0;
                    }
                    return true;
                }));
        // Parts of a year.
        list.add(atom("(上半年|下半年|初|底|末|终|第?[一二三四1-4]季度|[Qq][1-4]|前三季度)", YEAR_PART, YEAR_PART, false,
                (m, s, n) -> s.yearPart(m.group(1))));
        list.add(atom("(?<![\\d" + NUMERAL_BEFORE + "两个多半])(年初|年底|年末|年终|年中|上半年|下半年|第[一二三四]季度)",
                YEAR_PART, YEAR_PART, true, (m, s, n) -> {
                    s.implicitYear = true;
                    return s.yearPart(m.group(1).startsWith("年") ? m.group(1).substring(1) : m.group(1));
                }));
        // Months.
        list.add(unitAtom("(?<![\\d.])(\\d{1,2})\\s*月(?:份)?", MONTH, MONTH, '月', (m, s, n) -> {
            int month = Integer.parseInt(m.group(1));
            s.month = month;
            return month >= 1 && month <= 12;
        }));
        list.add(unitAtom("(?<![" + NUMERAL_BEFORE + "])(十[一二]|[一二三四五六七八九十]|正|腊|冬)月(?:份)?(?![饼球亮光])",
                MONTH, MONTH, '月', (m, s, n) -> {
                    switch (m.group(1)) {
                        case "正" -> {
                            s.month = 1;
                            s.lunar = true;
                        }
                        case "腊" -> {
                            s.month = 12;
                            s.lunar = true;
                        }
                        case "冬" -> {
                            s.month = 11;
                            s.lunar = true;
                        }
                        default -> s.month = DateText.number(m.group(1));
                    }
                    return true;
                }));
        list.add(atom("(上上个月|上上月|上个月|上一个月|上月|本月|这个月|这一个月|这月|当月|同月|该月|次月|下个月|下一个月|下月"
                + "|下下个月|下下月)", MONTH, MONTH, true, (m, s, n) -> {
                    switch (m.group(1)) {
                        case "上上个月", "上上月" -> s.monthShift = -2;
                        case "上个月", "上一个月", "上月" -> s.monthShift = -1;
                        case "本月", "这个月", "这一个月", "这月" -> s.monthShift = 0;
                        case "下个月", "下一个月", "下月" -> s.monthShift = 1;
                        case "下下个月", "下下月" -> s.monthShift = 2;
                        case "次月" -> s.monthAnaphor = 1;
                        default -> s.monthAnaphor = 0;
                    }
                    return true;
                }));
        // Parts of a month.
        list.add(atom("(上旬|中旬|下旬|上中旬|中下旬|初(?![一二三四五六七八九十])|底|末)", MONTH_PART, MONTH_PART, false,
                (m, s, n) -> s.monthPart(m.group(1))));
        list.add(atom("(?<![\\d" + NUMERAL_BEFORE + "两个多半])(?:月(初|中|底|末)|(上旬|中旬|下旬))",
                MONTH_PART, MONTH_PART, true, (m, s, n) -> {
                    s.implicitMonth = true;
                    return s.monthPart(m.group(1) != null ? m.group(1) : m.group(2));
                }));
        // Days.
        // A bare day with 号 right after a name is part of the name: 雪龙2号, 神舟十二号, 长征5号, 8号风球. So is it
        // after a noun that is the subject (初选15号将举行): dates in news are written with 日, names with 号.
        list.add(unitAtom(NAME_BEFORE + "(?<![\\d.:])(\\d{1,2})\\s*(日|号(?![线楼院机房馆店台门车位码令种选文件球员字路]))(?![元])",
                DAY, DAY, '日', (m, s, n) -> {
            int day = Integer.parseInt(m.group(2));
            s.day = day;
            return day >= 1 && day <= 31 && !isNumberedName(m, n);
        }));
        list.add(unitAtom(NAME_BEFORE + "(?<![" + NUMERAL_BEFORE + "初])([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
                + "|廿[一二三四五六七八九]?|卅一?)\\s*(日|号(?![线楼院机房馆店台门车位码令种选文件球员字路]))(?![元])", DAY, DAY, '日',
                (m, s, n) -> {
                    int day = DateText.number(m.group(2));
                    s.day = day;
                    s.weak |= n == 0 && m.group(2).length() == 1;
                    return day >= 1 && day <= 31 && !isNumberedName(m, n);
                }));
        list.add(atom("(初[一二三四五六七八九十]|[二三]十|廿[一二三四五六七八九]|十[一二三四五六七八九]|[二]?十)"
                + "(?![日号天年月个点时分多余万千百亿])", DAY, DAY, false, (m, s, n) -> {
                    String g = m.group(1);
                    if (g.startsWith("初")) {
                        s.lunar = true;
                        s.day = DateText.number(g.substring(1));
                    } else {
                        s.day = DateText.number(g);
                    }
                    return s.month != null && s.day >= 1 && s.day <= 30;
                }));
        list.add(atom("(?<![" + NUMERAL_BEFORE + "\\d])(大前天|前天|前日|昨天|昨日|昨儿|寻日|琴日|今天|今日(?!头条|说法)|今儿"
                + "|本日|明天|明日|明儿|听日|后天|后日|大后天)", DAY, DAY, true, (m, s, n) -> {
                    s.dayShift = switch (m.group(1)) {
                        case "大前天" -> -3;
                        case "前天", "前日" -> -2;
                        case "昨天", "昨日", "昨儿", "寻日", "琴日" -> -1;
                        case "今天", "今日", "今儿", "本日" -> 0;
                        case "明天", "明日", "明儿", "听日" -> 1;
                        case "后天", "后日" -> 2;
                        default -> 3;
                    };
                    return true;
                }));
        list.add(atom("(今晚|今早|今晨|今夜|今朝|昨晚|昨早|昨晨|昨夜|寻晚|琴晚|明晚|明早|明晨|听朝|前晚|当晚|当夜|次晨|翌晨|当早)"
                + "(?!报|餐|饭)", DAY, DAY_PART, true, (m, s, n) -> {
                    String g = m.group(1);
                    switch (g.charAt(0)) {
                        case '今' -> s.dayShift = 0;
                        case '昨', '寻', '琴' -> s.dayShift = -1;
                        case '明', '听' -> s.dayShift = 1;
                        case '前' -> s.dayShift = -2;
                        case '当' -> s.dayAnaphor = 0;
                        default -> s.dayAnaphor = 1;
                    }
                    s.dayPart = DayPart.of(g.substring(1));
                    return s.dayPart != null;
                }));
        list.add(atom("(当天|当日|同日|同一天|同天|次日|翌日|隔天|隔日|第二天|第二日|前一天|前一日|后一天)",
                DAY, DAY, true, (m, s, n) -> {
                    s.dayAnaphor = switch (m.group(1)) {
                        case "次日", "翌日", "隔天", "隔日", "第二天", "第二日", "后一天" -> 1;
                        case "前一天", "前一日" -> -1;
                        default -> 0;
                    };
                    return true;
                }));
        list.add(atom("(?<![每])" + WEEK_SHIFT + "?" + WEEK_WORD + WEEKDAY + "(?![次遍回])", DAY, DAY, true,
                (m, s, n) -> {
                    s.weekShift = weekShift(m.group(1));
                    s.weekday = weekday(m.group(2));
                    return true;
                }));
        list.add(atom("(?<![每])" + WEEK_SHIFT + "?(?:周末|星期末|礼拜末)", DAY, DAY, true, (m, s, n) -> {
            s.weekShift = weekShift(m.group(1));
            s.weekend = true;
            return true;
        }));
        list.add(atom(WEEK_SHIFT + WEEK_WORD + "(?![一二三四五六日天1-7末])", DAY, DAY, true, (m, s, n) -> {
            s.weekShift = weekShift(m.group(1));
            s.week = true;
            return true;
        }));
        list.add(atom("(?:的)?(?:第([一二三四五1-5])|(最后一))个?" + WEEK_WORD + WEEKDAY, DAY, DAY, false,
                (m, s, n) -> {
                    s.ordinal = m.group(1) != null ? DateText.number(m.group(1)) : -1;
                    s.weekday = weekday(m.group(3));
                    return s.month != null;
                }));
        // Holidays: 国庆节, 春节, 复活节; 前夕 and 翌日 move a day.
        for (String names : Holidays.NAME_PATTERNS) {
            list.add(atom(names + "(前夕|前夜|前一天|翌日|次日|后一天|当天|当日)?", DAY, DAY, true, (m, s, n) -> {
                s.holiday = Holidays.named(m.group(1));
                String shift = m.group(2);
                s.holidayShift = shift == null || shift.startsWith("当") ? 0 : shift.startsWith("前") ? -1 : 1;
                return s.holiday != null;
            }));
        }
        // Decades and centuries: 90年代, 十九世纪七十年代, 21世纪.
        list.add(atom("(?:(\\d{1,2}|[一二]?十[一二三四五六七八九]?)世纪)?(\\d{2}|\\d{4}|[一二三四五六七八九]十|零)年代",
                YEAR, YEAR, true, (m, s, n) -> {
                    String tens = m.group(2);
                    int value = tens.equals("零") ? 0 : DateText.number(tens);
                    int start;
                    if (m.group(1) != null) {
                        start = (DateText.number(m.group(1)) - 1) * 100 + value;
                    } else if (tens.length() == 4) {
                        start = value;
                    } else {
                        start = value >= 20 ? 1900 + value : 2000 + value;
                    }
                    if (start % 10 != 0 || start < 1000 || start > 2190) {
                        return false;
                    }
                    s.year = start;
                    s.yearSpan = 10;
                    return true;
                }));
        list.add(atom("(\\d{1,2}|[一二]?十[一二三四五六七八九]?)世纪(?!\\d|[一二三四五六七八九十零]+年代)", YEAR, YEAR, true,
                (m, s, n) -> {
                    int century = DateText.number(m.group(1));
                    if (century < 11 || century > 22) {
                        return false;
                    }
                    s.year = (century - 1) * 100 + 1;
                    s.yearSpan = 100;
                    return true;
                }));
        // About: 约10时, 大约十点.
        list.add(atom("(?:大约|大概|约)", ZONE, ZONE, true, (m, s, n) -> {
            s.approximate = true;
            s.weak = true;
            return true;
        }));
        // Amounts counted from the reference: 3天前, 两周后, 前两天, 近三年.
        list.add(atom("(?<![\\d" + NUMERAL_BEFORE + "])(\\d{1,3}|[一二两三四五六七八九十百]{1,3}|几|数|半)\\s*(个)?\\s*"
                + "(年|月|周|星期|礼拜|天|日|小时|钟头|钟|分钟|秒钟|秒)\\s*(之前|以前|前|之后|以后|后)",
                YEAR, TIME, true, (m, s, n) -> s.amount(m.group(1), m.group(2) != null, m.group(3),
                        m.group(4).contains("前") ? -1 : 1, false)));
        list.add(atom("(?<![最之以然随落此])(前|上|过去|最近|近|后|下|未来|今后|接下来)\\s*(\\d{1,3}|[一二两三四五六七八九十]{1,3}|几|数)"
                + "\\s*(个)?\\s*(年|月|周|星期|礼拜|天|日|小时|钟头|钟|分钟|秒钟|秒)", YEAR, TIME, true, (m, s, n) -> {
                    String w = m.group(1);
                    int direction = w.equals("后") || w.equals("下") || w.equals("未来") || w.equals("今后")
                            || w.equals("接下来") ? 1 : -1;
                    s.recent = w.contains("近");
                    return s.amount(m.group(2), m.group(3) != null, m.group(4), direction, true);
                }));
        // Vague words near the reference date.
        list.add(atom("(?<![\\d" + NUMERAL_BEFORE + "两])(近日|日前|近期|近来|近几天|近几日|近些天|近些日子|近年来|近年|近些年|近几年)",
                YEAR, DAY, true, (m, s, n) -> {
                    s.vagueNear = m.group(1).contains("年") ? DateGrain.YEAR : DateGrain.DAY;
                    return true;
                }));
        // Parts of a day.
        list.add(atom("(凌晨|清晨|早晨|早上|早间|朝早|上午|中午|午间|正午|晌午|下午|午后|晏昼|傍晚|黄昏|晚上|晚间|夜晚(?!会)|夜间|夜里"
                + "|深夜|半夜|午夜|白天)", DAY_PART, DAY_PART, true, (m, s, n) -> {
                    s.dayPart = DayPart.of(m.group(1));
                    return s.dayPart != null;
                }));
        // 白日 alone is mostly literary (青天白日, 白日梦): a part of a day only after a day.
        list.add(atom("([早晚夜晨]|白日)(?![饭餐报点上间年期稻班会宴些梦])", DAY_PART, DAY_PART, false, (m, s, n) -> {
            s.dayPart = DayPart.of(m.group(1));
            return s.dayPart != null && s.hasDay();
        }));
        // Times of day.
        list.add(atom("(?<![\\d:.])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d|:\\d)"
                + "(?:\\s*(?i:([ap])\\.?m?\\.?(?![a-z])))?",
                TIME, TIME, true, (m, s, n) -> s.clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? null : Integer.parseInt(m.group(3)), m.group(4))));
        list.add(atom("(?<![\\d:.])(\\d{1,2})\\s*(?i:([ap])\\.?m\\.?)(?![a-z])", TIME, TIME, true,
                (m, s, n) -> s.clock(Integer.parseInt(m.group(1)), null, null, m.group(2))));
        list.add(unitAtom("(?<![" + NUMERAL_BEFORE + "\\d])(\\d{1,2}|" + CN_SMALL + ")\\s*(点钟|点|时(?![间候期代段装尚髦刻常速区差]))"
                + "(?:\\s*(?:(\\d{1,2}|" + CN_SMALL + ")\\s*分(?:钟)?|(半|踏半|搭半)|(一刻|三刻)|(整)"
                + "|(\\d{2}|[零〇][一二三四五六七八九]|[一二三四五]十[一二三四五六七八九]?)(?![\\d" + NUMERAL_BEFORE
                + "年月日号天周个点时分秒多余万]))(?:\\s*(\\d{1,2}|" + CN_SMALL + ")\\s*秒)?)?(许)?",
                TIME, TIME, '点', (m, s, n) -> {
                    String numeral = m.group(1);
                    int hour = DateText.number(numeral);
                    boolean chinese = !Character.isDigit(numeral.charAt(0));
                    if (chinese && numeral.length() == 2 && numeral.indexOf('十') < 0) {
                        // 两三点 is about two or three o'clock, never 23.
                        int first = DateText.digit(numeral.charAt(0));
                        if (DateText.digit(numeral.charAt(1)) != first + 1) {
                            return false;
                        }
                        hour = first;
                        s.approximate = true;
                    }
                    Integer minute = null;
                    if (m.group(3) != null) {
                        minute = DateText.number(m.group(3));
                    } else if (m.group(4) != null) {
                        minute = 30;
                    } else if (m.group(5) != null) {
                        minute = m.group(5).equals("一刻") ? 15 : 45;
                    } else if (m.group(6) != null) {
                        minute = 0;
                    } else if (m.group(7) != null) {
                        minute = DateText.number(m.group(7));
                    }
                    Integer second = m.group(8) == null ? null : DateText.number(m.group(8));
                    // 一点 alone may be "a little", 一时 alone is "for a while" (一时兴起, 红极一时) and 二时 the two
                    // periods of a monastery's day (二时课诵): an hour in Chinese numerals and 时 needs a day, a part of
                    // the day or 许 with it.
                    boolean idiom = m.group(2).equals("时") && chinese && m.group(9) == null;
                    if (minute == null && (idiom || !m.group(2).equals("时") && !m.group(2).equals("点钟")) && n == 0) {
                        s.weak = true;
                    }
                    return s.clock(hour, minute, second, null);
                }));
        for (int i = 0; i < list.size(); i++) {
            list.set(i, list.get(i).at(i));
        }
        return List.copyOf(list);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What a point expression says

    /** Parts of a day, with the hours they cover (inclusive). */
    private enum DayPart {
        EARLY_MORNING(0, 4), MORNING(5, 8), FORENOON(8, 11), NOON(11, 12), AFTERNOON(12, 17), DUSK(17, 18),
        EVENING(18, 23), LATE_NIGHT(22, 23), DAYTIME(6, 17);

        final int from;
        final int to;

        DayPart(int from, int to) {
            this.from = from;
            this.to = to;
        }

        static @Nullable DayPart of(String word) {
            return switch (word) {
                case "凌晨" -> EARLY_MORNING;
                case "清晨", "早晨", "早上", "早间", "朝早", "早", "晨", "朝" -> MORNING;
                case "上午" -> FORENOON;
                case "中午", "午间", "正午", "晌午", "午" -> NOON;
                case "下午", "午后", "晏昼" -> AFTERNOON;
                case "傍晚", "黄昏" -> DUSK;
                case "晚上", "晚间", "夜晚", "夜间", "夜里", "晚", "夜" -> EVENING;
                case "深夜", "半夜", "午夜" -> LATE_NIGHT;
                case "白天", "白日" -> DAYTIME;
                default -> null;
            };
        }

        /** {@return the hour of the day a clock hour names in this part; 24 or more is the next day} */
        int hour(int clock) {
            return switch (this) {
                case EARLY_MORNING -> clock == 12 ? 0 : clock;
                case MORNING, FORENOON -> clock;
                case NOON -> clock < 5 ? clock + 12 : clock;
                case AFTERNOON, DUSK -> clock < 12 ? clock + 12 : clock;
                case EVENING, LATE_NIGHT -> clock >= 5 && clock < 12 ? clock + 12 : clock == 12 ? 24
                        : clock < 5 ? clock + 24 : clock;
                case DAYTIME -> clock < 6 ? clock + 12 : clock;
            };
        }
    }

    /** What one point expression says, field by field; filled by the parts' readers. Private and mutable. */
    private static final class Spec {
        @Nullable Integer year;
        @Nullable Integer yearShift;
        @Nullable Integer yearAnaphor;
        boolean implicitYear;
        int yearSpan;
        boolean approximate;
        int yearPartFrom;
        int yearPartTo;
        boolean yearPartVague;
        @Nullable Integer month;
        @Nullable Integer monthShift;
        @Nullable Integer monthAnaphor;
        boolean implicitMonth;
        int dayFrom;
        int dayTo;
        boolean monthPartVague;
        @Nullable Integer day;
        @Nullable Integer dayShift;
        @Nullable Integer dayAnaphor;
        boolean lunar;
        @Nullable Integer weekShift;
        @Nullable Integer weekday;
        @Nullable Integer ordinal;
        boolean weekend;
        boolean week;
        Holidays.@Nullable Holiday holiday;
        int holidayShift;
        @Nullable DayPart dayPart;
        @Nullable Integer hour;
        @Nullable Integer minute;
        @Nullable Integer second;
        @Nullable String zone;
        @Nullable ChronoUnit unit;
        @Nullable Integer amount;
        int direction;
        boolean span;
        boolean recent;
        @Nullable DateGrain vagueNear;
        boolean weak;
        boolean ambiguous;

        Spec copy() {
            Spec c = new Spec();
            c.year = year;
            c.yearShift = yearShift;
            c.yearAnaphor = yearAnaphor;
            c.implicitYear = implicitYear;
            c.yearSpan = yearSpan;
            c.approximate = approximate;
            c.yearPartFrom = yearPartFrom;
            c.yearPartTo = yearPartTo;
            c.yearPartVague = yearPartVague;
            c.month = month;
            c.monthShift = monthShift;
            c.monthAnaphor = monthAnaphor;
            c.implicitMonth = implicitMonth;
            c.dayFrom = dayFrom;
            c.dayTo = dayTo;
            c.monthPartVague = monthPartVague;
            c.day = day;
            c.dayShift = dayShift;
            c.dayAnaphor = dayAnaphor;
            c.lunar = lunar;
            c.weekShift = weekShift;
            c.weekday = weekday;
            c.ordinal = ordinal;
            c.weekend = weekend;
            c.week = week;
            c.holiday = holiday;
            c.holidayShift = holidayShift;
            c.dayPart = dayPart;
            c.hour = hour;
            c.minute = minute;
            c.second = second;
            c.zone = zone;
            c.unit = unit;
            c.amount = amount;
            c.direction = direction;
            c.span = span;
            c.recent = recent;
            c.vagueNear = vagueNear;
            c.weak = weak;
            c.ambiguous = ambiguous;
            return c;
        }

        boolean date(int y, int m, int d) {
            if (y < 1000 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31) {
                return false;
            }
            year = y;
            month = m;
            day = d;
            return true;
        }

        boolean yearPart(String g) {
            switch (g) {
                case "上半年" -> setYearPart(1, 6, false);
                case "下半年" -> setYearPart(7, 12, false);
                case "初" -> setYearPart(1, 1, true);
                case "中" -> setYearPart(6, 7, true);
                case "底", "末", "终" -> setYearPart(12, 12, true);
                case "前三季度" -> setYearPart(1, 9, false);
                default -> {
                    char q = g.charAt(g.length() - 1) == '度' ? g.charAt(g.length() - 3) : g.charAt(1);
                    int quarter = DateText.number(String.valueOf(q));
                    if (quarter < 1 || quarter > 4) {
                        return false;
                    }
                    setYearPart(quarter * 3 - 2, quarter * 3, false);
                }
            }
            return true;
        }

        private void setYearPart(int from, int to, boolean vague) {
            yearPartFrom = from;
            yearPartTo = to;
            yearPartVague = vague;
        }

        boolean monthPart(String g) {
            switch (g) {
                case "上旬" -> setMonthPart(1, 10);
                case "中旬" -> setMonthPart(11, 20);
                case "下旬" -> setMonthPart(21, 0);
                case "上中旬" -> setMonthPart(1, 20);
                case "中下旬" -> setMonthPart(11, 0);
                default -> monthPartVague = true;
            }
            return true;
        }

        private void setMonthPart(int from, int to) {
            dayFrom = from;
            dayTo = to;
        }

        boolean clock(int h, @Nullable Integer min, @Nullable Integer sec, @Nullable String meridiem) {
            if (h < 0 || h > 24 || (min != null && (min < 0 || min > 59)) || (sec != null && (sec < 0 || sec > 59))) {
                return false;
            }
            int value = h;
            if (meridiem != null) {
                if (h > 12) {
                    return false;
                }
                boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
                value = pm && h < 12 ? h + 12 : !pm && h == 12 ? 0 : h;
            }
            hour = value;
            minute = min;
            second = sec;
            return true;
        }

        boolean amount(String number, boolean counted, String unitWord, int sign, boolean isSpan) {
            ChronoUnit u = switch (unitWord) {
                case "年" -> ChronoUnit.YEARS;
                case "月" -> counted ? ChronoUnit.MONTHS : null;
                case "周", "星期", "礼拜" -> ChronoUnit.WEEKS;
                case "天" -> ChronoUnit.DAYS;
                // 3日前 is "before the 3rd" far more often than "three days ago".
                case "日" -> isAsciiDigit(number.charAt(0)) && !isSpan ? null : ChronoUnit.DAYS;
                case "小时", "钟头" -> ChronoUnit.HOURS;
                case "钟" -> counted ? ChronoUnit.HOURS : null;
                case "分钟" -> ChronoUnit.MINUTES;
                default -> ChronoUnit.SECONDS;
            };
            if (u == null) {
                return false;
            }
            Integer value;
            if (number.equals("几") || number.equals("数")) {
                value = null;
            } else if (number.equals("半")) {
                if (u == ChronoUnit.YEARS) {
                    u = ChronoUnit.MONTHS;
                    value = 6;
                } else if (u == ChronoUnit.MONTHS) {
                    u = ChronoUnit.DAYS;
                    value = 15;
                } else {
                    return false;
                }
            } else {
                value = DateText.number(number);
                if (value <= 0 || DateText.digit(number.charAt(0)) == 0) {
                    return false;
                }
            }
            unit = u;
            amount = value;
            direction = sign;
            span = isSpan;
            return true;
        }

        /** {@return whether the expression is a holiday as a whole (逾越节), not a day or an hour of it} */
        boolean wholeHoliday() {
            return holiday != null && holidayShift == 0 && dayPart == null && hour == null;
        }

        /** {@return whether the expression is a holiday longer than its first day, an evening before or hours} */
        boolean holidaySpan() {
            return wholeHoliday() && (holiday.days() > 1 || Holidays.beginsTheEveningBefore(holiday)
                    || Holidays.startTime(holiday) != null);
        }

        boolean relative() {
            return unit != null || vagueNear != null;
        }

        boolean hasDay() {
            return day != null || dayShift != null || dayAnaphor != null || weekday != null || weekend
                    || holiday != null;
        }

        boolean hasContent() {
            return year != null || yearShift != null || yearAnaphor != null || implicitYear || month != null
                    || monthShift != null || monthAnaphor != null || implicitMonth || hasDay() || week
                    || dayPart != null || hour != null || unit != null || vagueNear != null;
        }

        /** {@return whether the year comes from the text itself rather than from inference} */
        boolean yearGiven() {
            return year != null || yearShift != null || yearAnaphor != null || monthShift != null
                    || dayShift != null;
        }

        DateGrain grain() {
            if (second != null) {
                return DateGrain.SECOND;
            }
            if (minute != null) {
                return DateGrain.MINUTE;
            }
            if (hour != null || dayPart != null) {
                return DateGrain.HOUR;
            }
            if (wholeHoliday() && Holidays.startTime(holiday) != null) {
                return DateGrain.MINUTE;
            }
            if (unit != null) {
                return switch (unit) {
                    case YEARS -> DateGrain.YEAR;
                    case MONTHS -> DateGrain.MONTH;
                    case WEEKS -> span ? DateGrain.WEEK : DateGrain.DAY;
                    case DAYS -> DateGrain.DAY;
                    case HOURS -> DateGrain.HOUR;
                    case MINUTES -> DateGrain.MINUTE;
                    default -> DateGrain.SECOND;
                };
            }
            if (vagueNear != null) {
                return vagueNear;
            }
            if (hasDay() || dayFrom > 0) {
                return DateGrain.DAY;
            }
            if (week) {
                return DateGrain.WEEK;
            }
            if (month != null || monthShift != null || monthAnaphor != null || implicitMonth || yearPartFrom > 0) {
                return DateGrain.MONTH;
            }
            return DateGrain.YEAR;
        }

        boolean intervalShape() {
            return yearSpan > 1 || weekend || dayFrom > 0 || (yearPartFrom > 0 && yearPartFrom != yearPartTo)
                    || (dayPart != null && hour == null) || (unit != null && span)
                    || holidaySpan();
        }

        boolean vague() {
            return approximate || monthPartVague || yearPartVague || vagueNear != null
                    || (unit != null && amount == null);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Resolution

    /** What earlier mentions of the same text tell about the one being resolved. */
    private record Context(@Nullable LocalDate reference, @Nullable LocalDateTime referenceTime,
                           @Nullable LocalDate anchor, @Nullable Integer anchorYear,
                           @Nullable LocalDate previousDay,
                           @Nullable LocalDate sentenceDay, @Nullable LocalDate sentenceEvent,
                           @Nullable LocalDate previous) {
    }

    /** The outcome for one expression, kept to give context to the next ones. */
    private record Resolved(int start, @Nullable String value, DateGrain grain, boolean isInterval, boolean isVague,
                            @Nullable LocalDateTime at, boolean yearGiven, boolean isAmount) {
        /** {@return this without a value: a recurring expression names no single date} */
        Resolved recurring() {
            return new Resolved(start, null, grain, isInterval, isVague, null, false, isAmount);
        }
    }

    /** A resolved point: its start at its grain and, for a span such as 上旬 or 晚上, its last unit. */
    private record Moment(LocalDateTime start, DateGrain grain, @Nullable LocalDateTime last, @Nullable String zone) {
        Moment(LocalDate date, DateGrain grain) {
            this(date.atStartOfDay(), grain, null, null);
        }

        Moment(LocalDate from, LocalDate to, DateGrain grain) {
            this(from.atStartOfDay(), grain, to.atStartOfDay(), null);
        }

        LocalDateTime end() {
            return last != null ? last : start;
        }
    }

    private static Context context(String f, int start, @Nullable LocalDate reference,
                                   @Nullable LocalDateTime referenceTime, List<Resolved> done) {
        int sentence = start;
        while (sentence > 0 && "。！？!?；;\n".indexOf(f.charAt(sentence - 1)) < 0) {
            sentence--;
        }
        int paragraph = sentence;
        while (paragraph > 0 && f.charAt(paragraph - 1) != '\n') {
            paragraph--;
        }
        LocalDate anchor = null;
        Integer anchorYear = null;
        LocalDate previousDay = null;
        LocalDate sentenceDay = null;
        LocalDate sentenceEvent = null;
        LocalDate previous = null;
        for (int i = done.size() - 1; i >= 0; i--) {
            Resolved r = done.get(i);
            if (r.start() < paragraph) {
                break;
            }
            if (r.at() == null) {
                continue;
            }
            LocalDate day = r.at().toLocalDate();
            if (previous == null) {
                previous = day;
            }
            boolean dayOrFiner = r.grain().compareTo(DateGrain.DAY) >= 0 && !r.isInterval();
            if (previousDay == null && dayOrFiner) {
                previousDay = day;
            }
            if (r.start() >= sentence) {
                if (anchor == null && anchorYear == null && r.yearGiven() && !r.isInterval()) {
                    // A year alone (1998年, 年初) fixes the year; a month or a day is a point to count from.
                    if (r.grain() == DateGrain.YEAR || r.isVague()) {
                        anchorYear = day.getYear();
                    } else {
                        anchor = day;
                    }
                }
                if (sentenceDay == null && dayOrFiner) {
                    sentenceDay = day;
                }
                // An amount counts from a day the text tells of, not from another amount (3天前发布，两周后生效).
                if (sentenceEvent == null && dayOrFiner && !r.isVague() && !r.isAmount()) {
                    sentenceEvent = day;
                }
            }
        }
        return new Context(reference, referenceTime, anchor, anchorYear, previousDay, sentenceDay, sentenceEvent,
                previous);
    }

    private static Resolved resolve(Found f, Context c) {
        Spec first = f.first();
        DateGrain grain = first.grain();
        boolean vague = first.vague() || (f.last() != null && f.last().vague());
        boolean interval = f.last() != null || f.open() != Open.NONE || first.intervalShape();
        Moment a = resolvePoint(first, c, null);
        String value = null;
        if (a != null) {
            switch (f.open()) {
                case AFTER -> value = text(a.start(), a.grain(), a.zone()) + "/..";
                case BEFORE -> value = "../" + text(a.end(), a.grain(), a.zone());
                case UNTIL_NOW -> value = c.reference() == null ? null
                        : text(a.start(), a.grain(), a.zone()) + "/" + text(c.reference().atStartOfDay(), a.grain(),
                                null);
                default -> {
                    if (f.last() != null) {
                        Moment b = resolvePoint(f.last(), c, a);
                        value = b == null ? null : text(a.start(), a.grain(), a.zone()) + "/"
                                + text(b.end(), b.grain(), b.zone());
                    } else if (a.last() != null) {
                        value = text(a.start(), a.grain(), a.zone()) + "/" + text(a.last(), a.grain(), a.zone());
                    } else {
                        value = text(a.start(), a.grain(), a.zone());
                    }
                }
            }
        }
        return new Resolved(f.start(), value, grain, interval, vague, value == null || a == null ? null : a.start(),
                first.yearGiven(), first.unit != null);
    }

    /**
     * Resolves one point against the context; {@code from} is the resolved start of a range whose end this is.
     *
     * @return the moment, or null if it cannot be resolved
     */
    private static @Nullable Moment resolvePoint(Spec s, Context c, @Nullable Moment from) {
        if (s.ambiguous) {
            return null;
        }
        try {
            return resolveOrThrow(s, c, from);
        } catch (DateTimeException e) {
            // An impossible date as written (2019年2月29日): unresolved, as the class Javadoc promises.
            return null;
        }
    }

    private static @Nullable Moment resolveOrThrow(Spec s, Context c, @Nullable Moment from) {
        LocalDate ref = c.reference();
        DateGrain grain = s.grain();
        if (s.unit != null) {
            if (s.unit.isTimeBased()) {
                return timeAmount(s, c.referenceTime(), grain);
            }
            // 8月6日签署行政令，将在45天后生效: a point amount counts from the day the sentence tells of.
            return amount(s, s.span || c.sentenceEvent() == null ? ref : c.sentenceEvent(), grain);
        }
        if (s.vagueNear != null) {
            return ref == null ? null : new Moment(ref, grain);
        }
        LocalDate date = null;
        if (s.holiday != null) {
            Integer year = year(s, c);
            if (year == null) {
                LocalDate base = from != null ? from.start().toLocalDate() : ref;
                if (base == null) {
                    return null;
                }
                year = Holidays.yearFor(s.holiday, base);
            }
            LocalDate day = Holidays.date(s.holiday, year);
            if (day == null) {
                return null;
            }
            day = day.plusDays(s.holidayShift);
            if (s.wholeHoliday()) {
                LocalTime startTime = Holidays.startTime(s.holiday);
                LocalTime endTime = Holidays.endTime(s.holiday);
                if (startTime != null && endTime != null) {
                    return new Moment(day.atTime(startTime), DateGrain.MINUTE, day.atTime(endTime), null);
                }
                LocalDate first = Holidays.beginsTheEveningBefore(s.holiday) ? day.minusDays(1) : day;
                LocalDate last = day.plusDays(s.holiday.days() - 1L);
                if (!first.equals(last)) {
                    return new Moment(first, last, DateGrain.DAY);
                }
            }
            date = day;
        } else if (s.dayShift != null) {
            if (ref == null) {
                return null;
            }
            date = ref.plusDays(s.dayShift);
        } else if (s.dayAnaphor != null) {
            if (c.previousDay() == null) {
                return null;
            }
            date = c.previousDay().plusDays(s.dayAnaphor);
        } else if ((s.weekday != null && s.ordinal == null) || s.weekend || s.week) {
            LocalDate base = from != null ? from.start().toLocalDate() : ref;
            if (base == null) {
                return null;
            }
            LocalDate monday = base.with(DayOfWeek.MONDAY).plusWeeks(s.weekShift == null ? 0 : s.weekShift);
            if (s.week) {
                return new Moment(monday, DateGrain.WEEK);
            }
            if (s.weekend) {
                if (s.weekShift == null && from == null && ChronoUnit.DAYS.between(base, monday.plusDays(5)) > 2) {
                    monday = monday.minusWeeks(1);
                }
                return new Moment(monday.plusDays(5), monday.plusDays(6), DateGrain.DAY);
            }
            if (s.weekShift != null || from != null) {
                date = monday.plusDays(s.weekday - 1L);
            } else {
                date = base.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(s.weekday)));
                if (ChronoUnit.DAYS.between(base, date) > 2) {
                    date = date.minusWeeks(1);
                }
            }
        } else {
            Integer year = year(s, c);
            Integer month = s.month;
            Integer day = s.day;
            if (s.monthShift != null) {
                if (ref == null) {
                    return null;
                }
                YearMonth ym = YearMonth.from(ref).plusMonths(s.monthShift);
                year = ym.getYear();
                month = ym.getMonthValue();
            } else if (s.monthAnaphor != null) {
                if (c.previous() == null) {
                    return null;
                }
                YearMonth ym = YearMonth.from(c.previous()).plusMonths(s.monthAnaphor);
                year = ym.getYear();
                month = ym.getMonthValue();
            }
            boolean inheritedYear = false;
            boolean inheritedMonth = false;
            LocalDate inferredFrom = null;
            if (year == null && (s.yearShift != null || s.yearAnaphor != null)) {
                return null;
            }
            if (year == null) {
                if (from != null) {
                    year = from.start().getYear();
                    inheritedYear = true;
                    if (month == null && (day != null || s.dayFrom > 0 || s.monthPartVague)) {
                        month = from.start().getMonthValue();
                        inheritedMonth = true;
                    }
                } else if (c.anchorYear() != null && month != null) {
                    year = c.anchorYear();
                } else {
                    LocalDate base = c.anchor() != null ? c.anchor() : ref;
                    if (base == null) {
                        return null;
                    }
                    if (month != null) {
                        year = inferYear(month, day, base);
                        inferredFrom = base;
                    } else if (day != null) {
                        LocalDate inferred = inferDay(day, base);
                        if (inferred == null) {
                            return null;
                        }
                        year = inferred.getYear();
                        month = inferred.getMonthValue();
                    } else {
                        year = base.getYear();
                        if (s.implicitMonth) {
                            month = base.getMonthValue();
                        }
                    }
                }
            }
            if (month == null && day != null) {
                return null;
            }
            if (day != null) {
                date = s.lunar ? lunar(year, month, day, inferredFrom) : LocalDate.of(year, month, day);
                if (date == null) {
                    return null;
                }
            } else if (s.ordinal != null && month != null) {
                YearMonth ym = YearMonth.of(year, month);
                DayOfWeek dow = DayOfWeek.of(s.weekday);
                date = s.ordinal < 0 ? ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(dow))
                        : ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(s.ordinal, dow));
                if (date.getMonthValue() != month) {
                    return null;
                }
            } else if (month != null) {
                YearMonth ym = YearMonth.of(year, month);
                if (from != null && ym.atDay(1).isBefore(from.start().toLocalDate().withDayOfMonth(1))) {
                    ym = inheritedMonth ? ym.plusMonths(1) : inheritedYear ? ym.plusYears(1) : ym;
                }
                if (s.dayFrom > 0) {
                    LocalDate to = s.dayTo == 0 ? ym.atEndOfMonth() : ym.atDay(s.dayTo);
                    return new Moment(ym.atDay(s.dayFrom), to, DateGrain.DAY);
                }
                return new Moment(ym.atDay(1), DateGrain.MONTH);
            } else if (s.yearPartFrom > 0 && s.yearSpan > 1) {
                return spanPart(year, s);
            } else if (s.yearPartFrom > 0) {
                LocalDate start = LocalDate.of(year, s.yearPartFrom, 1);
                if (s.yearPartTo == s.yearPartFrom) {
                    return new Moment(start, DateGrain.MONTH);
                }
                return new Moment(start, LocalDate.of(year, s.yearPartTo, 1), DateGrain.MONTH);
            } else if (s.yearSpan > 1) {
                return new Moment(LocalDate.of(year, 1, 1), LocalDate.of(year + s.yearSpan - 1, 1, 1), DateGrain.YEAR);
            } else if (s.yearGiven() || s.implicitYear || inheritedYear) {
                if (s.dayPart == null && s.hour == null) {
                    return new Moment(LocalDate.of(year, 1, 1), DateGrain.YEAR);
                }
            }
            if (date != null && from != null && date.isBefore(from.start().toLocalDate())) {
                date = inheritedMonth ? date.plusMonths(1) : inheritedYear ? date.plusYears(1) : date;
            }
        }
        if (date == null) {
            // A time of day alone belongs to the day before it in the sentence, or to the reference date.
            date = from != null ? from.start().toLocalDate() : c.sentenceDay() != null ? c.sentenceDay() : ref;
            if (date == null) {
                return null;
            }
        }
        if (s.hour != null) {
            int hour = s.dayPart != null ? s.dayPart.hour(s.hour) : s.hour;
            LocalDateTime at = date.atStartOfDay().plusHours(hour)
                    .plusMinutes(s.minute == null ? 0 : s.minute)
                    .plusSeconds(s.second == null ? 0 : s.second);
            if (from != null && at.isBefore(from.start()) && s.dayPart == null && hour < 12) {
                at = at.plusHours(12);
            }
            return new Moment(at, grain, null, s.zone);
        }
        if (s.dayPart != null) {
            return new Moment(date.atTime(s.dayPart.from, 0), DateGrain.HOUR, date.atTime(s.dayPart.to, 0), s.zone);
        }
        return new Moment(date, DateGrain.DAY);
    }

    private static @Nullable Integer year(Spec s, Context c) {
        if (s.year != null) {
            return s.year;
        }
        if (s.yearShift != null) {
            return c.reference() == null ? null : c.reference().getYear() + s.yearShift;
        }
        if (s.yearAnaphor != null) {
            return c.previous() == null ? null : c.previous().getYear() + s.yearAnaphor;
        }
        return null;
    }

    /** {@return whether a bare day written with 号 follows a name, as in 雪龙2号: {@link #NAME_BEFORE} matched} */
    private static boolean isNumberedName(Matcher m, int n) {
        return n == 0 && m.group(1) != null && m.group(3).startsWith("号");
    }

    /**
     * A part of a decade or century: 七十年代初 is its first three years (1970/1972), 七十年代末 its last three
     * (1977/1979), 二十世纪初 1901/1930; halves and quarters take their share of the years.
     */
    private static Moment spanPart(int year, Spec s) {
        int span = s.yearSpan;
        int first;
        int last;
        if (s.yearPartFrom == 1 && s.yearPartTo == 1) {
            first = year;
            last = year + span * 3 / 10 - 1;
        } else if (s.yearPartFrom == 12 && s.yearPartTo == 12) {
            first = year + span * 7 / 10;
            last = year + span - 1;
        } else {
            first = year + span * (s.yearPartFrom - 1) / 12;
            last = year + span * s.yearPartTo / 12 - 1;
        }
        return new Moment(LocalDate.of(first, 1, 1), LocalDate.of(last, 1, 1), DateGrain.YEAR);
    }

    /**
     * 3天前, 两周后, 前两天, 近三年: counted from {@code ref} (the reference date, or for a point amount the day an
     * earlier date of the same sentence names) on the grid of their unit.
     */
    private static @Nullable Moment amount(Spec s, @Nullable LocalDate ref, DateGrain grain) {
        if (ref == null || s.amount == null) {
            return null;
        }
        ChronoUnit unit = s.unit;
        LocalDate base = switch (unit) {
            case YEARS -> ref.withDayOfYear(1);
            case MONTHS -> ref.withDayOfMonth(1);
            case WEEKS -> s.span ? ref.with(DayOfWeek.MONDAY) : ref;
            default -> ref;
        };
        int n = s.amount;
        if (!s.span) {
            return new Moment(base.plus((long) s.direction * n, unit), grain);
        }
        LocalDate from;
        LocalDate to;
        if (s.recent) {
            from = base.minus(n - 1L, unit);
            to = base;
        } else if (s.direction < 0) {
            from = base.minus(n, unit);
            to = base.minus(1, unit);
        } else {
            from = base.plus(1, unit);
            to = base.plus(n, unit);
        }
        return new Moment(from, to, grain);
    }

    /** 两小时前, 下三分钟: counted from the reference time of day, if there is one, on the grid of their unit. */
    private static @Nullable Moment timeAmount(Spec s, @Nullable LocalDateTime ref, DateGrain grain) {
        if (ref == null || s.amount == null) {
            return null;
        }
        ChronoUnit unit = s.unit;
        LocalDateTime base = ref.truncatedTo(unit);
        int n = s.amount;
        if (!s.span) {
            return new Moment(base.plus((long) s.direction * n, unit), grain, null, null);
        }
        if (s.recent) {
            return new Moment(base.minus(n - 1L, unit), grain, base, null);
        }
        if (s.direction < 0) {
            return new Moment(base.minus(n, unit), grain, base.minus(1, unit), null);
        }
        return new Moment(base.plus(1, unit), grain, base.plus(n, unit), null);
    }

    /** The year of a month (and day) without one: from nine months before to three months after {@code base}. */
    private static int inferYear(int month, @Nullable Integer day, LocalDate base) {
        int year = base.getYear();
        YearMonth ym = YearMonth.of(year, month);
        int d = day == null ? 1 : Math.min(day, ym.lengthOfMonth());
        LocalDate candidate = ym.atDay(d);
        LocalDate baseStart = day == null ? base.withDayOfMonth(1) : base;
        if (candidate.isAfter(baseStart.plusMonths(3))) {
            year--;
        } else if (!candidate.isAfter(baseStart.minusMonths(9))) {
            year++;
        }
        if (month == 2 && day != null && day == 29) {
            // 2月29日 without a year is the latest leap day not after the window.
            while (!Year.isLeap(year)) {
                year--;
            }
        }
        return year;
    }

    /** A lunar month and day; without a year, the one from nine months before to three months after the base. */
    private static @Nullable LocalDate lunar(int year, int month, int day, @Nullable LocalDate inferredFrom) {
        if (inferredFrom == null) {
            return Holidays.lunar(year, month, day);
        }
        for (int y = inferredFrom.getYear() + 1; y >= inferredFrom.getYear() - 1; y--) {
            LocalDate date = Holidays.lunar(y, month, day);
            if (date != null && !date.isAfter(inferredFrom.plusMonths(3))
                    && date.isAfter(inferredFrom.minusMonths(9))) {
                return date;
            }
        }
        return null;
    }

    /** The month of a day without one: from 23 days before to seven days after {@code base}. */
    private static @Nullable LocalDate inferDay(int day, LocalDate base) {
        LocalDate latest = base.plusDays(7);
        LocalDate earliest = base.minusDays(23);
        for (int shift = 1; shift >= -2; shift--) {
            YearMonth ym = YearMonth.from(base).plusMonths(shift);
            if (day <= ym.lengthOfMonth()) {
                LocalDate candidate = ym.atDay(day);
                if (!candidate.isAfter(latest) && !candidate.isBefore(earliest)) {
                    return candidate;
                }
            }
        }
        for (int shift = 0; shift >= -2; shift--) {
            YearMonth ym = YearMonth.from(base).plusMonths(shift);
            if (day <= ym.lengthOfMonth() && !ym.atDay(day).isAfter(latest)) {
                return ym.atDay(day);
            }
        }
        return null;
    }

    /** {@return a year as ISO-8601 writes it, four digits at least: 0987, 2020} */
    private static String year(int year) {
        return year >= 1000 ? Integer.toString(year) : String.format("%04d", year);
    }

    /** {@return a value below 100 in two digits: 04, 16} */
    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /** {@return {@code at} written at {@code grain}, with the zone's offset for times of day} */
    private static String text(LocalDateTime at, DateGrain grain, @Nullable String zone) {
        String date = switch (grain) {
            case YEAR -> year(at.getYear());
            case MONTH -> year(at.getYear()) + "-" + twoDigits(at.getMonthValue());
            case WEEK -> year(at.get(IsoFields.WEEK_BASED_YEAR)) + "-W"
                    + twoDigits(at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAY -> at.toLocalDate().toString();
            case HOUR -> at.toLocalDate() + "T" + twoDigits(at.getHour()) + ":00";
            case MINUTE -> at.toLocalDate() + "T" + twoDigits(at.getHour()) + ":" + twoDigits(at.getMinute());
            case SECOND -> at.toLocalDate() + "T" + twoDigits(at.getHour()) + ":" + twoDigits(at.getMinute()) + ":"
                    + twoDigits(at.getSecond());
        };
        if (zone == null || grain.compareTo(DateGrain.HOUR) < 0) {
            return date;
        }
        if (zone.startsWith("+") || zone.equals("Z")) {
            return date + zone;
        }
        ZoneOffset offset = ZoneId.of(zone).getRules().getOffset(at);
        return date + offset.getId();
    }

    private static @Nullable Integer weekShift(@Nullable String prefix) {
        if (prefix == null) {
            return null;
        }
        if (prefix.startsWith("上上")) {
            return -2;
        }
        if (prefix.startsWith("下下")) {
            return 2;
        }
        if (prefix.startsWith("上")) {
            return -1;
        }
        if (prefix.startsWith("下")) {
            return 1;
        }
        return 0;
    }

    private static int weekday(String g) {
        char c = g.charAt(0);
        if (c == '日' || c == '天') {
            return 7;
        }
        return DateText.number(g);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

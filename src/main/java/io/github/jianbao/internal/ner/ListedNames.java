package io.github.jianbao.internal.ner;

import io.github.jianbao.EntityType;
import io.github.jianbao.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The persons of a list that the tagger took only in part: in 吴阶平、任建新、赵南起、毛致用、经叔平 it finds most names
 * and misses one that reads like a word (万里, 汪洋) or that it has never seen. Where the items a list separates with
 * 、 are mostly persons, every other item of two or three Han characters at word bounds is a person too.
 *
 * <p>An item counts only where it stands alone between the list's marks; a list that also holds a place or an
 * organisation is left as it is, as is an item holding a number or a word the segmenter reads as no name (a place,
 * time, pronoun, verb or function word: {@link #NOT_NAME_WORDS}). Stateless and thread-safe.
 */
public final class ListedNames {
    private static final char MARK = '、';
    /** The longest item this reads; longer runs are no names of a list. */
    private static final int MAX_ITEM = 4;
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 3;
    /** Persons a list needs before its other items are taken for persons too. */
    private static final int MIN_PERSONS = 2;
    /**
     * Tags of a word of two characters or more that is no name: places, organisations, times, measure words,
     * pronouns (大家), adverbs, conjunctions, prepositions, particles, locatives and verbs.
     */
    private static final Pattern NOT_NAME_WORDS = Pattern.compile("(?:ns|nt|[tqrdcpufv]).*");
    /** Words that close a list's last item: 汝信等, 李白和杜甫. */
    private static final String LIST_ENDS = "等和及与";

    private ListedNames() {
    }

    /** One item of a list: its range and the span that covers it exactly, if one does. */
    private record Item(int start, int end, @Nullable NamedSpan span, boolean overlapped) {
    }

    /**
     * {@return the spans with the unnamed items of mostly-person lists added as persons}
     *
     * @param text   the text
     * @param tokens its words, offsets in chars of {@code text}
     * @param spans  the entities found so far, none overlapping, in text order
     */
    public static List<NamedSpan> complete(String text, List<Token> tokens, List<NamedSpan> spans) {
        int mark = text.indexOf(MARK);
        if (mark < 0) {
            return spans;
        }
        TokenBounds words = new TokenBounds(text, tokens);
        List<NamedSpan> added = new ArrayList<>();
        while (mark >= 0) {
            List<Integer> marks = new ArrayList<>(List.of(mark));
            int next = text.indexOf(MARK, mark + 1);
            while (next >= 0 && next - marks.get(marks.size() - 1) - 1 <= MAX_ITEM
                    && isPlain(text, marks.get(marks.size() - 1) + 1, next)) {
                marks.add(next);
                next = text.indexOf(MARK, next + 1);
            }
            List<Item> items = items(text, words, spans, marks);
            long persons = items.stream().filter(i -> i.span() != null && i.span().type() == EntityType.PERSON).count();
            boolean othersNamed = items.stream().anyMatch(i -> i.overlapped()
                    || i.span() != null && i.span().type() != EntityType.PERSON);
            if (persons >= MIN_PERSONS && 2 * persons >= items.size() && !othersNamed) {
                for (Item item : items) {
                    if (item.span() == null && isName(text, words, item.start(), item.end())) {
                        added.add(new NamedSpan(item.start(), item.end(), EntityType.PERSON));
                    }
                }
            }
            mark = next;
        }
        if (added.isEmpty()) {
            return spans;
        }
        added.addAll(spans);
        added.sort(Comparator.comparingInt(NamedSpan::start));
        return List.copyOf(added);
    }

    /** {@return the items of the list whose marks are {@code marks}; the first and last only where they are clear} */
    private static List<Item> items(String text, TokenBounds words, List<NamedSpan> spans, List<Integer> marks) {
        List<Item> items = new ArrayList<>();
        int first = marks.get(0);
        int start = first;
        while (start > 0 && first - start < MAX_ITEM && isItemChar(text.charAt(start - 1))) {
            start--;
        }
        NamedSpan before = spanEndingAt(spans, first);
        if (before != null) {
            items.add(item(spans, before.start(), first));
        } else if (start < first && (start == 0 || !isItemChar(text.charAt(start - 1)))) {
            items.add(item(spans, start, first));
        }
        for (int m = 0; m + 1 < marks.size(); m++) {
            items.add(item(spans, marks.get(m) + 1, marks.get(m + 1)));
        }
        int last = marks.get(marks.size() - 1) + 1;
        int end = last;
        while (end < text.length() && end - last < MAX_ITEM && isItemChar(text.charAt(end))
                && !(LIST_ENDS.indexOf(text.charAt(end)) >= 0 && words.isWord(end, end + 1))) {
            end++;
        }
        NamedSpan after = spanStartingAt(spans, last);
        if (after != null) {
            items.add(item(spans, last, after.end()));
        } else if (end > last && (end == text.length() || !isItemChar(text.charAt(end))
                || LIST_ENDS.indexOf(text.charAt(end)) >= 0)) {
            items.add(item(spans, last, end));
        }
        return items;
    }

    private static Item item(List<NamedSpan> spans, int start, int end) {
        NamedSpan exact = null;
        boolean overlapped = false;
        for (NamedSpan s : spans) {
            if (s.start() == start && s.end() == end) {
                exact = s;
            } else if (s.start() < end && start < s.end()) {
                overlapped = true;
            }
        }
        return new Item(start, end, exact, overlapped);
    }

    private static @Nullable NamedSpan spanEndingAt(List<NamedSpan> spans, int end) {
        return spans.stream().filter(s -> s.end() == end).findFirst().orElse(null);
    }

    private static @Nullable NamedSpan spanStartingAt(List<NamedSpan> spans, int start) {
        return spans.stream().filter(s -> s.start() == start).findFirst().orElse(null);
    }

    /**
     * {@return whether an unnamed item reads as a name: two or three Han characters at word bounds, no number, and no
     * word of two characters or more that is no name ({@link #NOT_NAME_WORDS})}
     */
    private static boolean isName(String text, TokenBounds words, int start, int end) {
        if (end - start < MIN_NAME || end - start > MAX_NAME || !isPlain(text, start, end)
                || !words.startsAt(start) || !words.endsAt(end)) {
            return false;
        }
        for (Token t : words.within(start, end)) {
            String tag = t.tag();
            boolean word = t.end() - t.start() > 1;  // a lone character's tag says little: 王文元 is 王/n 文/ng 元/q
            if (tag.startsWith("m") || tag.startsWith("w") || word && NOT_NAME_WORDS.matcher(tag).matches()) {
                return false;
            }
        }
        return true;
    }

    /** {@return whether every char from {@code start} to {@code end} is a Han character} */
    private static boolean isPlain(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isItemChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isItemChar(char c) {
        return Character.isIdeographic(c);
    }
}

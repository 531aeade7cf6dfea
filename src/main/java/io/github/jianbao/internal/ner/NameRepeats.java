package io.github.jianbao.internal.ner;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.github.jianbao.EntityType;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The persons and places of a document, to find their mentions the tagger missed. The tagger judges each sentence on
 * its own, so it often takes a name in one sentence and misses it, or gives it another type, in the next (灵邱 a place
 * in two sentences, a person in a third); and a person first named in full is later called by the given name alone
 * (钱钟书, then 钟书). The names the tagger found across the document mark their other occurrences too, where they
 * stand as whole words, settle the type of a name the tagger gave two types, and fit a person's span that ran past
 * or stopped short of the name the document gives that person more often (韩正密会, 马英 of 马英九).
 *
 * <p>Organisations take no part: the bodies the tagger names without a place or brand (农村信用社, 政治部) are generic
 * elsewhere, and letting the tagger's organisations vote on types turned main persons of an article (蔡霞) into
 * organisations. A name that HanLP's core dictionary knows as an ordinary word (社会, 广场) takes no part either.
 *
 * <p>Collect the names of every part of a document first, then {@link #complete} each part. Not thread-safe while
 * collecting; reading only afterwards.
 */
public final class NameRepeats {
    /** Names shorter than this are too ambiguous to repeat (a one-character surname or place). */
    private static final int MIN_NAME = 2;
    /** The most characters a person's span is cut or lengthened by to fit a name the document gives more often. */
    private static final int MAX_FIT = 2;
    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.PLACE};
    /** What {@link #following} holds for a name before different characters, or before no Han character. */
    private static final char VARIES = '\u0000';
    /**
     * Natures of words that stand after a name, not in it: verbs, prepositions, conjunctions, particles, adverbs,
     * pronouns, locatives, measure words (马英说, 李明在, 王刚等, 李明家).
     */
    private static final String AFTER_NAME_NATURES = "vpcudryfqkewo";

    /** Per name, how often the tagger gave it each of {@link #TYPES}. */
    private final Map<String, int[]> counts = new HashMap<>();
    /**
     * Per person of two characters, the character after every one of its spans, or {@link #VARIES} where two differ
     * or one is no Han character.
     */
    private final Map<String, Character> following = new HashMap<>();
    /** The names of a clear type, longest first; made on the first {@link #complete} after collecting. */
    private @Nullable List<Map.Entry<String, EntityType>> repeatable;

    /**
     * Adds the persons and places of {@code spans}: each name; of a person named with a one-character surname and a
     * two-character given name the given name as well, and of a transliterated name the last part (川普 of 唐纳德·川普);
     * of a person of two characters, the character after it.
     *
     * @param text  the text the spans index
     * @param spans the tagger's entities in it
     */
    public void collect(String text, List<NamedSpan> spans) {
        Objects.requireNonNull(text, "text");
        repeatable = null;
        for (NamedSpan span : spans) {
            String name = span.coveredText(text);
            int type = typeIndex(span.type());
            if (type < 0 || name.length() < MIN_NAME || isCommonWord(name)) {
                continue;
            }
            counts.computeIfAbsent(name, k -> new int[TYPES.length])[type]++;
            if (span.type() == EntityType.PERSON && name.length() == 2 && isHan(name)) {
                char next = span.end() < text.length() ? text.charAt(span.end()) : VARIES;
                following.merge(name, Character.isIdeographic(next) ? next : VARIES,
                        (a, b) -> a.equals(b) ? a : VARIES);
            }
            if (span.type() == EntityType.PERSON && name.length() == 3 && isHan(name)
                    && !isCommonWord(name.substring(1))) {
                counts.computeIfAbsent(name.substring(1), k -> new int[TYPES.length])[type]++;
            }
            int dot = name.lastIndexOf('·');
            if (span.type() == EntityType.PERSON && dot > 0 && name.length() - dot > 2
                    && !isCommonWord(name.substring(dot + 1))) {
                counts.computeIfAbsent(name.substring(dot + 1), k -> new int[TYPES.length])[type]++;
            }
        }
    }

    /** {@return how often the tagger found {@code name}, as a person or place of its own or inside one's name} */
    public int count(String name) {
        int[] c = counts.get(name);
        return c == null ? 0 : Arrays.stream(c).sum();
    }

    /**
     * {@return the type of a collected name: the one the tagger gave it at least twice as often as the other, or
     * {@code null} for a name not collected or of no clear type}
     */
    public @Nullable EntityType typeOf(String name) {
        int[] c = counts.get(name);
        if (c == null) {
            return null;
        }
        for (int t = 0; t < TYPES.length; t++) {
            int others = 0;
            for (int u = 0; u < TYPES.length; u++) {
                others += u == t ? 0 : c[u];
            }
            if (c[t] >= 2 * others && c[t] > 0) {
                return TYPES[t];
            }
        }
        return null;
    }

    /**
     * {@return the spans fitted and their types settled, and the occurrences of the collected names added} A person or
     * place whose name the document mostly gives the other type takes that type; one that joins two names the
     * document names apart with 和, 与 or 及 is those two. An occurrence of a name is added
     * where it overlaps no span and starts and ends at the boundaries of {@code tokens}; the longest name wins where
     * occurrences overlap, and a given name right after its surname is the full name (程砚秋 where the segmenter split
     * 程/砚秋).
     *
     * @param text   the text
     * @param tokens its words, offsets in chars of {@code text}
     * @param spans  the tagger's entities in it, none overlapping
     */
    public List<NamedSpan> complete(String text, List<Token> tokens, List<NamedSpan> spans) {
        Objects.requireNonNull(text, "text");
        if (counts.isEmpty()) {
            return spans;
        }
        List<NamedSpan> out = new ArrayList<>(spans.size());
        TokenBounds words = new TokenBounds(text, tokens);
        boolean[] taken = new boolean[text.length() + 1];
        for (NamedSpan tagged : spans) {
            NamedSpan s = tagged.type() == EntityType.PERSON ? fitted(text, words, tagged, spans) : tagged;
            for (int i = s.start(); i < s.end(); i++) {
                taken[i] = true;
            }
            boolean named = typeIndex(s.type()) >= 0;
            EntityType settled = named ? typeOf(s.coveredText(text)) : null;
            int and = named ? conjunction(text, s) : -1;
            if (and > 0) {
                out.add(new NamedSpan(s.start(), and, s.type()));
                out.add(new NamedSpan(and + 1, s.end(), s.type()));
            } else {
                out.add(settled == null || settled == s.type() ? s : new NamedSpan(s.start(), s.end(), settled));
            }
        }
        if (repeatable == null) {
            List<Map.Entry<String, EntityType>> clear = new ArrayList<>();
            for (String name : counts.keySet()) {
                EntityType type = typeOf(name);
                if (type != null) {
                    clear.add(Map.entry(name, type));
                }
            }
            clear.sort(Comparator.comparingInt((Map.Entry<String, EntityType> e) -> e.getKey().length()).reversed()
                    .thenComparing(Map.Entry::getKey));
            repeatable = List.copyOf(clear);
        }
        boolean added = false;
        for (Map.Entry<String, EntityType> e : repeatable) {
            String name = e.getKey();
            EntityType type = e.getValue();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                int start = at > 0 && type == EntityType.PERSON
                        && typeOf(text.substring(at - 1, end)) == EntityType.PERSON ? at - 1 : at;
                if (!words.startsAt(at) || !words.endsAt(end) || isTaken(taken, start, end)) {
                    continue;
                }
                for (int i = start; i < end; i++) {
                    taken[i] = true;
                }
                out.add(new NamedSpan(start, end, type));
                added = true;
            }
        }
        if (added) {
            out.sort(Comparator.comparingInt(NamedSpan::start));
        }
        return List.copyOf(out);
    }

    /**
     * {@return a person's span fitted to the name the document gives that person more often} A span that runs one or
     * two characters past such a name loses them (韩正密 of 韩正密会, where 韩正 is named apart more often); one that
     * stops one or two characters short of it, before those characters, takes them (马英 before 九 of 马英九). A name of
     * two characters that the tagger found twice or more, each time before the same Han character, takes that
     * character too where the segmenter made it a word of its own, unless it is a word that stands after names (说,
     * 在, 等, 家): the tagger cut a name of three characters short wherever it met it (马生 of 马生全, 马英 of 马英九
     * where it never took 马英九 whole). 总 of 李鹏总理 begins a word and stays out.
     */
    private NamedSpan fitted(String text, TokenBounds words, NamedSpan s, List<NamedSpan> spans) {
        String name = s.coveredText(text);
        int own = count(name);
        for (int cut = name.length() - 1; cut >= Math.max(MIN_NAME, name.length() - MAX_FIT); cut--) {
            String shorter = name.substring(0, cut);
            if (typeOf(shorter) == EntityType.PERSON && count(shorter) > own) {
                return new NamedSpan(s.start(), s.start() + cut, EntityType.PERSON);
            }
        }
        for (int more = MAX_FIT; more >= 1; more--) {
            int end = s.end() + more;
            if (end > text.length() || !isHan(text.substring(s.end(), end))) {
                continue;
            }
            String longer = text.substring(s.start(), end);
            if (typeOf(longer) == EntityType.PERSON && count(longer) > own
                    && spans.stream().noneMatch(o -> o != s && o.start() < end && s.end() < o.end())) {
                return new NamedSpan(s.start(), end, EntityType.PERSON);
            }
        }
        Character next = following.get(name);
        if (next != null && next != VARIES && own >= 2 && s.end() < text.length() && text.charAt(s.end()) == next
                && words.startsAt(s.end()) && words.endsAt(s.end() + 1) && !isAfterName(next)
                && spans.stream().noneMatch(o -> o.start() == s.end())) {
            return new NamedSpan(s.start(), s.end() + 1, EntityType.PERSON);
        }
        return s;
    }

    /** {@return whether the core dictionary's main nature of {@code c} is one that follows a name} */
    private static boolean isAfterName(char c) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(String.valueOf(c));
        return attribute != null && AFTER_NAME_NATURES.indexOf(attribute.nature[0].toString().charAt(0)) >= 0;
    }

    /**
     * {@return where 和, 与 or 及 joins two names of the span's type that the document names apart (彭斯和川普), or -1}
     */
    private int conjunction(String text, NamedSpan s) {
        for (int i = s.start() + MIN_NAME; i < s.end() - MIN_NAME; i++) {
            char c = text.charAt(i);
            if ((c == '和' || c == '与' || c == '及') && typeOf(text.substring(s.start(), i)) == s.type()
                    && typeOf(text.substring(i + 1, s.end())) == s.type()) {
                return i;
            }
        }
        return -1;
    }

    private static int typeIndex(EntityType type) {
        for (int t = 0; t < TYPES.length; t++) {
            if (TYPES[t] == type) {
                return t;
            }
        }
        return -1;
    }

    private static boolean isTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether HanLP's core dictionary knows {@code word} as a word but not as a name} (社会, 广场) */
    private static boolean isCommonWord(String word) {
        return CoreDictionary.contains(word) && !Lexicon.isCoreName(word);
    }

    private static boolean isHan(String s) {
        return s.codePoints().allMatch(Character::isIdeographic);
    }
}

package io.github.jianbao.internal.ner;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.github.jianbao.internal.Checks;
import java.util.List;

/**
 * Dictionary matches as char features: which words of HanLP's bundled core and custom dictionaries start, continue
 * or end at each char, and whether they are person names (nature nr…), places (ns…), organisations (nt…) or
 * institution words (ni…). The dictionaries know many more names than the training corpus.
 *
 * <p>Reads HanLP's dictionaries as they were loaded from its jar (the double-array tries of {@link CoreDictionary}
 * and {@link CustomDictionary#DEFAULT}); never changes them. Words added at run time through
 * {@code CustomDictionary.add} are not seen. Immutable and thread-safe.
 */
final class Lexicon {
    /** Word categories; the flags of category {@code c} sit at bits {@code 4c..4c+3} of a code. */
    static final int CATEGORIES = 5;
    static final int BEGIN = 1;
    static final int INSIDE = 2;
    static final int END = 4;
    static final int SINGLE = 8;

    private static final int ANY_WORD = 0;
    private static final int PERSON = 1;
    private static final int PLACE = 2;
    private static final int ORGANIZATION = 3;
    private static final int INSTITUTION = 4;
    private static final int MAX_LENGTH = 7;
    /** For each set of categories, bit {@code 4c} set for each category {@code c} in it: times a flag, that flag. */
    private static final int[] SPREAD = new int[1 << CATEGORIES];

    static {
        for (int set = 0; set < SPREAD.length; set++) {
            for (int category = 0; category < CATEGORIES; category++) {
                if ((set & (1 << category)) != 0) {
                    SPREAD[set] |= 1 << (4 * category);
                }
            }
        }
    }

    private final List<DoubleArrayTrie<CoreDictionary.Attribute>> tries;
    /** The name categories of each word of each trie, by value index; computed once, as nature names are strings. */
    private final byte[][] wordCategories;

    private Lexicon(List<DoubleArrayTrie<CoreDictionary.Attribute>> tries) {
        this.tries = tries;
        this.wordCategories = new byte[tries.size()][];
        for (int t = 0; t < tries.size(); t++) {
            DoubleArrayTrie<CoreDictionary.Attribute> trie = tries.get(t);
            byte[] categories = new byte[trie.size()];
            for (int i = 0; i < categories.length; i++) {
                CoreDictionary.Attribute attribute = trie.getValueAt(i);
                categories[i] = attribute == null ? 0 : (byte) categories(attribute);
            }
            wordCategories[t] = categories;
        }
    }

    /** {@return the lexicon over HanLP's bundled dictionaries, loading them if no HanLP segmenter has yet} */
    static Lexicon hanlp() {
        Checks.state(CoreDictionary.trie != null && CoreDictionary.trie.size() > 0,
                "HanLP core dictionary %s is not loaded", CoreDictionary.path);
        Checks.state(CustomDictionary.DEFAULT.dat != null && CustomDictionary.DEFAULT.dat.size() > 0,
                "HanLP custom dictionary is not loaded");
        return new Lexicon(List.of(CoreDictionary.trie, CustomDictionary.DEFAULT.dat));
    }

    /**
     * Finds the dictionary words of a text.
     *
     * @param text       the text
     * @param codePoints its code points
     * @return three ints per code point: the flags of all categories (see {@link #CATEGORIES}) in the low 20 bits,
     *     the length of the longest word starting there at bits 20–22 and of the longest ending there at bits 23–25;
     *     an id of the longest word of two or more chars starting there and of the longest ending there, 0 if none
     */
    int[] codes(String text, int[] codePoints) {
        char[] chars = text.toCharArray();
        int[] codePointIndex = null;
        if (codePoints.length != chars.length) {
            codePointIndex = new int[chars.length + 1];
            for (int c = 0, p = 0; c < chars.length; p++) {
                int next = c + Character.charCount(codePoints[p]);
                for (; c < next; c++) {
                    codePointIndex[c] = p;
                }
            }
            codePointIndex[chars.length] = codePoints.length;
        }
        int n = codePoints.length;
        int[] codes = new int[3 * n];
        int[] longestStart = new int[n];
        int[] longestEnd = new int[n];
        // Per category, the furthest end of its words starting at each char; a sweep turns it into INSIDE flags,
        // instead of flagging every inner char of every match.
        int[] furthestEnd = new int[CATEGORIES * n];
        for (int t = 0; t < tries.size(); t++) {
            // Walks the double array directly rather than through its Searcher, which also fetches every hit's
            // value from a large array: the same hits in the same order, with fewer memory reads.
            DoubleArrayTrie<CoreDictionary.Attribute> trie = tries.get(t);
            int[] base = trie.getBase();
            int[] check = trie.getCheck();
            byte[] known = wordCategories[t];
            int root = base[0];
            for (int from = 0; from < chars.length; from++) {
                int state = root;
                for (int i = from; i < chars.length; i++) {
                    int next = state + chars[i] + 1;
                    if (next >= check.length || check[next] != state) {
                        break;
                    }
                    state = base[next];
                    int leaf = base[state];
                    if (check[state] == state && leaf < 0) {
                        int index = -leaf - 1;
                        int begin = from;
                        int end = i + 1;
                        if (codePointIndex != null) {
                            begin = codePointIndex[begin];
                            end = codePointIndex[end];
                        }
                        addWord(codes, longestStart, longestEnd, furthestEnd, begin, end, known[index],
                                (t + 1) << 28 | index);
                    }
                }
            }
        }
        for (int category = 0; category < CATEGORIES; category++) {
            int inside = INSIDE << (4 * category);
            int reach = 0;
            for (int i = 0; i < n; i++) {
                // A word that started before i and ends after i + 1 has i inside it.
                if (reach > i + 1) {
                    codes[3 * i] |= inside;
                }
                reach = Math.max(reach, furthestEnd[category * n + i]);
            }
        }
        for (int i = 0; i < n; i++) {
            codes[3 * i] |= Math.min(longestStart[i], MAX_LENGTH) << 20 | Math.min(longestEnd[i], MAX_LENGTH) << 23;
        }
        return codes;
    }

    /** Records one dictionary word at code points {@code begin..end-1} with its name categories and id. */
    private static void addWord(int[] codes, int[] longestStart, int[] longestEnd, int[] furthestEnd, int begin,
            int end, int nameCategories, int word) {
        int n = longestStart.length;
        int length = end - begin;
        if (length == 1) {
            // One code point: only its SINGLE flags, no word id.
            codes[3 * begin] |= SPREAD[nameCategories] * SINGLE;
            return;
        }
        int categories = nameCategories;
        // Less than two only for a word of half a surrogate pair, which has no length in code points.
        if (length >= 2) {
            categories |= 1 << ANY_WORD;
            if (length >= longestStart[begin]) {
                longestStart[begin] = length;
                codes[3 * begin + 1] = word;
            }
            if (length >= longestEnd[end - 1]) {
                longestEnd[end - 1] = length;
                codes[3 * (end - 1) + 2] = word;
            }
        }
        codes[3 * begin] |= SPREAD[categories] * BEGIN;
        codes[3 * (end - 1)] |= SPREAD[categories] * END;
        for (int rest = categories; rest != 0; rest &= rest - 1) {
            int at = Integer.numberOfTrailingZeros(rest) * n + begin;
            furthestEnd[at] = Math.max(furthestEnd[at], end);
        }
    }

    private static int categories(CoreDictionary.Attribute attribute) {
        int categories = 0;
        for (Nature nature : attribute.nature) {
            if (nature.startsWith("nr")) {
                categories |= 1 << PERSON;
            } else if (nature.startsWith("ns")) {
                categories |= 1 << PLACE;
            } else if (nature.startsWith("nt")) {
                categories |= 1 << ORGANIZATION;
            } else if (nature.startsWith("ni")) {
                categories |= 1 << INSTITUTION;
            }
        }
        return categories;
    }
}

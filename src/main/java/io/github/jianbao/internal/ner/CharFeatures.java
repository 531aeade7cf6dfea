package io.github.jianbao.internal.ner;

import io.github.jianbao.Token;
import io.github.jianbao.internal.Checks;
import io.github.jianbao.internal.Resources;
import java.util.Arrays;
import java.util.List;

/**
 * The features of each char of a sentence, as 32-bit hashes: char n-grams in a window of two chars either side,
 * the pattern of char types and of {@linkplain #CLASSES_RESOURCE char classes} around it, and the library's own
 * segmentation: the char's place in its word, the word, the part-of-speech tags of that word and of its neighbours,
 * the next word, and how far the nearest organisation or institution word lies ahead and the nearest place
 * word behind. The segmenter has already looked every word up in HanLP's dictionaries, so its tags (nr, ns, nt, ni,
 * nz) carry what the dictionaries know of names at no further cost. Training and tagging share this class, so a model
 * always sees the features it was trained on.
 *
 * <p>Chars are normalised first: full-width ASCII becomes half-width and every ASCII digit becomes {@code 0}, so
 * {@code １９９８年} and {@code 2024年} share their features. Immutable and thread-safe.
 */
public final class CharFeatures {
    /** The number of features of every char; a hash is never 0. */
    public static final int PER_CHAR = 23;
    /** The number of features of every char that {@link #extractForTagging} hashes. */
    static final int HASHED = 13;
    /** The chars around the char tagged whose {@link #unigramHash unigrams} are features: two either side. */
    static final int WINDOW = 5;
    /** The number of groups of features of few values ({@link #groupHashes}). */
    static final int GROUPS = 2;

    /** The code points of the pads before and after a sentence. */
    static final int PAD_BEFORE = -1;
    static final int PAD_AFTER = -2;
    private static final int TYPE_DIGIT = 1;
    private static final int TYPE_LATIN = 2;
    private static final int TYPE_CHINESE_NUMERAL = 3;
    private static final int TYPE_HAN = 4;
    private static final int TYPE_PUNCTUATION = 5;
    private static final int TYPE_SPACE = 6;
    private static final int TYPE_OTHER = 7;
    /** How far the long-range features look for an organisation suffix or a place before the char. */
    private static final int REACH = 15;
    private static final int DISTANCES = REACH + 1;
    /** Kinds of name a word's part-of-speech tag says it is. */
    private static final int OTHER_WORD = 0;
    private static final int PERSON_WORD = 1;
    private static final int PLACE_WORD = 2;
    private static final int ORGANIZATION_WORD = 3;
    private static final int INSTITUTION_WORD = 4;
    private static final int PROPER_WORD = 5;
    private static final int CATEGORIES = 6;
    private static final int BEGIN = 1;
    private static final int INSIDE = 2;
    private static final int END = 3;
    private static final int SINGLE = 4;
    private static final int POSITIONS = 5;
    private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万亿两";

    /**
     * The bundled char classes, one class a line: chars grouped by the chars seen just before and after them in
     * unlabelled text ({@code io.github.jianbao.tools.CharClasses}).
     */
    static final String CLASSES_RESOURCE = "ner/char-classes.txt";
    /** Added to a char type to make the class of a char in no class. */
    private static final int UNCLASSED = 1 << 16;
    private static final int SEGMENTATION = 7;

    static {
        int grouped = 0;
        for (int group = 0; group < GROUPS; group++) {
            grouped += groupHashes(group, 0).length;
        }
        Checks.state(HASHED + WINDOW + grouped == PER_CHAR, "%d + %d + %d features do not make %d", HASHED, WINDOW,
                grouped, PER_CHAR);
    }

    /** The class number of every BMP char, from 1; 0 for a char in no class. */
    private final char[] classes;

    private CharFeatures(char[] classes) {
        this.classes = classes;
    }

    /**
     * {@return the features with the bundled char classes}
     *
     * @throws IllegalStateException if the char classes are missing
     */
    public static CharFeatures bundled() {
        return new CharFeatures(bundledClasses());
    }

    /** {@return the code point the features see for {@code codePoint}} */
    public static int normalize(int codePoint) {
        int cp = codePoint;
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            cp -= 0xFEE0;
        } else if (cp == 0x3000) {
            cp = ' ';
        }
        return cp >= '0' && cp <= '9' ? '0' : cp;
    }

    /**
     * Computes the features of every char of a sentence, all of them hashed, for training.
     *
     * @param text       the sentence
     * @param codePoints its code points, not yet normalised
     * @param tokens     the sentence's words with their part-of-speech tags, offsets in chars of {@code text}
     * @return {@link #PER_CHAR} feature hashes per code point, one after the other: the {@link #HASHED} ones, then
     *         those of the {@link #unigramHash unigrams} and of the {@link #groupHashes groups}
     */
    public int[] extract(String text, int[] codePoints, List<Token> tokens) {
        int n = codePoints.length;
        int[] groups = new int[n * GROUPS];
        int[] hashed = extractForTagging(text, codePoints, tokens, groups);
        int[] out = new int[n * PER_CHAR];
        int[] chars = paddedChars(codePoints);
        for (int i = 0; i < n; i++) {
            int o = i * PER_CHAR;
            System.arraycopy(hashed, i * HASHED, out, o, HASHED);
            o += HASHED;
            for (int offset = 0; offset < WINDOW; offset++) {
                out[o++] = unigramHash(offset, chars[i + offset]);
            }
            for (int group = 0; group < GROUPS; group++) {
                for (int hash : groupHashes(group, groups[i * GROUPS + group])) {
                    out[o++] = hash;
                }
            }
        }
        return out;
    }

    /**
     * Computes the features of every char of a sentence as the tagger reads them: the {@link #HASHED} ones hashed, and
     * the index of each char's value of each of the {@link #GROUPS}, whose few values the tagger looks up once when it
     * loads. The chars themselves, {@link #paddedChars}, give the {@link #unigramHash unigrams}.
     *
     * @param text       the sentence
     * @param codePoints its code points, not yet normalised
     * @param tokens     the sentence's words with their part-of-speech tags, offsets in chars of {@code text}
     * @param groups     receives {@link #GROUPS} indices per code point, each below its {@link #groupSize}
     * @return {@link #HASHED} feature hashes per code point, one after the other
     */
    int[] extractForTagging(String text, int[] codePoints, List<Token> tokens, int[] groups) {
        int n = codePoints.length;
        int[] segmentation = segmentation(text, n, tokens);
        int[] c = new int[n + 6];
        int[] t = new int[n + 6]; // type 0 marks the padding before and after the sentence
        int[] k = new int[n + 6];
        pad(c, n);
        pad(k, n);
        for (int i = 0; i < n; i++) {
            int cp = normalize(codePoints[i]);
            c[i + 3] = cp;
            t[i + 3] = type(cp);
            int charClass = cp < classes.length ? classes[cp] : 0;
            k[i + 3] = charClass != 0 ? charClass : UNCLASSED + t[i + 3];
        }
        int[] suffixAhead = suffixDistances(segmentation, t, n);
        int[] placeBehind = placeDistances(segmentation, t, n);
        int[] out = new int[n * HASHED];
        for (int i = 0; i < n; i++) {
            int p = i + 3;
            int o = i * HASHED;
            out[o] = hash(6, c[p - 2], c[p - 1], 0);
            out[o + 1] = hash(8, c[p], c[p + 1], 0);
            out[o + 2] = hash(9, c[p + 1], c[p + 2], 0);
            out[o + 3] = hash(12, c[p - 1], c[p], c[p + 1]);
            int types = (((t[p - 2] * 8 + t[p - 1]) * 8 + t[p]) * 8 + t[p + 1]) * 8 + t[p + 2];
            out[o + 4] = hash(14, types, 0, 0);
            // The classes of the char and its neighbours: what rare chars, above all in transliterated names, have
            // in common with frequent ones.
            out[o + 5] = hash(52, k[p - 1], k[p], k[p + 1]);
            // The segmenter's word here: its kind of name by its tag, with the word itself and with the char.
            int g = SEGMENTATION * i;
            int position = segmentation[g];
            int tag = segmentation[g + 1];
            int category = segmentation[g + 5];
            out[o + 6] = hash(20, position, segmentation[g + 6], 0);
            out[o + 7] = hash(21, position, category, c[p]);
            // The segmenter's words: the char's place in its word with the word's tag, alone, with the tags of the
            // words either side and with the char; and the next word itself, which reaches further than the char
            // n-grams (…的发言人).
            out[o + 8] = hash(40, position, tag, 0);
            out[o + 9] = hash(41, position, tag, segmentation[g + 2]);
            out[o + 10] = hash(42, position, tag, segmentation[g + 3]);
            out[o + 11] = hash(43, position, tag, c[p]);
            out[o + 12] = hash(45, position, segmentation[g + 4], 0);
            // Long range, for organisations that start with places and end many chars later in a suffix word
            // (浙江省…信用合作联社): how far ahead the nearest organisation or institution word ends, and how far
            // back the nearest place word starts, never across punctuation. With the word's kind of name, they make
            // the groups.
            groups[i * GROUPS] = (position * CATEGORIES + category) * DISTANCES + suffixAhead[i];
            groups[i * GROUPS + 1] = category * DISTANCES + placeBehind[i];
        }
        return out;
    }

    /**
     * {@return the normalised code points with two pads before and after: the {@link #WINDOW} chars around code point
     * {@code i} are {@code i} to {@code i + WINDOW - 1} of this array}
     */
    static int[] paddedChars(int[] codePoints) {
        int n = codePoints.length;
        int[] chars = new int[n + WINDOW - 1];
        chars[0] = PAD_BEFORE;
        chars[1] = PAD_BEFORE;
        for (int i = 0; i < n; i++) {
            chars[i + 2] = normalize(codePoints[i]);
        }
        chars[n + 2] = PAD_AFTER;
        chars[n + 3] = PAD_AFTER;
        return chars;
    }

    /**
     * {@return the feature of a char at {@code offset} in the window around the char tagged: 0 for two chars before
     * it, 2 for the char itself, 4 for two after}
     *
     * @param cp a normalised code point or a pad
     */
    static int unigramHash(int offset, int cp) {
        return hash(offset + 1, cp, 0, 0);
    }

    /** {@return the number of values of group {@code group}} */
    static int groupSize(int group) {
        return group == 0 ? POSITIONS * CATEGORIES * DISTANCES : CATEGORIES * DISTANCES;
    }

    /**
     * {@return the features of value {@code index} of group {@code group}}: of group 0, the bias, the char's place in
     * its word with the word's kind of name, and the distance to the organisation word ahead, alone and with the kind
     * of name; of group 1, the distance to the place word behind with the kind of name
     */
    static int[] groupHashes(int group, int index) {
        if (group == 1) {
            return new int[] {hash(32, index % DISTANCES, index / DISTANCES, 0)};
        }
        int ahead = index % DISTANCES;
        int category = index / DISTANCES % CATEGORIES;
        int position = index / DISTANCES / CATEGORIES;
        return new int[] {hash(0, 0, 0, 0), hash(15, position, category, 0), hash(30, ahead, 0, 0),
            hash(31, ahead, category, 0)};
    }

    /**
     * {@return per code point, {@value #SEGMENTATION} values: its position in its word ({@link #BEGIN},
     * {@link #INSIDE}, {@link #END}, {@link #SINGLE}, 0 in no word), the hashes of the word's tag, of the previous
     * and the next word's tags, and of the next word, the kind of name the word's tag says, and the
     * hash of the word}
     */
    private static int[] segmentation(String text, int n, List<Token> tokens) {
        int[] out = new int[SEGMENTATION * n];
        int cp = 0;
        int offset = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            int pos = token.tag().hashCode();
            int previousPos = t > 0 ? tokens.get(t - 1).tag().hashCode() : PAD_BEFORE;
            int nextPos = t + 1 < tokens.size() ? tokens.get(t + 1).tag().hashCode() : PAD_AFTER;
            int nextWord = t + 1 < tokens.size() ? tokens.get(t + 1).text().hashCode() : PAD_AFTER;
            int category = category(token.tag());
            int word = token.text().hashCode();
            while (offset < token.start() && cp < n) {
                offset += Character.charCount(text.codePointAt(offset));
                cp++;
            }
            int first = cp;
            while (offset < token.end() && cp < n) {
                offset += Character.charCount(text.codePointAt(offset));
                cp++;
            }
            for (int i = first; i < cp; i++) {
                int o = SEGMENTATION * i;
                out[o] = cp - first == 1 ? SINGLE : i == first ? BEGIN : i == cp - 1 ? END : INSIDE;
                out[o + 1] = pos;
                out[o + 2] = previousPos;
                out[o + 3] = nextPos;
                out[o + 4] = nextWord;
                out[o + 5] = category;
                out[o + 6] = word;
            }
        }
        return out;
    }

    /** {@return the kind of name a part-of-speech tag says a word is: nr…, ns…, nt…, ni… or nz} */
    private static int category(String tag) {
        if (tag.length() < 2 || tag.charAt(0) != 'n') {
            return OTHER_WORD;
        }
        return switch (tag.charAt(1)) {
            case 'r' -> PERSON_WORD;
            case 's' -> PLACE_WORD;
            case 't' -> ORGANIZATION_WORD;
            case 'i' -> INSTITUTION_WORD;
            case 'z' -> PROPER_WORD;
            default -> OTHER_WORD;
        };
    }

    /**
     * {@return per char, how many chars ahead the nearest organisation or institution word (nt…, ni…, such as 委员会)
     * ends; REACH if none}
     */
    private static int[] suffixDistances(int[] segmentation, int[] types, int n) {
        int[] distance = new int[n];
        int next = -1;
        for (int i = n - 1; i >= 0; i--) {
            int g = SEGMENTATION * i;
            int position = segmentation[g];
            int category = segmentation[g + 5];
            int type = types[i + 3];
            if (type == TYPE_PUNCTUATION || type == TYPE_SPACE) {
                next = -1;
            } else if ((position == END || position == SINGLE)
                    && (category == ORGANIZATION_WORD || category == INSTITUTION_WORD)) {
                next = i;
            }
            distance[i] = next < 0 ? REACH : Math.min(REACH, next - i);
        }
        return distance;
    }

    /** {@return per char, how many chars back the nearest place word (ns…) starts; REACH if none} */
    private static int[] placeDistances(int[] segmentation, int[] types, int n) {
        int[] distance = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            int g = SEGMENTATION * i;
            int position = segmentation[g];
            int type = types[i + 3];
            if (type == TYPE_PUNCTUATION || type == TYPE_SPACE) {
                last = -1;
            } else if ((position == BEGIN || position == SINGLE) && segmentation[g + 5] == PLACE_WORD) {
                last = i;
            }
            distance[i] = last < 0 ? REACH : Math.min(REACH, i - last);
        }
        return distance;
    }

    /** {@return the class number of every BMP char in the bundled classes, from 1; 0 for a char in none} */
    private static char[] bundledClasses() {
        char[] classes = new char[Character.MAX_VALUE + 1];
        List<String> lines = Resources.lines(CLASSES_RESOURCE);
        Checks.state(lines.size() < Character.MAX_VALUE, "too many char classes in %s: %d", CLASSES_RESOURCE,
                lines.size());
        for (int line = 0; line < lines.size(); line++) {
            char number = (char) (line + 1);
            lines.get(line).codePoints().filter(cp -> cp < classes.length).forEach(cp -> classes[cp] = number);
        }
        return classes;
    }

    /** Marks the three places before and after the {@code n} chars of a padded array. */
    private static void pad(int[] padded, int n) {
        Arrays.fill(padded, 0, 3, PAD_BEFORE);
        Arrays.fill(padded, n + 3, n + 6, PAD_AFTER);
    }

    private static int type(int cp) {
        if (cp == '0') {
            return TYPE_DIGIT;
        }
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
            return TYPE_LATIN;
        }
        if (cp < 0x10000 && CHINESE_NUMERALS.indexOf(cp) >= 0) {
            return TYPE_CHINESE_NUMERAL;
        }
        if (Character.isIdeographic(cp)) {
            return TYPE_HAN;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return TYPE_SPACE;
        }
        if (Character.isLetterOrDigit(cp)) {
            return TYPE_OTHER;
        }
        return TYPE_PUNCTUATION;
    }

    /** One multiply per part and one 64-bit finaliser; distinct small parts stay distinct before the mixing. */
    static int hash(int template, int a, int b, int c) {
        long h = (template + 1) * 0x9E3779B97F4A7C15L + a * 0xC2B2AE3D27D4EB4FL + b * 0x165667B19E3779F9L
                + c * 0xD6E8FEB86659FD93L;
        h = (h ^ (h >>> 32)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL;
        int folded = (int) (h ^ (h >>> 32));
        return folded == 0 ? 1 : folded;
    }
}

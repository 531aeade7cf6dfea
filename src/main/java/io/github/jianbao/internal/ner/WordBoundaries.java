package io.github.jianbao.internal.ner;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Checks;
import io.github.jianbao.internal.Loaded;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Turns HanLP's dictionary words into words of the Peking University standard, the convention of People's Daily
 * 1998 and of the SIGHAN bakeoffs' PKU corpus: a person's surname apart from the given name (江/泽民), a number apart
 * from its unit (10万/元), 的 and 们 apart (新/的, 孩子/们), and unknown words HanLP leaves in pieces whole.
 *
 * <p>Between two Han chars a linear model decides whether a word ends there, from the chars around the gap and
 * HanLP's own words on both sides: whether HanLP put a boundary there, the word after it, the words' part-of-speech
 * tags. Between two HanLP words of two chars or more HanLP's boundary stays
 * (People's Daily agrees there all but once in a thousand), and so do gaps next to a digit, a Latin letter, punctuation
 * or a space. The weights come from averaged perceptron training on People's Daily
 * ({@code io.github.jianbao.tools.TrainSeg}) and are kept as 16-bit integers in a hash table of 4-byte slots, 512 KB,
 * where every feature sits in its home slot or the next. A new word takes its tag from HanLP's core dictionary, else
 * from the HanLP word it ends in. Immutable and thread-safe.
 */
public final class WordBoundaries {
    /** The classpath resource of the bundled model. */
    public static final String DEFAULT_RESOURCE = "/io/github/jianbao/ner/word-boundaries.bin.gz";
    /** The number of features of every gap. */
    public static final int PER_GAP = 6;

    private static final int MAGIC = 0x4A425742;
    private static final int VERSION = 2;
    private static final int PAD = -1;

    /** Per slot: a 16-bit fingerprint of the feature's key (never 0) above its 16-bit weight; 0 for an empty slot. */
    private final int[] table;
    private final int mask;
    private final int shift;
    private final int rows;
    private final int[] keys;
    private final short[] weights;
    private final float scale;
    private final short bias;

    private WordBoundaries(int[] keys, short[] weights, float scale, short bias) {
        // At most half full. A feature sits in its home slot or the next one, so a lookup reads both and adds what
        // matches, with no branch to mispredict; the strongest features are placed first, and the few that find
        // both slots taken are left out.
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 2)) << 1;
        this.table = new int[capacity];
        this.mask = capacity - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        Integer[] order = new Integer[keys.length];
        for (int row = 0; row < keys.length; row++) {
            order[row] = row;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(Math.abs(weights[b]), Math.abs(weights[a])));
        int[] placedKeys = new int[keys.length];
        short[] placedWeights = new short[keys.length];
        int placed = 0;
        for (int row : order) {
            int key = keys[row];
            Checks.state(key != 0, "feature key 0 in row %d", row);
            int slot = home(key);
            if (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                table[slot] = fingerprint(key) << 16 | (weights[row] & 0xFFFF);
                placedKeys[placed] = key;
                placedWeights[placed++] = weights[row];
            }
        }
        this.keys = Arrays.copyOf(placedKeys, placed);
        this.weights = Arrays.copyOf(placedWeights, placed);
        this.rows = placed;
        this.scale = scale;
        this.bias = bias;
    }

    /**
     * {@return the bundled model, loaded on first use}
     *
     * @throws IllegalStateException if the bundled model is missing or unreadable
     */
    public static WordBoundaries loadDefault() {
        return DefaultHolder.MODEL.get("the bundled word boundary model " + DEFAULT_RESOURCE);
    }

    /**
     * Makes a model from trained weights, rounded to 16 bits; features whose weight rounds to zero are left out.
     *
     * @param featureKeys the feature hash of each weight, none 0 and no two equal
     * @param weights     one weight per feature; a positive sum means a word boundary
     * @param bias        the weight every gap has
     * @throws IllegalArgumentException if the array sizes differ
     */
    public static WordBoundaries fromWeights(int[] featureKeys, float[] weights, float bias) {
        Checks.argument(featureKeys.length == weights.length, "weights must hold one weight per feature: %d != %d",
                weights.length, featureKeys.length);
        float max = Math.abs(bias);
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        int[] keys = new int[featureKeys.length];
        short[] quantised = new short[featureKeys.length];
        int kept = 0;
        for (int row = 0; row < featureKeys.length; row++) {
            short q = (short) Math.round(weights[row] / scale);
            if (q != 0) {
                keys[kept] = featureKeys[row];
                quantised[kept++] = q;
            }
        }
        return new WordBoundaries(Arrays.copyOf(keys, kept),
                Arrays.copyOf(quantised, kept), scale, (short) Math.round(bias / scale));
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws UncheckedIOException if the stream cannot be read
     * @throws IllegalStateException if the stream does not hold a model of this version
     */
    public static WordBoundaries read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return ModelStreams.read(in, "word boundary model", data -> {
            Checks.state(data.readInt() == MAGIC, "not a word boundary model");
            int version = data.readInt();
            Checks.state(version == VERSION, "word boundary model version %d, expected %d", version, VERSION);
            int perGap = data.readInt();
            Checks.state(perGap == PER_GAP, "word boundary model has %d features per gap, expected %d", perGap,
                    PER_GAP);
            float scale = data.readFloat();
            short bias = data.readShort();
            int rows = data.readInt();
            int[] keys = new int[rows];
            for (int row = 0; row < rows; row++) {
                keys[row] = data.readInt();
            }
            short[] weights = new short[rows];
            for (int row = 0; row < rows; row++) {
                weights[row] = data.readShort();
            }
            return new WordBoundaries(keys, weights, scale, bias);
        });
    }

    /**
     * Writes the model, gzipped.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(OutputStream out) {
        Objects.requireNonNull(out, "out");
        ModelStreams.write(out, "word boundary model", data -> {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(PER_GAP);
            data.writeFloat(scale);
            data.writeShort(bias);
            data.writeInt(rows);
            for (int key : keys) {
                data.writeInt(key);
            }
            for (short weight : weights) {
                data.writeShort(weight);
            }
            return null;
        });
    }

    /** {@return the number of features with weights} */
    public int featureCount() {
        return rows;
    }

    /**
     * Re-segments a text into words of the PKU standard.
     *
     * @param text      the text as written
     * @param view      the text in simplified script, of the same length
     * @param tokens    HanLP's words of the text, in order, offsets into {@code text}
     * @param keepWhole words never split and never joined to a neighbour (the user's own terms)
     * @return the words, in order, covering what {@code tokens} cover
     */
    public List<Token> split(String text, String view, List<Token> tokens, Predicate<String> keepWhole) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        Gaps gaps = gaps(view, tokens, keepWhole);
        if (gaps.count() == 0) {
            return tokens;
        }
        int[] featureKeys = gaps.features();
        boolean[] boundary = new boolean[view.length() + 1];
        for (Token token : tokens) {
            boundary[token.start()] = true;
            boundary[token.end()] = true;
        }
        int[] table = this.table;
        for (int g = 0; g < gaps.count(); g++) {
            int sum = bias;
            for (int f = g * PER_GAP; f < (g + 1) * PER_GAP; f++) {
                int key = featureKeys[f];
                int fingerprint = fingerprint(key);
                int slot = home(key);
                int first = table[slot];
                int second = table[(slot + 1) & mask];
                sum += (first >>> 16 == fingerprint ? (short) first : 0)
                        + (second >>> 16 == fingerprint ? (short) second : 0);
            }
            boundary[gaps.position(g)] = sum > 0;
        }
        return rebuild(text, view, tokens, boundary);
    }

    /**
     * {@return 16 bits of a key, never 0}: a missing feature shares them with a key in its two slots once in 65,535
     * times, and then reads that key's weight
     */
    private static int fingerprint(int key) {
        int bits = key & 0xFFFF;
        return bits == 0 ? 1 : bits;
    }

    /**
     * {@return the words between the decided boundaries}, each tagged as HanLP tagged it if HanLP had the same word,
     * else from the core dictionary, else as HanLP tagged the word holding its last char
     */
    private static List<Token> rebuild(String text, String view, List<Token> tokens, boolean[] boundary) {
        List<Token> words = new ArrayList<>(tokens.size() + 8);
        int from = -1;
        for (Token token : tokens) {
            if (from < 0) {
                from = token.start();
            }
            if (from == token.start() && boundary[token.end()] && noBoundaryInside(boundary, token)) {
                words.add(token);
                from = -1;
                continue;
            }
            for (int p = token.start() + 1; p <= token.end(); p++) {
                if (boundary[p]) {
                    words.add(new Token(text.substring(from, p), tagOf(view.substring(from, p), token.tag()), from,
                            p));
                    from = p == token.end() ? -1 : p;
                }
            }
        }
        return words;
    }

    private static boolean noBoundaryInside(boolean[] boundary, Token token) {
        for (int p = token.start() + 1; p < token.end(); p++) {
            if (boundary[p]) {
                return false;
            }
        }
        return true;
    }

    private static String tagOf(String word, String fallback) {
        CoreDictionary.@Nullable Attribute attribute = CoreDictionary.get(word);
        return attribute == null || attribute.nature.length == 0 ? fallback : attribute.nature[0].toString();
    }

    /**
     * {@return the gaps of a text the model decides, with HanLP's words around each}: every gap between two Han
     * chars, except inside and at the edges of a word to keep whole
     *
     * @param view      the text in simplified script
     * @param tokens    HanLP's words of the text
     * @param keepWhole words never split and never joined
     */
    public static Gaps gaps(String view, List<Token> tokens, Predicate<String> keepWhole) {
        char[] chars = view.toCharArray();
        int n = chars.length;
        int[] tokenOf = new int[n];
        Arrays.fill(tokenOf, -1);
        int[] starts = new int[tokens.size()];
        int[] wordHashes = new int[tokens.size()];
        int[] tagHashes = new int[tokens.size()];
        boolean[] fixed = new boolean[n + 1];
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            int start = token.start();
            int end = token.end();
            int h = 0;
            for (int i = start; i < end; i++) {
                tokenOf[i] = t;
                h = 31 * h + chars[i];
            }
            starts[t] = start;
            wordHashes[t] = h;
            tagHashes[t] = token.tag().hashCode();
            if (end - start > 1 && keepWhole.test(token.text())) {
                Arrays.fill(fixed, start, end + 1, true);
            }
        }
        int[] positions = new int[n];
        int count = 0;
        boolean han = n > 0 && isHan(chars[0]);
        for (int i = 1; i < n; i++) {
            boolean previousHan = han;
            han = isHan(chars[i]);
            int left = tokenOf[i - 1];
            int right = tokenOf[i];
            // Between two HanLP words of two chars or more, People's Daily puts a boundary too at all but 0.1% of
            // the gaps (a fifth of all gaps): those are not worth the model's time.
            if (han && previousHan && left >= 0 && right >= 0 && !fixed[i]
                    && (left == right || tokens.get(left).end() - starts[left] < 2
                    || tokens.get(right).end() - starts[right] < 2)) {
                positions[count++] = i;
            }
        }
        return new Gaps(chars, tokenOf, starts, wordHashes, tagHashes, Arrays.copyOf(positions, count));
    }

    private static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c == '〇';
    }

    private int home(int key) {
        return (key * 0x9E3779B9) >>> shift;
    }

    /**
     * The gaps of one text the model decides, with what the features read.
     *
     * @param chars      the text in simplified script
     * @param tokenOf    per char, the index of its HanLP word, -1 for none
     * @param starts     per word, the index of its first char
     * @param wordHashes per word, a hash of its chars
     * @param tagHashes  per word, a hash of its part-of-speech tag
     * @param positions  per gap, the index of the char after it
     */
    public record Gaps(char[] chars, int[] tokenOf, int[] starts, int[] wordHashes, int[] tagHashes,
            int[] positions) {
        /** {@return the number of gaps} */
        public int count() {
            return positions.length;
        }

        /** {@return the index of the char after gap {@code g}} */
        public int position(int g) {
            return positions[g];
        }

        /** {@return {@link #PER_GAP} feature hashes per gap, one gap after the other} */
        public int[] features() {
            int n = chars.length;
            int[] out = new int[positions.length * PER_GAP];
            for (int g = 0; g < positions.length; g++) {
                int i = positions[g];
                int a = chars[i - 1];
                int b = chars[i];
                int b2 = i + 1 < n ? chars[i + 1] : PAD;
                int left = tokenOf[i - 1];
                int right = tokenOf[i];
                int h = left != right ? 1 : 0;
                int o = g * PER_GAP;
                // HanLP's boundary, the chars either side and the one after; HanLP's words either side (their tags,
                // the right word) and the char before the gap with its word's tag.
                out[o] = CharFeatures.hash(100, h, 0, 0);
                out[o + 1] = CharFeatures.hash(103, a, b, h);
                out[o + 2] = CharFeatures.hash(105, b, b2, h);
                out[o + 3] = CharFeatures.hash(109, tagHashes[left], tagHashes[right], h);
                out[o + 4] = CharFeatures.hash(112, wordHashes[right], h, 0);
                out[o + 5] = CharFeatures.hash(113, a, tagHashes[left], h);
            }
            return out;
        }
    }

    private static final class DefaultHolder {
        static final Loaded<WordBoundaries> MODEL = Loaded.attempt(DefaultHolder::load);

        private static WordBoundaries load() {
            InputStream in = WordBoundaries.class.getResourceAsStream(DEFAULT_RESOURCE);
            Checks.state(in != null, "Unable to load the bundled word boundary model: no classpath resource %s",
                    DEFAULT_RESOURCE);
            return read(in);
        }
    }
}

package io.github.jianbao.internal.ner;

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

/**
 * Finds persons, places and organisations in Chinese text, char by char: a linear model scores each
 * {@link NerLabels BIOES label} of each char from its {@link CharFeatures features}, and first-order Viterbi picks
 * the best well-formed label sequence.
 *
 * <p>The weights come from structured training with averaged passive-aggressive updates
 * ({@code io.github.jianbao.tools.TrainNer}), kept as
 * 8-bit integers with one scale, relative to the weight of {@link NerLabels#OUTSIDE} (a constant added to every
 * label of a char changes no decision). A feature is one 16-byte slot of an open-addressing table: its 32-bit key and
 * its twelve weights, biased to be unsigned bytes. A lookup reads one slot, and a few masks and additions sum the
 * weights of all labels at once, in 16-bit lanes of a {@code long}. The features of few values and those of the single
 * chars around a char are summed once, when the model loads, by value and by char: a char then costs two sums of its
 * groups, one row for each char of its window, and the look-up of its {@link CharFeatures#HASHED} other features.
 * Immutable and thread-safe; {@link #tag} keeps no state between calls.
 * <pre>{@code
 * List<NamedSpan> spans = CharNerTagger.loadDefault().tag(text, tokens);
 * }</pre>
 */
public final class CharNerTagger {
    /** The classpath resource of the bundled model. */
    public static final String DEFAULT_RESOURCE = "/io/github/jianbao/ner/char-ner.bin.gz";

    private static final int MAGIC = 0x4A424E52;
    private static final int VERSION = 6;
    private static final int LABELS = NerLabels.COUNT;
    /**
     * Longs per slot: the key in the high half of the first, the weights of labels 1..4 in its low bytes, those of
     * labels 5..12 in the bytes of the second.
     */
    private static final int STRIDE = 2;
    /** Weights lie in {@code [-MAX_WEIGHT, MAX_WEIGHT]} and are stored plus {@code BIAS}. */
    private static final int MAX_WEIGHT = 127;
    private static final int BIAS = 128;
    private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;
    /** What a feature absent from the model adds to each of the three longs of lanes: a weight of 0, biased. */
    private static final long ABSENT = 0x0080008000800080L;
    /** Longs of lanes per feature or sum of features: labels 1, 3, 2, 4; 5, 7, 9, 11; 6, 8, 10, 12. */
    private static final int LANES = 3;
    /** The first code point beyond the BMP. */
    private static final int BEYOND_BMP = 0x10000;
    private static final int IMPOSSIBLE = -(1 << 28);
    private static final int FILTER_BITS = 20;
    /** The allowed previous labels of each label, so Viterbi skips the pairs BIOES forbids. */
    private static final int[][] PREVIOUS = new int[LABELS][];

    static {
        for (int b = 0; b < LABELS; b++) {
            int[] previous = new int[LABELS];
            int count = 0;
            for (int a = 0; a < LABELS; a++) {
                if (NerLabels.allowed(a, b)) {
                    previous[count++] = a;
                }
            }
            PREVIOUS[b] = Arrays.copyOf(previous, count);
        }

    }

    private final CharFeatures features;
    /**
     * The {@link CharFeatures#unigramHash unigrams} of the chars with any, read once from the table, so that a char
     * costs one row and no hashing: {@link CharFeatures#WINDOW} sums of lanes per row, one for each offset. Row 0 holds
     * no weights and serves every other char of the BMP.
     */
    private final long[] unigrams;
    /**
     * The row of {@link #unigrams} of each char of the BMP and of the two pads, at the code point minus
     * {@link CharFeatures#PAD_AFTER}.
     */
    private final char[] unigramRows;
    /** The sums of lanes of each value of each of the {@link CharFeatures#GROUPS}, read once from the table. */
    private final long[][] groups;
    /** How many features each char gets from {@link #unigrams} and {@link #groups}, weighted or not. */
    private final int tabled;
    private final long[] table;
    /**
     * One bit per {@code 2^FILTER_BITS} hash value of a key, set for the keys in the table: most features of a char are
     * absent from the model, and this small array, which stays in a core's cache, says so without reading the table.
     */
    private final long[] filter;
    /** An empty slot, read in place of the home slot of a feature the filter rules out. */
    private final int emptySlot;
    private final int mask;
    private final int shift;
    private final int rows;
    private final float scale;
    private final int[] transitions;
    /** For each label, the weights of the transitions into it from its {@link #PREVIOUS} labels, in that order. */
    private final int[][] into;

    /**
     * @param keys        the feature keys, none 0 and no two equal
     * @param weights     {@code LABELS - 1} quantised weights per key, of labels 1..12
     * @param transitions the label pair weights, already divided by {@code scale}
     */
    private CharNerTagger(CharFeatures features, int[] keys, byte[] weights, float scale, int[] transitions) {
        Checks.state(CharFeatures.PER_CHAR * (2 * BIAS - 1) <= 0xFFFF, "%d features per char overflow a lane",
                CharFeatures.PER_CHAR);
        this.features = features;
        // At most three quarters full: a missing feature is found after a few probes of adjacent keys.
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 4 / 3)) << 1;
        this.table = new long[capacity * STRIDE];
        this.mask = capacity - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (int row = 0; row < keys.length; row++) {
            int key = keys[row];
            Checks.state(key != 0, "feature key 0 in row %d", row);
            int slot = home(key);
            while (key(slot) != 0) {
                Checks.state(key(slot) != key, "duplicate feature key %d", key);
                slot = (slot + 1) & mask;
            }
            table[slot * STRIDE] = (long) key << 32;
            for (int label = 1; label < LABELS; label++) {
                int w = weights[row * (LABELS - 1) + label - 1];
                Checks.state(Math.abs(w) <= MAX_WEIGHT, "weight %d of row %d out of range", w, row);
                table[slot * STRIDE + word(label)] |= (long) (w + BIAS) << shift(label);
            }
        }
        this.filter = new long[1 << (FILTER_BITS - 6)];
        for (int key : keys) {
            int bit = filterBit(key);
            filter[bit >>> 6] |= 1L << bit;
        }
        int empty = 0;
        while (key(empty) != 0) {
            empty++;
        }
        this.emptySlot = empty;
        this.rows = keys.length;
        int grouped = 0;
        this.groups = new long[CharFeatures.GROUPS][];
        for (int group = 0; group < CharFeatures.GROUPS; group++) {
            groups[group] = groupSums(group);
            grouped += CharFeatures.groupHashes(group, 0).length;
        }
        this.tabled = CharFeatures.WINDOW + grouped;
        this.unigramRows = new char[BEYOND_BMP - CharFeatures.PAD_AFTER];
        this.unigrams = unigramSums(unigramRows);
        this.scale = scale;
        this.transitions = transitions.clone();
        this.into = new int[LABELS][];
        for (int b = 0; b < LABELS; b++) {
            into[b] = new int[PREVIOUS[b].length];
            for (int j = 0; j < into[b].length; j++) {
                into[b][j] = transitions[PREVIOUS[b][j] * LABELS + b];
            }
        }

    }

    /**
     * {@return the tagger with the bundled model, loaded on first use}
     *
     * @throws IllegalStateException if the bundled model is missing or unreadable
     */
    public static CharNerTagger loadDefault() {
        return DefaultHolder.TAGGER.get("the bundled NER model " + DEFAULT_RESOURCE);
    }

    /**
     * Makes a tagger from trained weights: each feature's weights are taken relative to its weight of
     * {@link NerLabels#OUTSIDE} and rounded to 8 bits, and features whose weights all round to zero are left out.
     *
     * @param features    the features the weights belong to
     * @param featureKeys the feature hash of each row, none 0 and no two equal
     * @param rowWeights  {@link NerLabels#COUNT} weights per row, row after row
     * @param transitions the weight of each label pair, {@code previous * COUNT + next}
     * @return the tagger
     * @throws IllegalArgumentException if the array sizes do not fit together
     */
    public static CharNerTagger fromWeights(CharFeatures features, int[] featureKeys, float[] rowWeights,
            float[] transitions) {
        Checks.argument(rowWeights.length == featureKeys.length * LABELS,
                "rowWeights must hold %d weights per feature: %d for %d features",
                LABELS, rowWeights.length, featureKeys.length);
        Checks.argument(transitions.length == LABELS * LABELS, "transitions must hold %d weights: %d",
                LABELS * LABELS, transitions.length);
        float max = 0;
        for (int row = 0; row < featureKeys.length; row++) {
            float outside = rowWeights[row * LABELS];
            for (int label = 1; label < LABELS; label++) {
                max = Math.max(max, Math.abs(rowWeights[row * LABELS + label] - outside));
            }
        }
        float scale = max == 0 ? 1 : max / MAX_WEIGHT;
        int kept = 0;
        byte[] quantised = new byte[featureKeys.length * (LABELS - 1)];
        int[] keys = new int[featureKeys.length];
        for (int row = 0; row < featureKeys.length; row++) {
            boolean any = false;
            float outside = rowWeights[row * LABELS];
            for (int label = 1; label < LABELS; label++) {
                byte q = (byte) Math.round((rowWeights[row * LABELS + label] - outside) / scale);
                quantised[kept * (LABELS - 1) + label - 1] = q;
                any |= q != 0;
            }
            if (any) {
                keys[kept++] = featureKeys[row];
            }
        }
        int[] scaledTransitions = new int[transitions.length];
        for (int i = 0; i < transitions.length; i++) {
            scaledTransitions[i] = Math.round(transitions[i] / scale);
        }
        return new CharNerTagger(features, Arrays.copyOf(keys, kept), Arrays.copyOf(quantised, kept * (LABELS - 1)),
                scale, scaledTransitions);
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @param features the features the model was trained with
     * @throws UncheckedIOException if the stream cannot be read
     * @throws IllegalStateException if the stream does not hold a model of this version
     */
    public static CharNerTagger read(CharFeatures features, InputStream in) {
        Objects.requireNonNull(in, "in");
        return ModelStreams.read(in, "char NER model", data -> {
            Checks.state(data.readInt() == MAGIC, "not a char NER model");
            int version = data.readInt();
            Checks.state(version == VERSION, "char NER model version %d, expected %d", version, VERSION);
            int labels = data.readInt();
            int perChar = data.readInt();
            Checks.state(labels == LABELS && perChar == CharFeatures.PER_CHAR,
                    "char NER model has %d labels and %d features per char, expected %d and %d",
                    labels, perChar, LABELS, CharFeatures.PER_CHAR);
            float scale = data.readFloat();
            int[] transitions = new int[LABELS * LABELS];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = data.readInt();
            }
            int rows = data.readInt();
            int[] keys = new int[rows];
            for (int row = 0; row < rows; row++) {
                keys[row] = data.readInt();
            }
            // Weights label by label, so that the many zeros of one label lie together and compress well.
            byte[] weights = new byte[rows * (LABELS - 1)];
            for (int label = 0; label < LABELS - 1; label++) {
                for (int row = 0; row < rows; row++) {
                    weights[row * (LABELS - 1) + label] = data.readByte();
                }
            }
            return new CharNerTagger(features, keys, weights, scale, transitions);
        });
    }

    /**
     * Writes the model, gzipped.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(OutputStream out) {
        Objects.requireNonNull(out, "out");
        ModelStreams.write(out, "char NER model", data -> {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(LABELS);
            data.writeInt(CharFeatures.PER_CHAR);
            data.writeFloat(scale);
            for (int t : transitions) {
                data.writeInt(t);
            }
            int[] keys = new int[rows];
            int[] slots = new int[rows];
            int row = 0;
            for (int slot = 0; slot <= mask; slot++) {
                if (key(slot) != 0) {
                    keys[row] = key(slot);
                    slots[row++] = slot;
                }
            }
            data.writeInt(rows);
            for (int key : keys) {
                data.writeInt(key);
            }
            for (int label = 1; label < LABELS; label++) {
                for (int slot : slots) {
                    long packed = table[slot * STRIDE + word(label)];
                    data.writeByte((int) ((packed >>> shift(label)) & 0xFF) - BIAS);
                }
            }
            return null;
        });
    }

    /** {@return the number of features with weights} */
    public int featureCount() {
        return rows;
    }

    /**
     * Finds the persons, places and organisations in {@code text}.
     *
     * @param text   any text; a sentence or a whole article
     * @param tokens the text's words as the library's segmenter gives them, offsets in chars of {@code text}
     * @return the entities in text order, none overlapping and none splitting a surrogate pair; empty if none
     */
    public List<NamedSpan> tag(String text, List<Token> tokens) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tokens, "tokens");
        if (text.isEmpty()) {
            return List.of();
        }
        int[] codePoints = text.codePoints().toArray();
        byte[] labels = labels(text, codePoints, tokens);
        List<NamedSpan> spans = new ArrayList<>();
        int offset = 0;
        int start = -1;
        for (int i = 0; i < codePoints.length; i++) {
            int label = labels[i];
            if (NerLabels.starts(label)) {
                start = offset;
            }
            offset += Character.charCount(codePoints[i]);
            if (NerLabels.ends(label)) {
                spans.add(new NamedSpan(start, offset, NerLabels.type(label)));
            }
        }
        return List.copyOf(spans);
    }

    /**
     * {@return the best label of each code point of a text}
     *
     * @param text       the text, not empty
     * @param codePoints its code points
     * @param tokens     its words
     */
    private byte[] labels(String text, int[] codePoints, List<Token> tokens) {
        int n = codePoints.length;
        int[] groupIndices = new int[n * CharFeatures.GROUPS];
        int[] charFeatures = features.extractForTagging(text, codePoints, tokens, groupIndices);
        int[] score = new int[LABELS];
        int[] next = new int[LABELS];
        byte[] back = new byte[n * LABELS];
        // All chars' label scores first, then Viterbi: each loop stays small, and the table reads run back to back.
        int[] emission = emissions(charFeatures, groupIndices, CharFeatures.paddedChars(codePoints), n);
        for (int b = 0; b < LABELS; b++) {
            score[b] = NerLabels.allowedFirst(b) ? emission[b] : IMPOSSIBLE;
        }
        for (int i = 1; i < n; i++) {
            int top = IMPOSSIBLE;
            int at = i * LABELS;
            for (int b = 0; b < LABELS; b++) {
                int[] previous = PREVIOUS[b];
                int[] weights = into[b];
                // The first allowed previous label wins ties, as the order of PREVIOUS says.
                int arg = previous[0];
                int best = score[arg] + weights[0];
                for (int j = 1; j < previous.length; j++) {
                    int s = score[previous[j]] + weights[j];
                    if (s > best) {
                        best = s;
                        arg = previous[j];
                    }
                }
                int value = best + emission[at + b];
                next[b] = value;
                if (value > top) {
                    top = value;
                }
                back[at + b] = (byte) arg;
            }
            // Scores are kept relative to the best, so that they never overflow however long the text.
            for (int b = 0; b < LABELS; b++) {
                score[b] = Math.max(IMPOSSIBLE, next[b] - top);
            }
        }
        int best = Integer.MIN_VALUE;
        int label = NerLabels.OUTSIDE;
        for (int b = 0; b < LABELS; b++) {
            if (NerLabels.allowedLast(b) && score[b] > best) {
                best = score[b];
                label = b;
            }
        }
        byte[] labels = new byte[n];
        for (int i = n - 1; i >= 0; i--) {
            labels[i] = (byte) label;
            label = back[i * LABELS + label];
        }
        return labels;
    }

    /**
     * {@return the score of each label of each char, {@code LABELS} ints per char}
     *
     * @param hashed the hashed features of the chars, {@link CharFeatures#HASHED} per char
     * @param groups the index of each char's value of each of the {@link CharFeatures#GROUPS}
     * @param chars  the chars, {@link CharFeatures#paddedChars padded}
     * @param n      the number of chars, at least one
     */
    private int[] emissions(int[] hashed, int[] groups, int[] chars, int n) {
        final int perChar = CharFeatures.HASHED;
        final int window = CharFeatures.WINDOW;
        int[] emission = new int[n * LABELS];
        long[] table = this.table;
        long[] unigrams = this.unigrams;
        long[] wordGroup = this.groups[0];
        long[] placeGroup = this.groups[1];
        int mask = this.mask;
        long[] beyond = new long[LANES];
        int[] rowAt = new int[chars.length];
        for (int j = 0; j < chars.length; j++) {
            int cp = chars[j];
            rowAt[j] = cp < BEYOND_BMP ? unigramRows[cp - CharFeatures.PAD_AFTER] : -1;
        }
        // The table is larger than a core's cache, so much of the tagging time goes to waiting for slots. The home
        // slots of the next char's features are read, with no branch on what comes back, while those of this char are
        // summed, so that the processor waits for many at once. Two halves: this char's and the next one's.
        int[] homes = new int[2 * perChar];
        long[] heads = new long[2 * perChar];
        for (int f = 0; f < perChar; f++) {
            int slot = probe(hashed[f]);
            homes[f] = slot;
            heads[f] = table[slot * STRIDE];
        }
        for (int i = 0; i < n; i++) {
            int from = i * perChar;
            int half = (i & 1) * perChar;
            if (i + 1 < n) {
                int ahead = perChar - half;
                for (int f = 0; f < perChar; f++) {
                    int slot = probe(hashed[from + perChar + f]);
                    homes[ahead + f] = slot;
                    heads[ahead + f] = table[slot * STRIDE];
                }
            }
            // Lanes of 16 bits: first holds labels 1, 3, 2, 4; even holds 5, 7, 9, 11; odd holds 6, 8, 10, 12.
            int w = groups[i * CharFeatures.GROUPS] * LANES;
            int p = groups[i * CharFeatures.GROUPS + 1] * LANES;
            long first = wordGroup[w] + placeGroup[p];
            long even = wordGroup[w + 1] + placeGroup[p + 1];
            long odd = wordGroup[w + 2] + placeGroup[p + 2];
            int hits = tabled;
            for (int offset = 0; offset < window; offset++) {
                int row = rowAt[i + offset];
                if (row >= 0) {
                    int u = (row * window + offset) * LANES;
                    first += unigrams[u];
                    even += unigrams[u + 1];
                    odd += unigrams[u + 2];
                } else {
                    // A char beyond the BMP, looked up in the table.
                    Arrays.fill(beyond, 0);
                    addLanes(beyond, 0, CharFeatures.unigramHash(offset, chars[i + offset]));
                    first += beyond[0];
                    even += beyond[1];
                    odd += beyond[2];
                }
            }
            for (int f = 0; f < perChar; f++) {
                int key = hashed[from + f];
                int slot = homes[half + f];
                long head = heads[half + f];
                int k = (int) (head >>> 32);
                while (k != key && k != 0) {
                    slot = (slot + 1) & mask;
                    head = table[slot * STRIDE];
                    k = (int) (head >>> 32);
                }
                if (k == key) {
                    long rest = table[slot * STRIDE + 1];
                    first += (head & 0x00FF00FFL) | ((head >>> 8) & 0x00FF00FFL) << 32;
                    even += rest & EVEN_BYTES;
                    odd += (rest >>> 8) & EVEN_BYTES;
                    hits++;
                }
            }
            int bias = hits * BIAS;
            int o = i * LABELS;
            emission[o + 1] = (int) (first & 0xFFFF) - bias;
            emission[o + 2] = (int) ((first >>> 32) & 0xFFFF) - bias;
            emission[o + 3] = (int) ((first >>> 16) & 0xFFFF) - bias;
            emission[o + 4] = (int) (first >>> 48) - bias;
            emission[o + 5] = (int) (even & 0xFFFF) - bias;
            emission[o + 6] = (int) (odd & 0xFFFF) - bias;
            emission[o + 7] = (int) ((even >>> 16) & 0xFFFF) - bias;
            emission[o + 8] = (int) ((odd >>> 16) & 0xFFFF) - bias;
            emission[o + 9] = (int) ((even >>> 32) & 0xFFFF) - bias;
            emission[o + 10] = (int) ((odd >>> 32) & 0xFFFF) - bias;
            emission[o + 11] = (int) (even >>> 48) - bias;
            emission[o + 12] = (int) (odd >>> 48) - bias;
        }
        return emission;
    }

    /** {@return the sums of lanes of the features of each value of a group, one after the other} */
    private long[] groupSums(int group) {
        long[] sums = new long[CharFeatures.groupSize(group) * LANES];
        for (int index = 0; index < CharFeatures.groupSize(group); index++) {
            for (int hash : CharFeatures.groupHashes(group, index)) {
                addLanes(sums, index * LANES, hash);
            }
        }
        return sums;
    }

    /**
     * {@return the rows of {@link #unigrams}: row 0 with no weights, then one for each char with unigram features}
     *
     * @param rows receives the row of each char of the BMP and of the pads, at the code point minus
     *             {@link CharFeatures#PAD_AFTER}; 0 for the chars with no unigram features
     */
    private long[] unigramSums(char[] rows) {
        int width = CharFeatures.WINDOW * LANES;
        long[] sums = new long[16 * width];
        Arrays.fill(sums, 0, width, ABSENT);
        int count = 1;
        for (int cp = CharFeatures.PAD_AFTER; cp < BEYOND_BMP; cp++) {
            if ((count + 1) * width > sums.length) {
                sums = Arrays.copyOf(sums, sums.length * 2);
            }
            boolean any = false;
            for (int offset = 0; offset < CharFeatures.WINDOW; offset++) {
                any |= addLanes(sums, count * width + offset * LANES, CharFeatures.unigramHash(offset, cp));
            }
            if (any) {
                Checks.state(count <= Character.MAX_VALUE, "more than %d chars with unigram features",
                        (int) Character.MAX_VALUE);
                rows[cp - CharFeatures.PAD_AFTER] = (char) count++;
            } else {
                Arrays.fill(sums, count * width, (count + 1) * width, 0);
            }
        }
        return Arrays.copyOf(sums, count * width);
    }

    /**
     * Adds the weights of feature {@code key} to three longs of lanes, or {@link #ABSENT} if the model lacks it.
     *
     * @return true if the model has the feature
     */
    private boolean addLanes(long[] lanes, int at, int key) {
        int slot = slotOf(key);
        if (slot < 0) {
            lanes[at] += ABSENT;
            lanes[at + 1] += ABSENT;
            lanes[at + 2] += ABSENT;
            return false;
        }
        long head = table[slot * STRIDE];
        long rest = table[slot * STRIDE + 1];
        lanes[at] += (head & 0x00FF00FFL) | ((head >>> 8) & 0x00FF00FFL) << 32;
        lanes[at + 1] += rest & EVEN_BYTES;
        lanes[at + 2] += (rest >>> 8) & EVEN_BYTES;
        return true;
    }

    /** {@return the slot of feature {@code key}, or -1 if the model lacks it} */
    private int slotOf(int key) {
        int slot = home(key);
        while (key(slot) != key) {
            if (key(slot) == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** {@return which long of a slot holds the weight of a label other than O} */
    private static int word(int label) {
        return label <= 4 ? 0 : 1;
    }

    /** {@return where in its long the weight of a label other than O sits} */
    private static int shift(int label) {
        return 8 * (label <= 4 ? label - 1 : label - 5);
    }

    private int key(int slot) {
        return (int) (table[slot * STRIDE] >>> 32);
    }

    private int home(int key) {
        return (key * 0x9E3779B9) >>> shift;
    }

    /** {@return the home slot of {@code key}, or the empty slot if the filter rules the key out} */
    private int probe(int key) {
        int bit = filterBit(key);
        return (filter[bit >>> 6] & (1L << bit)) != 0 ? home(key) : emptySlot;
    }

    private static int filterBit(int key) {
        return (key * 0x85EBCA6B) >>> (32 - FILTER_BITS);
    }

    private static final class DefaultHolder {
        static final Loaded<CharNerTagger> TAGGER = Loaded.attempt(DefaultHolder::load);

        private static CharNerTagger load() {
            InputStream in = CharNerTagger.class.getResourceAsStream(DEFAULT_RESOURCE);
            Checks.state(in != null, "Unable to load the bundled NER model: no classpath resource %s",
                    DEFAULT_RESOURCE);
            return read(CharFeatures.bundled(), in);
        }
    }
}

package io.github.jianbao.internal.ner;

import io.github.jianbao.internal.Checks;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Finds persons, places and organisations in Chinese text, char by char: a linear model scores each
 * {@link NerLabels BIOES label} of each char from its {@link CharFeatures features}, and first-order Viterbi picks
 * the best well-formed label sequence.
 *
 * <p>The weights come from an averaged structured perceptron ({@code io.github.jianbao.tools.TrainNer}), kept as
 * 16-bit integers with one scale. Immutable and thread-safe; {@link #tag} keeps no state between calls.
 * <pre>{@code
 * List<NamedSpan> spans = CharNerTagger.loadDefault().tag("新华社北京3月5日电");
 * }</pre>
 */
public final class CharNerTagger {
    /** The classpath resource of the bundled model. */
    public static final String DEFAULT_RESOURCE = "/io/github/jianbao/ner/char-ner.bin.gz";

    private static final int MAGIC = 0x4A424E52;
    private static final int VERSION = 2;
    private static final int LABELS = NerLabels.COUNT;
    private static final float IMPOSSIBLE = Float.NEGATIVE_INFINITY;

    private final CharFeatures features;
    private final int[] slotKeys;
    private final int[] slotRows;
    private final int shift;
    private final short[] weights;
    private final float scale;
    private final float[] transitions;
    private final float[] firstScores;
    private final float[] lastScores;

    private CharNerTagger(CharFeatures features, int[] keys, short[] weights, float scale, float[] transitions) {
        this.features = features;
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
        this.slotKeys = new int[capacity];
        this.slotRows = new int[capacity];
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (int row = 0; row < keys.length; row++) {
            Checks.state(keys[row] != 0, "feature key 0 in row %d", row);
            int slot = slot(keys[row]);
            while (slotKeys[slot] != 0) {
                Checks.state(slotKeys[slot] != keys[row], "duplicate feature key %d", keys[row]);
                slot = (slot + 1) & (capacity - 1);
            }
            slotKeys[slot] = keys[row];
            slotRows[slot] = row;
        }
        this.weights = weights;
        this.scale = scale;
        this.transitions = new float[LABELS * LABELS];
        this.firstScores = new float[LABELS];
        this.lastScores = new float[LABELS];
        for (int a = 0; a < LABELS; a++) {
            firstScores[a] = NerLabels.allowedFirst(a) ? 0 : IMPOSSIBLE;
            lastScores[a] = NerLabels.allowedLast(a) ? 0 : IMPOSSIBLE;
            for (int b = 0; b < LABELS; b++) {
                this.transitions[a * LABELS + b] = NerLabels.allowed(a, b) ? transitions[a * LABELS + b] : IMPOSSIBLE;
            }
        }
    }

    /**
     * {@return the tagger with the bundled model, loaded on first use}
     *
     * @throws IllegalStateException if the bundled model is missing or unreadable
     */
    public static CharNerTagger loadDefault() {
        CharNerTagger tagger = DefaultHolder.TAGGER;
        if (tagger == null) {
            throw new IllegalStateException("Unable to load the bundled NER model " + DEFAULT_RESOURCE,
                    DefaultHolder.FAILURE);
        }
        return tagger;
    }

    /**
     * Makes a tagger from trained weights, rounding them to 16 bits and leaving out features whose weights all round
     * to zero.
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
        for (float w : rowWeights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        int kept = 0;
        short[] quantised = new short[rowWeights.length];
        int[] keys = new int[featureKeys.length];
        for (int row = 0; row < featureKeys.length; row++) {
            boolean any = false;
            for (int label = 0; label < LABELS; label++) {
                short q = (short) Math.round(rowWeights[row * LABELS + label] / scale);
                quantised[kept * LABELS + label] = q;
                any |= q != 0;
            }
            if (any) {
                keys[kept++] = featureKeys[row];
            }
        }
        float[] scaledTransitions = new float[transitions.length];
        for (int i = 0; i < transitions.length; i++) {
            scaledTransitions[i] = transitions[i] / scale;
        }
        return new CharNerTagger(features, Arrays.copyOf(keys, kept), Arrays.copyOf(quantised, kept * LABELS), scale,
                scaledTransitions);
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
        try (DataInputStream data = new DataInputStream(
                new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
            Checks.state(data.readInt() == MAGIC, "not a char NER model");
            int version = data.readInt();
            Checks.state(version == VERSION, "char NER model version %d, expected %d", version, VERSION);
            int labels = data.readInt();
            int perChar = data.readInt();
            Checks.state(labels == LABELS && perChar == CharFeatures.PER_CHAR,
                    "char NER model has %d labels and %d features per char, expected %d and %d",
                    labels, perChar, LABELS, CharFeatures.PER_CHAR);
            float scale = data.readFloat();
            float[] transitions = new float[LABELS * LABELS];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = data.readFloat();
            }
            int rows = data.readInt();
            int[] keys = new int[rows];
            short[] weights = new short[rows * LABELS];
            for (int row = 0; row < rows; row++) {
                keys[row] = data.readInt();
                int mask = data.readUnsignedShort();
                for (int label = 0; label < LABELS; label++) {
                    if ((mask & (1 << label)) != 0) {
                        weights[row * LABELS + label] = data.readShort();
                    }
                }
            }
            return new CharNerTagger(features, keys, weights, scale, transitions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read char NER model", e);
        }
    }

    /**
     * Writes the model, gzipped; only the non-zero weights of each feature are stored.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(LABELS);
            data.writeInt(CharFeatures.PER_CHAR);
            data.writeFloat(scale);
            for (int a = 0; a < LABELS; a++) {
                for (int b = 0; b < LABELS; b++) {
                    float t = transitions[a * LABELS + b];
                    data.writeFloat(t == IMPOSSIBLE ? 0 : t);
                }
            }
            int rows = weights.length / LABELS;
            int[] keys = new int[rows];
            for (int slot = 0; slot < slotKeys.length; slot++) {
                if (slotKeys[slot] != 0) {
                    keys[slotRows[slot]] = slotKeys[slot];
                }
            }
            data.writeInt(rows);
            for (int row = 0; row < rows; row++) {
                data.writeInt(keys[row]);
                int mask = 0;
                for (int label = 0; label < LABELS; label++) {
                    if (weights[row * LABELS + label] != 0) {
                        mask |= 1 << label;
                    }
                }
                data.writeShort(mask);
                for (int label = 0; label < LABELS; label++) {
                    if (weights[row * LABELS + label] != 0) {
                        data.writeShort(weights[row * LABELS + label]);
                    }
                }
            }
            data.flush();
            gzip.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write char NER model", e);
        }
    }

    /** {@return the number of features with weights} */
    public int featureCount() {
        return weights.length / LABELS;
    }

    /**
     * Finds the persons, places and organisations in {@code text}.
     *
     * @param text any text; a sentence or a whole article
     * @return the entities in text order, none overlapping and none splitting a surrogate pair; empty if none
     */
    public List<NamedSpan> tag(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return List.of();
        }
        int[] codePoints = text.codePoints().toArray();
        int[] labels = labels(text, codePoints);
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
     * {@return the best label of each code point of a sentence}
     *
     * @param text       the sentence, not empty
     * @param codePoints its code points
     */
    private int[] labels(String text, int[] codePoints) {
        int n = codePoints.length;
        int[] charFeatures = features.extract(text, codePoints);
        float[] score = new float[LABELS];
        float[] next = new float[LABELS];
        int[] back = new int[n * LABELS];
        int[] emission = new int[LABELS];
        emissions(charFeatures, 0, emission);
        for (int b = 0; b < LABELS; b++) {
            score[b] = firstScores[b] + emission[b];
        }
        for (int i = 1; i < n; i++) {
            emissions(charFeatures, i, emission);
            for (int b = 0; b < LABELS; b++) {
                float best = IMPOSSIBLE;
                int arg = 0;
                for (int a = 0; a < LABELS; a++) {
                    float s = score[a] + transitions[a * LABELS + b];
                    if (s > best) {
                        best = s;
                        arg = a;
                    }
                }
                next[b] = best + emission[b];
                back[i * LABELS + b] = arg;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        float best = IMPOSSIBLE;
        int label = NerLabels.OUTSIDE;
        for (int b = 0; b < LABELS; b++) {
            float s = score[b] + lastScores[b];
            if (s > best) {
                best = s;
                label = b;
            }
        }
        int[] labels = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            labels[i] = label;
            label = back[i * LABELS + label];
        }
        return labels;
    }

    private void emissions(int[] charFeatures, int position, int[] emission) {
        Arrays.fill(emission, 0);
        int from = position * CharFeatures.PER_CHAR;
        for (int f = from; f < from + CharFeatures.PER_CHAR; f++) {
            int row = row(charFeatures[f]);
            if (row >= 0) {
                int base = row * LABELS;
                for (int label = 0; label < LABELS; label++) {
                    emission[label] += weights[base + label];
                }
            }
        }
    }

    private int row(int key) {
        int mask = slotKeys.length - 1;
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            int k = slotKeys[slot];
            if (k == key) {
                return slotRows[slot];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    private int slot(int key) {
        return (key * 0x9E3779B9) >>> shift;
    }

    private static final class DefaultHolder {
        static final @Nullable CharNerTagger TAGGER;
        static final @Nullable RuntimeException FAILURE;

        static {
            @Nullable CharNerTagger tagger = null;
            @Nullable RuntimeException failure = null;
            try {
                tagger = load();
            } catch (RuntimeException e) {
                // Kept rather than thrown from the initializer, so every call fails with the same message
                // instead of the first with ExceptionInInitializerError and later ones with NoClassDefFoundError.
                failure = e;
            }
            TAGGER = tagger;
            FAILURE = failure;
        }

        private static CharNerTagger load() {
            InputStream in = CharNerTagger.class.getResourceAsStream(DEFAULT_RESOURCE);
            Checks.state(in != null, "Unable to load the bundled NER model: no classpath resource %s",
                    DEFAULT_RESOURCE);
            return read(CharFeatures.withHanlpDictionaries(), in);
        }
    }
}

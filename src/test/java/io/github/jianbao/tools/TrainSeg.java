package io.github.jianbao.tools;

import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.internal.Organizations;
import io.github.jianbao.internal.ner.WordBoundaries;
import io.github.jianbao.stage.PartText;
import io.github.jianbao.stage.Segmenter;
import io.github.jianbao.stage.TaggedText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Trains the word boundary model ({@link WordBoundaries}), a binary linear model averaged over its perceptron
 * updates, and writes it.
 *
 * <p>Training data: the first 90% of the non-blank lines of People's Daily January 1998
 * ({@code pku98_199801/199801.noid.txt}); the last 10% are what {@code Evaluate seg … last10pct} scores and are
 * never trained on. Without {@code --all} it trains on the first 80% and, after every epoch, scores the lines from 80%
 * to 90%, so the number of epochs and the features are chosen without looking at the scored part; with {@code --all}
 * it trains on the whole 90% (the check lines are then seen in training, and their score no longer says anything).
 * One thread; half a minute.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx4g mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.TrainSeg \
 *     -Dexec.args="../shared/eval/pku98_199801/199801.noid.txt \
 *         src/main/resources/io/github/jianbao/ner/word-boundaries.bin.gz --all --epochs 8 --max-features 48000"
 * </pre>
 * The bundled model was made with exactly this command: {@code Evaluate seg … last10pct} then gives word F1 97.17
 * (P 96.97, R 97.37), against 91.83 for HanLP's words. Without {@code --all}, the check lines score F1 96.80 after
 * eight epochs (96.81 after six). The six feature templates were chosen with {@code --drop} on the check lines: of 16
 * first tried, each cost at most 0.1 when left out alone; nine together scored 96.90 with all 91,000 features, 96.74
 * with the 48,000 strongest (a smaller table is a faster one); leaving out three more of those (the chars before the
 * gap, their classes, the word before with the gap's place in it) cost nothing. The model keeps HanLP's boundary
 * between two words of two chars or more, where People's Daily agrees at all but 0.1% of a fifth of the gaps.
 * Options: {@code --epochs N} (default 10), {@code --min-count N} (features seen fewer times are dropped, default 2),
 * {@code --max-features N} (keep only the N features with the largest weights), {@code --drop 1,4} (leave these
 * feature templates, indices into a gap's features, out).
 */
public final class TrainSeg {
    private TrainSeg() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TrainSeg <199801.noid.txt> <output model> [--epochs N] [--min-count N]");
            System.exit(2);
        }
        int epochs = 10;
        int minCount = 2;
        boolean all = false;
        int maxFeatures = Integer.MAX_VALUE;
        Set<Integer> drop = new HashSet<>();
        for (int i = 2; i < args.length; i += 2) {
            switch (args[i]) {
                case "--all" -> {
                    all = true;
                    i--;
                }
                case "--epochs" -> epochs = Integer.parseInt(args[i + 1]);
                case "--min-count" -> minCount = Integer.parseInt(args[i + 1]);
                case "--max-features" -> maxFeatures = Integer.parseInt(args[i + 1]);
                case "--drop" -> java.util.Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf)
                        .forEach(drop::add);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        List<List<String>> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(PkuWords.words(line));
            }
        }
        int trainEnd = NerCorpus.devStart(lines.size());
        int checkStart = trainEnd - lines.size() / 10;
        Segmenter segmenter = new Segmenter(new Lexicon(Organizations.bundled().words(), List.of()), null);
        List<Example> train = new ArrayList<>();
        for (List<String> words : lines.subList(0, all ? trainEnd : checkStart)) {
            train.add(example(segmenter, words));
        }
        List<List<String>> check = lines.subList(checkStart, trainEnd);
        System.out.printf("%d training lines, %d check lines%n", train.size(), check.size());

        FeatureIndex index = new FeatureIndex();
        for (Example e : train) {
            for (int f = 0; f < e.features.length; f++) {
                e.features[f] = index.add(drop.contains(f % WordBoundaries.PER_GAP) ? 0x5EED : e.features[f]);
            }
        }
        int size = index.size();
        float[] w = new float[size];
        float[] u = new float[size];
        float bias = 0;
        float biasU = 0;
        long c = 1;
        Random random = new Random(42);
        List<Example> order = new ArrayList<>(train);
        WordBoundaries model = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            long errors = 0;
            for (Example e : order) {
                for (int g = 0; g < e.gold.length; g++) {
                    float s = bias;
                    int from = g * WordBoundaries.PER_GAP;
                    for (int f = from; f < from + WordBoundaries.PER_GAP; f++) {
                        s += w[e.features[f]];
                    }
                    int y = e.gold[g] ? 1 : -1;
                    if (y * s <= 0) {
                        errors++;
                        for (int f = from; f < from + WordBoundaries.PER_GAP; f++) {
                            w[e.features[f]] += y;
                            u[e.features[f]] += y * c;
                        }
                        bias += y;
                        biasU += y * c;
                    }
                    c++;
                }
            }
            model = build(index, w, u, bias, biasU, c, minCount, maxFeatures);
            System.out.printf("epoch %d: %d training errors; check lines: %s%n", epoch, errors,
                    score(segmenter, model, check));
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            model.write(out);
        }
        System.out.printf("wrote %s: %d features, %d bytes%n", args[1], model.featureCount(),
                Files.size(Path.of(args[1])));
    }

    private static WordBoundaries build(FeatureIndex index, float[] w, float[] u, float bias,
            float biasU, long c, int minCount, int maxFeatures) {
        int[] keys = new int[index.size()];
        float[] weights = new float[index.size()];
        int kept = 0;
        for (int i = 0; i < index.size(); i++) {
            if (index.count(i) >= minCount) {
                keys[kept] = index.key(i);
                weights[kept++] = w[i] - u[i] / c;
            }
        }
        if (kept > maxFeatures) {
            // Only the strongest: a smaller table stays in the processor's caches.
            float[] strength = new float[kept];
            for (int i = 0; i < kept; i++) {
                strength[i] = Math.abs(weights[i]);
            }
            float[] sorted = strength.clone();
            java.util.Arrays.sort(sorted);
            float threshold = sorted[kept - maxFeatures];
            int strong = 0;
            for (int i = 0; i < kept; i++) {
                if (strength[i] >= threshold && strong < maxFeatures) {
                    keys[strong] = keys[i];
                    weights[strong++] = weights[i];
                }
            }
            kept = strong;
        }
        return WordBoundaries.fromWeights(java.util.Arrays.copyOf(keys, kept),
                java.util.Arrays.copyOf(weights, kept), bias - biasU / c);
    }

    static String score(Segmenter segmenter, WordBoundaries model, List<List<String>> lines) {
        PkuWords.Score score = new PkuWords.Score();
        for (List<String> words : lines) {
            String text = String.join("", words);
            TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, text));
            score.add(words, model.split(text, tagged.view(), tagged.tokens(), word -> false).stream()
                    .map(Token::text).toList());
        }
        return score.toString();
    }

    private static Example example(Segmenter segmenter, List<String> words) {
        String text = String.join("", words);
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, text));
        WordBoundaries.Gaps gaps = WordBoundaries.gaps(tagged.view(), tagged.tokens(), word -> false);
        boolean[] goldBoundary = new boolean[text.length() + 1];
        int offset = 0;
        for (String word : words) {
            goldBoundary[offset] = true;
            offset += word.length();
        }
        boolean[] gold = new boolean[gaps.count()];
        for (int g = 0; g < gaps.count(); g++) {
            gold[g] = goldBoundary[gaps.position(g)];
        }
        return new Example(gaps.features(), gold);
    }

    private record Example(int[] features, boolean[] gold) {
    }

    /** Feature hashes to dense indices, with how often each was seen. */
    private static final class FeatureIndex {
        private final IntIntMap ids = new IntIntMap(1 << 21);
        private int[] keys = new int[1 << 20];
        private int[] counts = new int[1 << 20];
        private int size;

        int add(int key) {
            int id = ids.get(key) - 1;
            if (id < 0) {
                if (size == keys.length) {
                    keys = java.util.Arrays.copyOf(keys, size * 2);
                    counts = java.util.Arrays.copyOf(counts, size * 2);
                }
                id = size++;
                keys[id] = key;
                ids.put(key, id + 1);
            }
            counts[id]++;
            return id;
        }

        int size() {
            return size;
        }

        int key(int i) {
            return keys[i];
        }

        int count(int i) {
            return counts[i];
        }
    }
}

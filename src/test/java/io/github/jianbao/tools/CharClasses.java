package io.github.jianbao.tools;

import io.github.jianbao.internal.ner.CharFeatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Groups chars into classes by the chars they stand next to, for the char NER features, and writes the classes: one
 * line per class, its chars one after the other.
 *
 * <p>Unlabelled text: the sentences of the NER training part (the first 90% of {@code msra_ner_full}, never its dev
 * part), People's Daily 1998-01 and the CLUENER2020 training split. Each char seen at least {@value #MIN_COUNT} times
 * is described by how often each of the {@value #CONTEXTS} most frequent chars (or the sentence edge, or any other
 * char) stands just before it and just after it; the square roots of the two distributions, each scaled to unit
 * length, are grouped by spherical k-means, starting from the most frequent chars. Deterministic; a few seconds.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.CharClasses \
 *     -Dexec.args="/work/shared/eval src/main/resources/io/github/jianbao/ner/char-classes.txt"
 * </pre>
 */
public final class CharClasses {
    private static final int MIN_COUNT = 5;
    private static final int CONTEXTS = 1000;
    private static final int CLASSES = 256;
    private static final int ITERATIONS = 30;

    private CharClasses() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CharClasses <eval dir> <output>");
            System.exit(2);
        }
        Path evalDir = Path.of(args[0]);
        List<NerCorpus.Sentence> msra = NerCorpus.readBio(evalDir.resolve("msra_ner_full/train.bio.tsv"));
        List<String> texts = new ArrayList<>();
        msra.subList(0, NerCorpus.devStart(msra.size())).forEach(s -> texts.add(s.text()));
        NerCorpus.readPku98(evalDir.resolve("pku98_199801/199801.noid.txt")).forEach(s -> texts.add(s.text()));
        NerCorpus.readBio(evalDir.resolve("cluener2020/train.bio.tsv")).forEach(s -> texts.add(s.text()));

        Map<Integer, Integer> counts = new HashMap<>();
        for (String text : texts) {
            text.codePoints().map(CharFeatures::normalize).forEach(cp -> counts.merge(cp, 1, Integer::sum));
        }
        // Chars by falling count, ties by code point, so that the result does not depend on hash order.
        int[] byCount = counts.keySet().stream().mapToInt(Integer::intValue).boxed()
                .sorted((a, b) -> counts.get(b).equals(counts.get(a)) ? Integer.compare(a, b)
                        : Integer.compare(counts.get(b), counts.get(a)))
                .mapToInt(Integer::intValue).toArray();
        Map<Integer, Integer> vocabulary = new HashMap<>();
        for (int cp : byCount) {
            if (counts.get(cp) >= MIN_COUNT && Character.isIdeographic(cp)) {
                vocabulary.put(cp, vocabulary.size());
            }
        }
        Map<Integer, Integer> contexts = new HashMap<>();
        for (int i = 0; i < Math.min(CONTEXTS, byCount.length); i++) {
            contexts.put(byCount[i], i);
        }
        int edge = CONTEXTS;
        int other = CONTEXTS + 1;
        int width = CONTEXTS + 2;
        int n = vocabulary.size();
        float[][] vectors = new float[n][2 * width];
        for (String text : texts) {
            int[] cps = text.codePoints().map(CharFeatures::normalize).toArray();
            for (int i = 0; i < cps.length; i++) {
                Integer row = vocabulary.get(cps[i]);
                if (row == null) {
                    continue;
                }
                int left = i == 0 ? edge : contexts.getOrDefault(cps[i - 1], other);
                int right = i + 1 == cps.length ? edge : contexts.getOrDefault(cps[i + 1], other);
                vectors[row][left]++;
                vectors[row][width + right]++;
            }
        }
        for (float[] v : vectors) {
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) Math.sqrt(v[d]);
            }
            normalize(v, 0, width);
            normalize(v, width, 2 * width);
        }
        int k = Math.min(CLASSES, n);
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = vectors[c].clone();
        }
        int[] assignment = new int[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            int moved = 0;
            for (int row = 0; row < n; row++) {
                int best = 0;
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    float score = dot(vectors[row], centroids[c]);
                    if (score > bestScore) {
                        bestScore = score;
                        best = c;
                    }
                }
                if (assignment[row] != best || iteration == 0) {
                    moved++;
                }
                assignment[row] = best;
            }
            for (float[] centroid : centroids) {
                Arrays.fill(centroid, 0);
            }
            for (int row = 0; row < n; row++) {
                float[] centroid = centroids[assignment[row]];
                for (int d = 0; d < centroid.length; d++) {
                    centroid[d] += vectors[row][d];
                }
            }
            for (float[] centroid : centroids) {
                normalize(centroid, 0, centroid.length);
            }
            System.out.printf("iteration %d: %d chars moved%n", iteration + 1, moved);
            if (moved == 0) {
                break;
            }
        }
        StringBuilder[] lines = new StringBuilder[k];
        for (int c = 0; c < k; c++) {
            lines[c] = new StringBuilder();
        }
        int[] chars = new int[n];
        vocabulary.forEach((cp, row) -> chars[row] = cp);
        for (int row = 0; row < n; row++) {
            lines[assignment[row]].appendCodePoint(chars[row]);
        }
        StringBuilder out = new StringBuilder();
        for (StringBuilder line : lines) {
            if (line.length() > 0) {
                out.append(line).append('\n');
            }
        }
        try {
            Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("%d chars of %d texts in %d classes: %s%n", n, texts.size(), k, args[1]);
    }

    /** Scales the values from {@code from} to {@code to} to unit length. */
    private static void normalize(float[] v, int from, int to) {
        double sum = 0;
        for (int d = from; d < to; d++) {
            sum += v[d] * v[d];
        }
        if (sum == 0) {
            return;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int d = from; d < to; d++) {
            v[d] *= scale;
        }
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}

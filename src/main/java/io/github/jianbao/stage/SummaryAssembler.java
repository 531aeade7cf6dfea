package io.github.jianbao.stage;

import io.github.jianbao.Sentence;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Checks;
import io.github.jianbao.internal.TextRank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the body sentences that best summarise an article.
 *
 * <p>Each sentence scores {@value #RANK_WEIGHT} × its TextRank score over the best (1 for the best) plus
 * {@value #LEAD_WEIGHT} / (1 + 0.5 × its place among the candidates), a lead bias, as news puts the main point first.
 * TextRank links two sentences by the content words they share over (log |a| + log |b|) (Mihalcea and Tarau's
 * similarity), damping {@value #DAMPING}, at most {@value #ITERATIONS} iterations. Only the first
 * {@value #MAX_SENTENCES} sentences that stand alone are candidates, so the cost stays bounded on long articles.
 * Sentences too short to stand alone (headings, fragments) are skipped, as is a sentence sharing more than
 * {@value #MAX_OVERLAP} of its words with one already picked.
 *
 * <p>Needs: the body's sentences and tokens. Guarantees: at most {@code count} sentences, in article order. Captions
 * and datelines are not body text, so they are never picked. Stateless and thread-safe.
 */
public final class SummaryAssembler implements Stage<SummaryAssembler.Input, List<String>> {
    /**
     * What the assembler reads.
     *
     * @param sentences the body's sentences
     * @param tokens    the body's tokens
     */
    public record Input(List<Sentence> sentences, List<Token> tokens) {
        /** Copies the lists. */
        public Input {
            sentences = List.copyOf(sentences);
            tokens = List.copyOf(tokens);
        }
    }

    static final double RANK_WEIGHT = 0.6;
    static final double LEAD_WEIGHT = 0.4;
    static final double MAX_OVERLAP = 0.5;
    static final int MAX_SENTENCES = 60;
    static final int ITERATIONS = 20;
    static final double DAMPING = 0.85;
    private static final int MIN_CHARS = 15;
    private static final String SENTENCE_ENDS = "。！？!?…”」）)";
    /** Characters that {@code .} of a regular expression does not match: a sentence holding one never stood alone. */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

    private final int count;

    /**
     * Creates an assembler.
     *
     * @param count the most sentences to pick, 1 to 20
     * @throws IllegalArgumentException if {@code count} is outside 1 to 20
     */
    public SummaryAssembler(int count) {
        Checks.argument(count >= 1 && count <= 20, "count must be between 1 and 20: %d", count);
        this.count = count;
    }

    @Override
    public List<String> apply(Input input) {
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : input.sentences()) {
            if (sentences.size() == MAX_SENTENCES) {
                break;
            }
            if (standsAlone(s)) {
                sentences.add(s);
            }
        }
        if (sentences.isEmpty()) {
            return List.of();
        }
        int[][] words = words(sentences, input.tokens());
        double[] rank = textRank(words);
        double top = Arrays.stream(rank).max().orElse(1);
        double[] score = new double[sentences.size()];
        for (int i = 0; i < score.length; i++) {
            score[i] = RANK_WEIGHT * rank[i] / top + LEAD_WEIGHT / (1.0 + i * 0.5);
        }
        List<Integer> byScore = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            byScore.add(i);
        }
        byScore.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        List<Integer> picked = new ArrayList<>();
        for (int i : byScore) {
            if (picked.size() == count) {
                break;
            }
            if (picked.stream().noneMatch(p -> overlap(words[i], words[p]) > MAX_OVERLAP)) {
                picked.add(i);
            }
        }
        return picked.stream().sorted().map(i -> sentences.get(i).text()).toList();
    }

    /**
     * The distinct content words of each sentence as sorted ids, found in one pass over tokens and sentences, both
     * in text order.
     */
    private static int[][] words(List<Sentence> sentences, List<Token> tokens) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] words = new int[sentences.size()][];
        int t = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            while (t < tokens.size() && tokens.get(t).start() < s.start()) {
                t++;
            }
            int[] buffer = new int[16];
            int size = 0;
            for (; t < tokens.size() && tokens.get(t).end() <= s.end(); t++) {
                Token token = tokens.get(t);
                if (!token.tag().startsWith("w") && (token.text().length() > 1 || token.tag().startsWith("n"))) {
                    if (size == buffer.length) {
                        buffer = Arrays.copyOf(buffer, size * 2);
                    }
                    buffer[size++] = ids.computeIfAbsent(token.text(), w -> ids.size());
                }
            }
            words[i] = sortedDistinct(buffer, size);
        }
        return words;
    }

    /** {@return the first {@code size} values of {@code values}, sorted, each once; sorts them in place} */
    private static int[] sortedDistinct(int[] values, int size) {
        Arrays.sort(values, 0, size);
        int distinct = 0;
        for (int k = 0; k < size; k++) {
            if (distinct == 0 || values[k] != values[distinct - 1]) {
                values[distinct++] = values[k];
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    /**
     * TextRank over sentences: edges weighted by shared words / (log |a| + log |b|), the similarity of the original
     * TextRank paper, which costs one merge of two sorted arrays per pair.
     */
    private static double[] textRank(int[][] words) {
        int n = words.length;
        int[][] shared = shared(words);
        TextRank graph = new TextRank(n, n * (n - 1) / 2);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int common = shared[i][j];
                if (common > 0) {
                    graph.link(i, j, common / (Math.log(words[i].length + 1.0) + Math.log(words[j].length + 1.0)));
                }
            }
        }
        return graph.rank(DAMPING, ITERATIONS, 1e-4);
    }

    /**
     * {@return for each pair of sentences {@code i < j}, the number of words they share} Counted word by word over
     * the sentences holding each word, which costs far less than a merge per pair where most pairs share nothing.
     */
    private static int[][] shared(int[][] words) {
        int n = words.length;
        int vocabulary = 0;
        for (int[] w : words) {
            for (int id : w) {
                vocabulary = Math.max(vocabulary, id + 1);
            }
        }
        int[] holding = new int[vocabulary];
        for (int[] w : words) {
            for (int id : w) {
                holding[id]++;
            }
        }
        int[][] sentencesOf = new int[vocabulary][];
        for (int id = 0; id < vocabulary; id++) {
            sentencesOf[id] = new int[holding[id]];
            holding[id] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int id : words[i]) {
                sentencesOf[id][holding[id]++] = i;
            }
        }
        int[][] shared = new int[n][n];
        for (int[] sentences : sentencesOf) {
            for (int a = 0; a < sentences.length; a++) {
                for (int b = a + 1; b < sentences.length; b++) {
                    shared[sentences[a]][sentences[b]]++;
                }
            }
        }
        return shared;
    }

    private static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return common;
    }

    private static boolean standsAlone(Sentence s) {
        String text = s.text();
        if (text.length() < MIN_CHARS || SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (LINE_TERMINATORS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static double overlap(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        return (double) common(a, b) / Math.min(a.length, b.length);
    }
}

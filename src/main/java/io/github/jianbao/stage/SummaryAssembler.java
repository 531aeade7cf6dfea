package io.github.jianbao.stage;

import com.hankcs.hanlp.summary.TextRankSentence;
import io.github.jianbao.Sentence;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the body sentences that best summarise an article.
 *
 * <p>Each sentence scores {@value #RANK_WEIGHT} × its TextRank place (HanLP's {@code TextRankSentence}, BM25
 * similarity between sentences) plus {@value #LEAD_WEIGHT} × a lead bias that falls with position, as news puts the
 * main point first. Sentences too short to stand alone (headings, fragments) are skipped, as is a sentence sharing
 * more than {@value #MAX_OVERLAP} of its words with one already picked. Only the first {@value #MAX_RANKED}
 * sentences that stand alone are ranked, which bounds the work on very long texts.
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
    private static final int MIN_CHARS = 15;
    /** TextRank compares every pair of sentences; news puts its points first, so later sentences are not ranked. */
    static final int MAX_RANKED = 150;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？!?…”」）)]$");

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
        List<Sentence> sentences = input.sentences().stream().filter(SummaryAssembler::standsAlone)
                .limit(MAX_RANKED).toList();
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<List<String>> words = wordsOf(sentences, input.tokens());
        int[] order = new TextRankSentence(words).getTopSentence(sentences.size());
        double[] score = new double[sentences.size()];
        for (int rank = 0; rank < order.length; rank++) {
            score[order[rank]] += RANK_WEIGHT * (1.0 - (double) rank / order.length);
        }
        for (int i = 0; i < score.length; i++) {
            score[i] += LEAD_WEIGHT / (1.0 + i * 0.5);
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
            if (picked.stream().noneMatch(p -> overlap(words.get(i), words.get(p)) > MAX_OVERLAP)) {
                picked.add(i);
            }
        }
        return picked.stream().sorted().map(i -> sentences.get(i).text()).toList();
    }

    /** The words of each sentence but punctuation, in one pass over sentences and tokens, both in text order. */
    private static List<List<String>> wordsOf(List<Sentence> sentences, List<Token> tokens) {
        List<List<String>> words = new ArrayList<>();
        int t = 0;
        for (Sentence s : sentences) {
            while (t < tokens.size() && tokens.get(t).start() < s.start()) {
                t++;
            }
            List<String> inSentence = new ArrayList<>();
            for (int i = t; i < tokens.size() && tokens.get(i).end() <= s.end(); i++) {
                if (!tokens.get(i).tag().startsWith("w")) {
                    inSentence.add(tokens.get(i).text());
                }
            }
            words.add(inSentence);
        }
        return words;
    }

    private static boolean standsAlone(Sentence s) {
        return s.text().length() >= MIN_CHARS && SENTENCE_END.matcher(s.text()).matches();
    }

    private static double overlap(List<String> a, List<String> b) {
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : sa) {
            if (sb.contains(w)) {
                common++;
            }
        }
        return (double) common / Math.min(sa.size(), sb.size());
    }
}

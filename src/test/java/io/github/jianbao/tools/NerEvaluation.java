package io.github.jianbao.tools;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Checks;
import io.github.jianbao.internal.ner.CharFeatures;
import io.github.jianbao.internal.ner.CharNerTagger;
import io.github.jianbao.internal.ner.ListedNames;
import io.github.jianbao.internal.ner.NameRepeats;
import io.github.jianbao.internal.ner.PlaceAbbreviations;
import io.github.jianbao.internal.ner.SurnameMentions;
import io.github.jianbao.internal.ner.NamedSpan;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores entities on a char BIO file: entity-level exact match, P/R/F1 per type and overall, and the tagger's speed in
 * chars per second on one thread. Four scores: the tagger on each sentence alone; the tagger in context as the
 * library tags an article, where the persons and places the tagger found in the article mark the mentions it missed
 * and settle a name it gave two types ({@link NameRepeats}), lists of persons name their other items
 * ({@link ListedNames}), surnames before forms of address are persons ({@link SurnameMentions}) and places of one
 * character in runs, lists, relations and after verbs of going are read ({@link PlaceAbbreviations}), the sentences
 * either side standing in for the article; and, with the bundled model, the whole library through its public API
 * ({@link LibraryNerScores}), each sentence an article and 20 sentences an article, which is what a user gets: every
 * rule and filter after the tagger included.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.NerEvaluation \
 *     -Dexec.classpathScope=test \
 *     -Dexec.args="/work/shared/eval/msra_ner_full/train.bio.tsv last10pct"
 * </pre>
 * Arguments: the BIO file; {@code last10pct} to score only its last 10% of sentences (the dev part that
 * {@link TrainNer} holds out); {@code --model FILE} to score a model file instead of the bundled one;
 * {@code --errors N} to list the first N sentences with a wrong entity (tagged alone); {@code --hanlp} to also time
 * HanLP's segmenter with person, place and organisation recognition on the same text, in turns with the tagger;
 * {@code --slice A,B} to score the sentences from fraction A to B of the file instead (to choose settings on a slice
 * that a model trained with {@code TrainNer --split} never saw); {@code --window N} for the sentences either side
 * that stand in for the article (default {@value #DOCUMENT_WINDOW}); {@code --library-diff FILE} to write the
 * sentences where the library's entities (20 sentences an article) differ from the gold ones.
 */
public final class NerEvaluation {
    private static final int SPEED_ROUNDS = 9;
    /**
     * Sentences either side of a sentence whose names count as its article's. Chosen on the sentences from 80% to 90%
     * of the MSRA file with a model trained on the first 80%, never on the dev part: 91.16 alone; with the first
     * version of {@link NameRepeats} 91.29 with 5 sentences, 91.35 with 20 or 50; with today's, 91.44 with 20.
     */
    static final int DOCUMENT_WINDOW = 20;
    private static final int WARM_UP = 2;

    private NerEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println(
                    "usage: NerEvaluation <file.bio.tsv> [last10pct] [--model FILE] [--errors N] [--hanlp]");
            System.exit(2);
        }
        boolean devOnly = false;
        boolean hanlp = false;
        Path model = null;
        int errors = 0;
        int window = DOCUMENT_WINDOW;
        double[] slice = null;
        Path libraryDiff = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "last10pct" -> devOnly = true;
                case "--hanlp" -> hanlp = true;
                case "--model" -> model = Path.of(args[++i]);
                case "--errors" -> errors = Integer.parseInt(args[++i]);
                case "--window" -> window = Integer.parseInt(args[++i]);
                case "--library-diff" -> libraryDiff = Path.of(args[++i]);
                case "--slice" -> slice = Arrays.stream(args[++i].split(",")).mapToDouble(Double::parseDouble)
                        .toArray();
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        CharNerTagger tagger;
        if (model == null) {
            tagger = CharNerTagger.loadDefault();
        } else {
            try (InputStream in = Files.newInputStream(model)) {
                tagger = CharNerTagger.read(CharFeatures.bundled(), in);
            }
        }
        System.out.printf("model %s: %d features, loaded in %.2f s%n",
                model == null ? CharNerTagger.DEFAULT_RESOURCE : model, tagger.featureCount(),
                (System.nanoTime() - t0) / 1e9);

        List<NerCorpus.Sentence> sentences = NerCorpus.readBio(Path.of(args[0]));
        if (devOnly) {
            sentences = sentences.subList(NerCorpus.devStart(sentences.size()), sentences.size());
        } else if (slice != null) {
            sentences = sentences.subList((int) (slice[0] * sentences.size()), (int) (slice[1] * sentences.size()));
        }
        System.out.printf("%s%s: %d sentences%n", args[0], devOnly ? " (last 10%)" : "", sentences.size());
        List<List<Token>> tokens = NerCorpus.segment(sentences);
        List<List<NamedSpan>> tagged = new ArrayList<>();
        NerScores alone = new NerScores();
        for (int i = 0; i < sentences.size(); i++) {
            tagged.add(tagger.tag(sentences.get(i).text(), tokens.get(i)));
            alone.add(sentences.get(i).charEntities(), tagged.get(i));
        }
        System.out.println("each sentence alone (the tagger):");
        System.out.print(alone.table());
        System.out.printf("in context, as in an article (the tagger and the names it found in the %d sentences either"
                + " side, NameRepeats; lists of persons, ListedNames; surnames before forms of address,"
                + " SurnameMentions; one-character places, PlaceAbbreviations):%n", window);
        System.out.print(withRepeats(sentences, tokens, tagged, window).table());
        if (model == null) {
            ArticleAnalyzer analyzer = ArticleAnalyzer.builder().build();
            for (int perArticle : new int[] {1, DOCUMENT_WINDOW}) {
                System.out.printf("the library end to end (ArticleAnalyzer.analyze, %d sentence%s an article, one"
                        + " paragraph each):%n", perArticle, perArticle == 1 ? "" : "s");
                try (PrintStream out = libraryDiff == null || perArticle != DOCUMENT_WINDOW ? null
                        : new PrintStream(Files.newOutputStream(libraryDiff), true, StandardCharsets.UTF_8)) {
                    System.out.print(LibraryNerScores.score(analyzer, sentences, perArticle, out).table());
                }
            }
        }
        printErrors(tagger, sentences, tokens, errors);

        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (NerCorpus.Sentence s : sentences) {
            texts.add(s.text());
            chars += s.text().length();
        }
        // The tagger is timed with the words already segmented, as the pipeline hands them over.
        Map<String, List<Token>> wordsOf = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            wordsOf.put(sentences.get(i).text(), tokens.get(i));
        }
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        // Tagger and HanLP take turns, round after round, so that both see the same load on a shared machine.
        double[] taggerSpeed = new double[SPEED_ROUNDS];
        double[] hanlpSpeed = new double[SPEED_ROUNDS];
        double[] ratio = new double[SPEED_ROUNDS];
        for (int round = -WARM_UP; round < SPEED_ROUNDS; round++) {
            double t = speed(texts, chars, text -> tagger.tag(text, wordsOf.get(text)).size());
            double h = hanlp ? speed(texts, chars, text -> segment.seg(text).size()) : 1;
            if (round >= 0) {
                taggerSpeed[round] = t;
                hanlpSpeed[round] = h;
                ratio[round] = t / h;
            }
        }
        // The fastest round is the one least disturbed by other work; the median ratio shows how stable that is.
        System.out.printf("tagging: %,.0f chars/s (one thread, CPU time, best of %d rounds after %d warm-up)%n",
                max(taggerSpeed), SPEED_ROUNDS, WARM_UP);
        if (hanlp) {
            System.out.printf("HanLP segment with name/place/organisation recognition: %,.0f chars/s (same measure)%n",
                    max(hanlpSpeed));
            System.out.printf("tagger / HanLP: %.2f best to best, %.2f median of the rounds' ratios%n",
                    max(taggerSpeed) / max(hanlpSpeed), Pages.median(ratio));
        }
    }

    /**
     * Scores the tagger's spans with {@link NameRepeats} over the {@code window} sentences either side of each, which
     * stand in for its article (the file's sentences run in the order of their articles, but it marks no article's
     * end), with {@link ListedNames} and {@link SurnameMentions}, and with the one-character places of
     * {@link PlaceAbbreviations}, as the recognizer completes them.
     */
    private static NerScores withRepeats(List<NerCorpus.Sentence> sentences, List<List<Token>> tokens,
            List<List<NamedSpan>> tagged, int window) {
        NerScores scores = new NerScores();
        for (int i = 0; i < sentences.size(); i++) {
            NameRepeats names = new NameRepeats();
            for (int j = Math.max(0, i - window); j <= Math.min(sentences.size() - 1, i + window); j++) {
                names.collect(sentences.get(j).text(), tagged.get(j));
            }
            NerCorpus.Sentence s = sentences.get(i);
            List<NamedSpan> completed = SurnameMentions.complete(s.text(), tokens.get(i), ListedNames.complete(
                    s.text(), tokens.get(i), names.complete(s.text(), tokens.get(i), tagged.get(i))));
            scores.add(s.charEntities(), PlaceAbbreviations.complete(s.text(), tokens.get(i), completed));
        }
        return scores;
    }

    /** Prints the first {@code limit} sentences where the tagger and the gold entities differ. */
    private static void printErrors(CharNerTagger tagger, List<NerCorpus.Sentence> sentences,
            List<List<Token>> tokens, int limit) {
        int printed = 0;
        for (int i = 0; i < sentences.size(); i++) {
            NerCorpus.Sentence s = sentences.get(i);
            if (printed >= limit) {
                return;
            }
            Set<NamedSpan> gold = new HashSet<>(s.charEntities());
            Set<NamedSpan> found = new HashSet<>(tagger.tag(s.text(), tokens.get(i)));
            if (gold.equals(found)) {
                continue;
            }
            printed++;
            System.out.println(s.text());
            for (NamedSpan g : gold) {
                if (!found.contains(g)) {
                    System.out.printf("  missed   %s %s%n", g.type(), s.text().substring(g.start(), g.end()));
                }
            }
            for (NamedSpan f : found) {
                if (!gold.contains(f)) {
                    System.out.printf("  spurious %s %s%n", f.type(), s.text().substring(f.start(), f.end()));
                }
            }
        }
    }

    /**
     * {@return chars per second of one pass of {@code work} over the texts, by the thread's CPU time} CPU time rather
     * than wall time, because the machine may be shared: a waiting thread costs no CPU time.
     */
    private static double speed(List<String> texts, long chars, java.util.function.ToIntFunction<String> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long start = threads.getCurrentThreadCpuTime();
        for (String text : texts) {
            sink += work.applyAsInt(text);
        }
        double speed = chars / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
        // Checked so that the work cannot be optimised away.
        Checks.state(sink >= 0, "negative result count %d", sink);
        return speed;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}

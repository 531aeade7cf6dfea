package io.github.jianbao.tools;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.github.jianbao.internal.ner.CharFeatures;
import io.github.jianbao.internal.ner.CharNerTagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the char NER tagger on a char BIO file: entity-level exact match, P/R/F1 per type and overall, and the
 * tagging speed in chars per second on one thread.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.NerEvaluation \
 *     -Dexec.classpathScope=test \
 *     -Dexec.args="/work/shared/eval/msra_ner_full/train.bio.tsv last10pct"
 * </pre>
 * Arguments: the BIO file; {@code last10pct} to score only its last 10% of sentences (the dev part that
 * {@link TrainNer} holds out); {@code --model FILE} to score a model file instead of the bundled one;
 * {@code --hanlp} to also time HanLP's segmenter with person, place and organisation recognition on the same text.
 */
public final class NerEvaluation {
    private static final int SPEED_ROUNDS = 5;

    private NerEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NerEvaluation <file.bio.tsv> [last10pct] [--model FILE] [--hanlp]");
            System.exit(2);
        }
        boolean devOnly = false;
        boolean hanlp = false;
        Path model = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "last10pct" -> devOnly = true;
                case "--hanlp" -> hanlp = true;
                case "--model" -> model = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        CharNerTagger tagger;
        if (model == null) {
            tagger = CharNerTagger.loadDefault();
        } else {
            try (InputStream in = Files.newInputStream(model)) {
                tagger = CharNerTagger.read(CharFeatures.withHanlpDictionaries(), in);
            }
        }
        System.out.printf("model %s: %d features, loaded in %.2f s%n",
                model == null ? CharNerTagger.DEFAULT_RESOURCE : model, tagger.featureCount(),
                (System.nanoTime() - t0) / 1e9);

        List<NerCorpus.Sentence> sentences = NerCorpus.readBio(Path.of(args[0]));
        if (devOnly) {
            sentences = sentences.subList(NerCorpus.devStart(sentences.size()), sentences.size());
        }
        System.out.printf("%s%s: %d sentences%n", args[0], devOnly ? " (last 10%)" : "", sentences.size());
        System.out.print(TrainNer.score(tagger, sentences).table());

        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (NerCorpus.Sentence s : sentences) {
            texts.add(s.text());
            chars += s.text().length();
        }
        System.out.printf("tagging: %,.0f chars/s (one thread, best of %d rounds)%n",
                speed(texts, chars, text -> tagger.tag(text).size()), SPEED_ROUNDS);
        if (hanlp) {
            Segment segment = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                    .enableOrganizationRecognize(true);
            System.out.printf("HanLP segment with name/place/organisation recognition: %,.0f chars/s%n",
                    speed(texts, chars, text -> segment.seg(text).size()));
        }
    }

    private static double speed(List<String> texts, long chars, java.util.function.ToIntFunction<String> work) {
        double best = 0;
        long sink = 0;
        for (int round = 0; round < SPEED_ROUNDS; round++) {
            long start = System.nanoTime();
            for (String text : texts) {
                sink += work.applyAsInt(text);
            }
            best = Math.max(best, chars / ((System.nanoTime() - start) / 1e9));
        }
        // Printed so that the work cannot be optimised away.
        System.out.printf("(%d results)%n", sink);
        return best;
    }
}

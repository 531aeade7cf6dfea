package io.github.jianbao.tools;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.internal.Organizations;
import io.github.jianbao.stage.PartText;
import io.github.jianbao.stage.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores the library's words ({@link Segmenter}'s {@code words}: HanLP's dictionary words, with the bundled
 * organisation names in a per-instance dictionary, turned into words of the PKU standard by the word boundary model)
 * against a gold segmentation: word-span precision, recall and F1.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.SegEvaluation \
 *     -Dexec.classpathScope=test \
 *     -Dexec.args="/work/shared/eval/pku98_199801/199801.noid.txt last10pct"
 * </pre>
 * The gold file has one sentence or paragraph a line, with words separated by two spaces as in the SIGHAN files;
 * People's Daily tokens {@code word/POS} lose their tags and compound brackets. {@code last10pct} scores only the
 * last 10% of the lines (for People's Daily 1998-01, roughly the last three days of the month).
 * {@code --roles} scores bare HanLP with person, place and organisation recognition on instead;
 * {@code --words FILE} adds a word list (one word a line) to the per-instance dictionary, to measure what a general
 * word list would bring.
 */
public final class SegEvaluation {
    private SegEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SegEvaluation <gold file> [last10pct] [--roles] [--words FILE]");
            System.exit(2);
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        boolean roles = false;
        List<String> extraWords = List.of();
        String part = "";
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "last10pct" -> {
                    lines = lines.subList(NerCorpus.devStart(lines.size()), lines.size());
                    part = " (last 10%)";
                }
                case "--roles" -> roles = true;
                case "--words" -> extraWords = Files.readAllLines(Path.of(args[++i]), StandardCharsets.UTF_8);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        Function<String, List<String>> segmenter;
        if (roles) {
            Segment segment = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                    .enableOrganizationRecognize(true);
            segmenter = text -> segment.seg(text).stream().map(term -> term.word).toList();
        } else {
            List<String> words = extraWords.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
            Segmenter segment = new Segmenter(new Lexicon(Organizations.bundled().words(), words));
            segmenter = text -> segment.apply(new PartText(TextPart.BODY, text)).words().stream()
                    .map(Token::text).toList();
        }
        PkuWords.Score score = new PkuWords.Score();
        long chars = 0;
        long nanos = 0;
        for (String line : lines) {
            List<String> words = PkuWords.words(line);
            String text = String.join("", words);
            long start = System.nanoTime();
            List<String> segmented = segmenter.apply(text);
            nanos += System.nanoTime() - start;
            score.add(words, segmented);
            chars += text.length();
        }
        System.out.printf("%s%s: %d lines, %d chars; %s%s%n", args[0], part, lines.size(), chars,
                roles ? "bare HanLP with role recognition" : "the library's Segmenter",
                extraWords.isEmpty() ? "" : " with " + extraWords.size() + " extra words");
        System.out.println("words: " + score);
        System.out.printf("segmenting: %,.0f chars/s (first pass, includes warm-up)%n", chars / (nanos / 1e9));
    }
}

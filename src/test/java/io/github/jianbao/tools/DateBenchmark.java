package io.github.jianbao.tools;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.ArticleSummary;
import io.github.jianbao.DateMention;
import io.github.jianbao.TextPart;
import io.github.jianbao.stage.DateNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Throughput of {@link DateNormalizer} alone on the cleaned body texts of a folder of pages, each with its page's
 * publication date, against bare HanLP segmentation (with person, place and organisation recognition) of the same
 * texts in the same run. Prints the median of several rounds after warm-up; with {@code --dump}, prints every
 * mention instead.
 *
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.DateBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="/work/shared/corpus/articles"
 * }</pre>
 */
public final class DateBenchmark {
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 15;

    private DateBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the folder of pages
     * @throws IOException if a page cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("--dump"))) {
            throw new IllegalArgumentException("usage: DateBenchmark <pages folder> [--dump]");
        }
        List<String> pages = Pages.read(Path.of(args[0]));
        ArticleAnalyzer analyzer = ArticleAnalyzer.create();
        List<DateNormalizer.Input> inputs = new ArrayList<>();
        for (String page : pages) {
            ArticleSummary s = analyzer.analyze(page);
            inputs.add(new DateNormalizer.Input(s.text(), TextPart.BODY, s.publishedDate()));
        }
        if (args.length == 2) {
            dump(inputs);
            return;
        }
        long chars = inputs.stream().mapToLong(i -> i.text().length()).sum();
        DateNormalizer normalizer = new DateNormalizer();
        Segment bare = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        double[] dates = new double[ROUNDS];
        double[] hanlp = new double[ROUNDS];
        long mentions = 0;
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            mentions = 0;
            for (DateNormalizer.Input input : inputs) {
                mentions += normalizer.apply(input).size();
            }
            long t1 = System.nanoTime();
            for (DateNormalizer.Input input : inputs) {
                bare.seg(input.text());
            }
            long t2 = System.nanoTime();
            if (round >= 0) {
                dates[round] = chars / ((t1 - t0) / 1e9);
                hanlp[round] = chars / ((t2 - t1) / 1e9);
            }
        }
        double d = Pages.median(dates);
        double h = Pages.median(hanlp);
        System.out.printf("pages %d, %d chars of body text, %d date mentions, median of %d rounds after %d warm-up%n",
                pages.size(), chars, mentions, ROUNDS, WARM_UP);
        System.out.printf("DateNormalizer  %,12.0f chars/s (best round %,.0f)%n", d, Arrays.stream(dates).max()
                .orElseThrow());
        System.out.printf("bare HanLP      %,12.0f chars/s%n", h);
        System.out.printf("ratio           %12.2f%n", d / h);
    }

    /** Prints every mention of every text, one a line, to compare the output of two versions. */
    private static void dump(List<DateNormalizer.Input> inputs) {
        DateNormalizer normalizer = new DateNormalizer();
        for (int i = 0; i < inputs.size(); i++) {
            for (DateMention m : normalizer.apply(inputs.get(i))) {
                System.out.printf("%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s%n", i, m.start(), m.end(), m.text(),
                        m.value().orElse("-"), m.grain(), m.isInterval(), m.isVague());
            }
        }
    }
}

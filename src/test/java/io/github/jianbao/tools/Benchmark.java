package io.github.jianbao.tools;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.ArticleFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Throughput of the whole analysis against bare HanLP (segmentation with person, place and organisation
 * recognition) on the same text, in one JVM, one thread: the cleaned body texts of a folder of pages, analysed as
 * plain text. A second line times the analysis of the pages themselves, markup and all (the same body characters
 * counted), which bare HanLP cannot do. Prints the median of several rounds after warm-up.
 */
final class Benchmark {
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 5;

    private Benchmark() {
    }

    static void run(Path folder) throws IOException {
        List<String> pages = Pages.read(folder);
        ArticleAnalyzer analyzer = ArticleAnalyzer.create();
        List<String> texts = pages.stream().map(p -> analyzer.analyze(p).text()).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        Segment bare = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        double[] whole = new double[ROUNDS];
        double[] withMarkup = new double[ROUNDS];
        double[] hanlp = new double[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (String text : texts) {
                analyzer.analyze(text, ArticleFormat.PLAIN_TEXT);
            }
            long t1 = System.nanoTime();
            for (String text : texts) {
                bare.seg(text);
            }
            long t2 = System.nanoTime();
            for (String page : pages) {
                analyzer.analyze(page);
            }
            long t3 = System.nanoTime();
            if (round >= 0) {
                whole[round] = chars / ((t1 - t0) / 1e9);
                hanlp[round] = chars / ((t2 - t1) / 1e9);
                withMarkup[round] = chars / ((t3 - t2) / 1e9);
            }
        }
        double w = Pages.median(whole);
        double h = Pages.median(hanlp);
        System.out.printf("pages %d, %d chars of body text, median of %d rounds after %d warm-up%n", pages.size(), chars,
                ROUNDS, WARM_UP);
        System.out.printf("whole analysis, body text      %,10.0f chars/s%n", w);
        System.out.printf("bare HanLP, same text          %,10.0f chars/s%n", h);
        System.out.printf("ratio                          %10.2f%n", w / h);
        System.out.printf("whole analysis, page + markup  %,10.0f body chars/s%n", Pages.median(withMarkup));
    }
}

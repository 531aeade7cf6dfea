package io.github.jianbao.tools;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.ArticleFormat;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Throughput of the whole analysis against bare HanLP (segmentation with person, place and organisation
 * recognition) on the same text, in one JVM, one thread: the cleaned body texts of a folder of pages, analysed as
 * plain text. The two alternate page by page, so that a change in the machine's load falls on both alike, and each is
 * timed by the wall clock and by the thread's CPU time, which leaves out the time other processes hold the cores; on
 * a quiet machine the two ratios agree. A last line times the analysis of the pages themselves, markup and all (the
 * same body characters counted), which bare HanLP cannot do. Prints the median of several rounds after warm-up.
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] whole = new double[ROUNDS];
        double[] hanlp = new double[ROUNDS];
        double[] wallRatio = new double[ROUNDS];
        double[] cpuRatio = new double[ROUNDS];
        double[] withMarkup = new double[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long wallOurs = 0;
            long wallBare = 0;
            long cpuOurs = 0;
            long cpuBare = 0;
            for (String text : texts) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                analyzer.analyze(text, ArticleFormat.PLAIN_TEXT);
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                bare.seg(text);
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                wallOurs += t1 - t0;
                wallBare += t2 - t1;
                cpuOurs += c1 - c0;
                cpuBare += c2 - c1;
            }
            long t3 = System.nanoTime();
            for (String page : pages) {
                analyzer.analyze(page);
            }
            long t4 = System.nanoTime();
            if (round >= 0) {
                whole[round] = chars / (wallOurs / 1e9);
                hanlp[round] = chars / (wallBare / 1e9);
                wallRatio[round] = (double) wallBare / wallOurs;
                cpuRatio[round] = (double) cpuBare / cpuOurs;
                withMarkup[round] = chars / ((t4 - t3) / 1e9);
            }
        }
        System.out.printf("pages %d, %d chars of body text, median of %d rounds after %d warm-up%n", pages.size(),
                chars, ROUNDS, WARM_UP);
        System.out.printf("whole analysis, body text      %,10.0f chars/s%n", Pages.median(whole));
        System.out.printf("bare HanLP, same text          %,10.0f chars/s%n", Pages.median(hanlp));
        System.out.printf("ratio                          %10.2f%n", Pages.median(wallRatio));
        System.out.printf("ratio by thread CPU time       %10.2f%n", Pages.median(cpuRatio));
        System.out.printf("whole analysis, page + markup  %,10.0f body chars/s%n", Pages.median(withMarkup));
    }
}

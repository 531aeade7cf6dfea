package io.github.jianbao.tools;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.ArticleFormat;
import io.github.jianbao.ArticleSummary;
import io.github.jianbao.Entity;
import io.github.jianbao.Keyword;
import io.github.jianbao.TextPart;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.internal.Organizations;
import io.github.jianbao.internal.ner.CharNerTagger;
import io.github.jianbao.stage.CleanText;
import io.github.jianbao.stage.EntityRecognizer;
import io.github.jianbao.stage.KeywordRanker;
import io.github.jianbao.stage.MarkupCleaner;
import io.github.jianbao.stage.PartText;
import io.github.jianbao.stage.RawArticle;
import io.github.jianbao.stage.Segmenter;
import io.github.jianbao.stage.SentenceSplitter;
import io.github.jianbao.stage.SummaryAssembler;
import io.github.jianbao.stage.TaggedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures the keyword and key-sentence stages.
 * <ul>
 *   <li>{@code kw <file.tsv>}: F1@5 of the keywords against a TSV of {@code id, text, gold keywords separated by ;}
 *       (header line first; exact match after trimming), the text analysed as plain text; {@code -Dkw.show=N}
 *       prints the first N documents' gold and found keywords;</li>
 *   <li>{@code kw <corpus folder>}: each gold page's top ten keywords and key sentences beside its gold keywords;</li>
 *   <li>{@code bench <pages folder>} (this class's own {@code main}): throughput of {@code KeywordRanker} and
 *       {@code SummaryAssembler} alone on prepared inputs of every page, and of bare HanLP on the same bodies.</li>
 * </ul>
 */
public final class KeywordEvaluation {
    private static final int AT = 5;
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 5;

    private KeywordEvaluation() {
    }

    /**
     * Runs the benchmark: {@code bench <pages folder>}.
     *
     * @param args the mode and the folder
     * @throws IOException if a page cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("bench")) {
            bench(Path.of(args[1]));
        } else if (args.length == 1) {
            run(Path.of(args[0]));
        } else {
            System.err.println("usage: KeywordEvaluation bench <pages folder> | <file.tsv> | <corpus folder>");
            System.exit(2);
        }
    }

    /** Scores a TSV file, or lists the keywords of a corpus folder's gold pages. */
    static void run(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            corpus(path);
        } else {
            tsv(path);
        }
    }

    private static void tsv(Path file) throws IOException {
        ArticleAnalyzer analyzer = ArticleAnalyzer.builder().maxKeywords(AT).build();
        List<String> lines = Files.readAllLines(file);
        int gold = 0;
        int found = 0;
        int right = 0;
        int docs = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[1].isBlank()) {
                continue;
            }
            docs++;
            Set<String> expected = new HashSet<>();
            for (String k : f[2].split(";")) {
                if (!k.trim().isEmpty()) {
                    expected.add(k.trim());
                }
            }
            List<String> terms = analyzer.analyze(f[1], ArticleFormat.PLAIN_TEXT).keywords().stream()
                    .limit(AT).map(k -> k.term().trim()).distinct().toList();
            if (docs <= Integer.getInteger("kw.show", 0)) {
                System.out.println(expected + "  →  " + terms);
            }
            gold += expected.size();
            found += terms.size();
            right += (int) terms.stream().filter(expected::contains).count();
        }
        double p = found == 0 ? 0 : (double) right / found;
        double r = gold == 0 ? 0 : (double) right / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("docs %d  keywords@%d  P %.1f  R %.1f  F1 %.1f  (%d gold, %d found, %d right)%n", docs, AT,
                100 * p, 100 * r, 100 * f1, gold, found, right);
    }

    private static void corpus(Path corpus) throws IOException {
        ArticleAnalyzer analyzer = ArticleAnalyzer.create();
        List<Path> golds;
        try (Stream<Path> files = Files.list(corpus.resolve("gold"))) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path goldFile : golds) {
            JsonObject gold = JsonParser.parseString(Files.readString(goldFile)).getAsJsonObject();
            String name = gold.get("file").getAsString();
            Path page = Files.isRegularFile(corpus.resolve(name)) ? corpus.resolve(name)
                    : corpus.resolve("articles").resolve(name);
            String content = Files.readString(page);
            ArticleSummary s = analyzer.analyze(content, ArticleFormat.detect(content));
            Set<String> expected = new LinkedHashSet<>();
            gold.getAsJsonArray("keywords").forEach(e -> expected.add(e.getAsString()));
            List<String> terms = s.keywords().stream().limit(10).map(Keyword::term).toList();
            System.out.println(name);
            System.out.println("  gold   " + expected);
            System.out.println("  found  " + terms.stream().map(t -> expected.contains(t) ? "*" + t : t).toList());
            System.out.println("  tags   " + s.tags().stream().map(t -> t.term() + "/" + t.origin()).toList());
            s.keySentences().forEach(k -> System.out.println("  key    " + k));
        }
    }

    private record Prepared(KeywordRanker.Input keywords, SummaryAssembler.Input summary, String text) {
    }

    private static void bench(Path folder) throws IOException {
        List<String> pages = Pages.read(folder);
        MarkupCleaner cleaner = new MarkupCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        Segmenter segmenter = new Segmenter(new Lexicon(Organizations.bundled().words(), Set.of()));
        EntityRecognizer recognizer = new EntityRecognizer(Organizations.bundled(), CharNerTagger.loadDefault());
        List<Prepared> inputs = new ArrayList<>();
        for (String page : pages) {
            CleanText clean = cleaner.apply(new RawArticle(page, ArticleFormat.detect(page), Optional.empty()));
            TaggedText body = segmenter.apply(new PartText(TextPart.BODY, clean.text()));
            TaggedText title = segmenter.apply(new PartText(TextPart.TITLE, clean.title().orElse("")));
            List<Entity> entities = recognizer.apply(new EntityRecognizer.Input(List.of(body, title), clean.bylines()));
            inputs.add(new Prepared(new KeywordRanker.Input(body, title, clean.sourceTags(), entities, clean.source(),
                    clean.marks()),
                    new SummaryAssembler.Input(splitter.apply(clean.text()), body.tokens()), clean.text()));
        }
        long chars = inputs.stream().mapToLong(i -> i.text().length()).sum();
        KeywordRanker ranker = new KeywordRanker(10, Set.of());
        SummaryAssembler assembler = new SummaryAssembler(3);
        Segment bare = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        double[] rank = new double[ROUNDS];
        double[] summary = new double[ROUNDS];
        double[] hanlp = new double[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            inputs.forEach(i -> ranker.apply(i.keywords()));
            long t1 = System.nanoTime();
            inputs.forEach(i -> assembler.apply(i.summary()));
            long t2 = System.nanoTime();
            inputs.forEach(i -> bare.seg(i.text()));
            long t3 = System.nanoTime();
            if (round >= 0) {
                rank[round] = chars / ((t1 - t0) / 1e9);
                summary[round] = chars / ((t2 - t1) / 1e9);
                hanlp[round] = chars / ((t3 - t2) / 1e9);
            }
        }
        double h = Pages.median(hanlp);
        System.out.printf("pages %d, %d chars of body text, median of %d rounds after %d warm-up%n", pages.size(),
                chars, ROUNDS, WARM_UP);
        System.out.printf("KeywordRanker     %,12.0f chars/s  (%.2f × bare HanLP)%n", Pages.median(rank),
                Pages.median(rank) / h);
        System.out.printf("SummaryAssembler  %,12.0f chars/s  (%.2f × bare HanLP)%n", Pages.median(summary),
                Pages.median(summary) / h);
        System.out.printf("bare HanLP        %,12.0f chars/s%n", h);
    }
}

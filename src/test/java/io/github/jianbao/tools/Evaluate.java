package io.github.jianbao.tools;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The project's evaluation command: one entry point, one mode per kind of data.
 * <ul>
 *   <li>{@code corpus <folder>}: whole articles against the gold pages of a corpus folder ({@code gold/*.json} and the
 *       pages they name): metadata, body bounds, leakage, set-level P/R/F1 of entities, date values and keywords;</li>
 *   <li>{@code bench <folder>}: throughput of the whole analysis against bare HanLP on the pages of a folder;</li>
 *   <li>{@code time <tsv> [--misses]}: date expressions in a carrier sentence: span recall, spurious spans,
 *       values;</li>
 *   <li>{@code ner <bio file> [last10pct]}: the entity tagger on character-BIO data, P/R/F1 per type;</li>
 *   <li>{@code seg <file> [last10pct]}: word segmentation against a gold segmentation, word-span P/R/F1;</li>
 *   <li>{@code kw <tsv>}: keywords against gold keywords (id, text, keywords separated by ;), F1@5.</li>
 * </ul>
 * Run it as {@code mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.Evaluate
 * -Dexec.args="corpus ../shared/corpus"}.
 */
public final class Evaluate {
    private Evaluate() {
    }

    /**
     * Runs one mode.
     *
     * @param args the mode and its arguments
     * @throws Exception if a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Evaluate corpus|bench <folder> | time <tsv> | ner <bio> [last10pct]"
                    + " | seg <file> [last10pct] | kw <tsv>");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "corpus" -> CorpusEvaluation.run(Path.of(args[1]));
            case "bench" -> Benchmark.run(Path.of(args[1]));
            case "time" -> TimeEvaluation.main(rest);
            case "ner" -> NerEvaluation.main(rest);
            case "seg" -> SegEvaluation.main(rest);
            case "kw" -> KeywordEvaluation.run(Path.of(args[1]));
            default -> {
                System.err.println("unknown mode: " + args[0]);
                System.exit(2);
            }
        }
    }
}

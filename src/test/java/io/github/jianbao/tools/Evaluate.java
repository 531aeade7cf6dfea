package io.github.jianbao.tools;

import java.nio.file.Path;

/**
 * The project's evaluation command. Modes:
 * <ul>
 *   <li>{@code corpus <folder>}: whole-article scores against the gold pages of a corpus folder
 *       ({@code gold/*.json} and the pages they name);</li>
 *   <li>{@code bench <folder>}: throughput of the whole analysis against bare HanLP on the pages of a folder.</li>
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
            System.err.println("usage: Evaluate corpus <corpus folder> | bench <pages folder>");
            System.exit(2);
        }
        switch (args[0]) {
            case "corpus" -> CorpusEvaluation.run(Path.of(args[1]));
            case "bench" -> Benchmark.run(Path.of(args[1]));
            case "kw" -> KeywordEvaluation.run(Path.of(args[1]));
            default -> {
                System.err.println("unknown mode: " + args[0]);
                System.exit(2);
            }
        }
    }
}

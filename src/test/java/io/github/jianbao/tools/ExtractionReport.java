package io.github.jianbao.tools;

import io.github.jianbao.stage.CleanText;
import io.github.jianbao.stage.MarkupCleaner;
import io.github.jianbao.stage.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Prints what the cleaner reads from each page given: the page's facts, then the head and tail of its body, for a
 * quick look at a layout.
 *
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.ExtractionReport \
 *     -Dexec.args="/work/shared/corpus/articles/dw-1046207.md"
 * }</pre>
 */
public final class ExtractionReport {
    private static final int SHOWN = 150;

    private ExtractionReport() {
    }

    /**
     * Prints the report.
     *
     * @param args the page files
     */
    public static void main(String[] args) throws IOException {
        MarkupCleaner cleaner = new MarkupCleaner();
        for (String name : args) {
            Path file = Path.of(name);
            String content = Files.readString(file, StandardCharsets.UTF_8);
            System.out.println("=== " + file.getFileName());
            CleanText t;
            try {
                t = cleaner.apply(new RawArticle(content, ExtractionEvaluation.formatOf(file), Optional.empty()));
            } catch (IllegalArgumentException e) {
                System.out.println("  " + e.getMessage());
                continue;
            }
            System.out.println("  title=" + t.title().orElse("-") + " | source=" + t.source().orElse("-")
                    + " | date=" + t.publishedDate().map(String::valueOf).orElse("-") + " | url="
                    + t.url().orElse("-"));
            System.out.println("  dateline=" + t.dateline().orElse("-") + " | tags=" + t.sourceTags()
                    + " | bylines=" + t.bylines());
            System.out.println("  captions=" + t.captions());
            String x = t.text();
            System.out.println("  HEAD " + x.substring(0, Math.min(SHOWN, x.length())).replace("\n", "⏎"));
            System.out.println("  TAIL " + x.substring(Math.max(0, x.length() - SHOWN)).replace("\n", "⏎"));
        }
    }
}

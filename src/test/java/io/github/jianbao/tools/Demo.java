package io.github.jianbao.tools;

import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.ArticleSummary;
import io.github.jianbao.DateMention;
import io.github.jianbao.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the analysis of the bundled founding page, or of the page files given as arguments. The reading of files
 * happens here, outside the library.
 */
public final class Demo {
    private static final String FOUNDING_PAGE = "/testdata/articles/secretchina-934423.md";

    private Demo() {
    }

    /**
     * Analyses and prints each page.
     *
     * @param args page paths; none for the founding page
     * @throws IOException if a page cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<String> names = new ArrayList<>(List.of(args));
        ArticleAnalyzer analyzer = ArticleAnalyzer.create();
        if (names.isEmpty()) {
            try (InputStream in = Demo.class.getResourceAsStream(FOUNDING_PAGE)) {
                if (in == null) {
                    throw new IllegalStateException("no founding page at " + FOUNDING_PAGE);
                }
                print(FOUNDING_PAGE, analyzer.analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        for (String name : names) {
            print(name, analyzer.analyze(Files.readString(Path.of(name))));
        }
    }

    private static void print(String name, ArticleSummary summary) {
        System.out.println("== " + name);
        System.out.println(summary);
        for (Entity e : summary.entities()) {
            System.out.println("  " + e);
        }
        for (DateMention d : summary.dates()) {
            System.out.printf("  DATE %-16s → %s (%s)%n", d.text(), d.value().orElse("unresolved"), d.part());
        }
    }
}

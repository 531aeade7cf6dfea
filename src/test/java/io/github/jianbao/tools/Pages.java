package io.github.jianbao.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Helpers the evaluation tools share: the article pages of a folder, and the median of timed rounds.
 */
final class Pages {
    private Pages() {
    }

    /** {@return the {@code .md} and {@code .html} pages under {@code folder}, sorted, without {@code SOURCE.md}} */
    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Pages::isPage).sorted().toList();
        }
    }

    /** {@return the text of every page under {@code folder}, in {@link #list(Path)} order} */
    static List<String> read(Path folder) throws IOException {
        List<String> pages = new ArrayList<>();
        for (Path page : list(folder)) {
            pages.add(Files.readString(page));
        }
        return pages;
    }

    /** {@return the median of timed rounds} */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static boolean isPage(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".md") || name.endsWith(".html")) && !name.equals("SOURCE.md");
    }
}

package io.github.jianbao.tools;

import io.github.jianbao.ArticleFormat;
import io.github.jianbao.stage.CleanText;
import io.github.jianbao.stage.MarkupCleaner;
import io.github.jianbao.stage.RawArticle;
import io.github.jianbao.testing.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the extraction stage against hand-checked gold fields: title, outlet, date and address exact, body bounds
 * found, boilerplate leaked, and the cleaning time (CPU) of every page of a whole corpus folder.
 *
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.ExtractionEvaluation \
 *     -Dexec.classpathScope=test -Dexec.args="/work/shared/corpus/articles /work/shared/corpus/gold"
 * }</pre>
 *
 * <p>{@link #score(CleanText, Gold)} is the reusable part: it judges one page and knows nothing about files.
 */
public final class ExtractionEvaluation {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");

    private ExtractionEvaluation() {
    }

    /**
     * The gold fields of one page.
     *
     * @param file              the page's file name as the gold gives it, relative to the corpus
     * @param title             the title as on the page
     * @param source            the outlet
     * @param published         the publication date
     * @param url               the original address, if the gold has one
     * @param firstSentence     the body's first sentence
     * @param lastSentence      the body's last sentence
     * @param boilerplateAbsent strings that must not be in the body
     */
    public record Gold(String file, String title, String source, LocalDate published, Optional<String> url,
                       String firstSentence, String lastSentence, List<String> boilerplateAbsent) {
        /** Checks for nulls and copies the list. */
        public Gold {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(firstSentence, "firstSentence");
            Objects.requireNonNull(lastSentence, "lastSentence");
            boilerplateAbsent = List.copyOf(boilerplateAbsent);
        }

        /** {@return the gold fields of a gold JSON object} */
        public static Gold of(Map<String, Object> json) {
            return new Gold(required(json, "file"), required(json, "title"), required(json, "source"),
                    LocalDate.parse(required(json, "published")), Json.string(json, "url"),
                    required(json, "body_first_sentence"), required(json, "body_last_sentence"),
                    Json.strings(json, "boilerplate_absent"));
        }

        private static String required(Map<String, Object> json, String key) {
            return Json.string(json, key).orElseThrow(() -> new IllegalArgumentException(
                    "gold has no " + key + ": " + json.get("file")));
        }
    }

    /**
     * How one page fared.
     *
     * @param title     whether the title is exact
     * @param source    whether the outlet is exact
     * @param published whether the date is exact
     * @param url       whether the address is exact; empty when the gold has none
     * @param first     whether the body starts with the gold first sentence
     * @param last      whether the body ends with the gold last sentence
     * @param leaks     the gold's boilerplate strings found in the body
     * @param failures  a readable line per miss: field, expected, actual
     */
    public record Score(boolean title, boolean source, boolean published, Optional<Boolean> url, boolean first,
                        boolean last, List<String> leaks, List<String> failures) {
        /** Copies the lists. */
        public Score {
            Objects.requireNonNull(url, "url");
            leaks = List.copyOf(leaks);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Judges one cleaned page against its gold. Body sentences are compared with tags and all white space removed,
     * as the gold notes ask.
     *
     * @return the score, with a failure line for each miss
     */
    public static Score score(CleanText clean, Gold gold) {
        List<String> failures = new ArrayList<>();
        boolean title = check(failures, "title", gold.title(), clean.title());
        boolean source = check(failures, "source", gold.source(), clean.source());
        boolean published = check(failures, "published", gold.published(), clean.publishedDate());
        Optional<Boolean> url = gold.url().map(u -> check(failures, "url", u, clean.url()));
        String body = squeeze(clean.text());
        boolean first = body.startsWith(squeeze(gold.firstSentence()));
        boolean last = body.endsWith(squeeze(gold.lastSentence()));
        if (!first) {
            failures.add("first: expected " + gold.firstSentence() + "\n        but body starts "
                    + clip(body, true));
        }
        if (!last) {
            failures.add("last: expected " + gold.lastSentence() + "\n        but body ends "
                    + clip(body, false));
        }
        List<String> leaks = gold.boilerplateAbsent().stream().filter(clean.text()::contains).toList();
        if (!leaks.isEmpty()) {
            failures.add("leaks: " + leaks);
        }
        return new Score(title, source, published, url, first, last, leaks, failures);
    }

    private static <T> boolean check(List<String> failures, String field, T expected, Optional<T> actual) {
        boolean ok = actual.filter(expected::equals).isPresent();
        if (!ok) {
            failures.add(field + ": expected " + expected + ", got " + actual.map(String::valueOf).orElse("(none)"));
        }
        return ok;
    }

    private static String squeeze(String text) {
        return SPACE.matcher(TAG.matcher(text).replaceAll("")).replaceAll("");
    }

    private static String clip(String text, boolean head) {
        int n = Math.min(80, text.length());
        return head ? text.substring(0, n) + "…" : "…" + text.substring(text.length() - n);
    }

    /** {@return the format a corpus file's name implies} */
    public static ArticleFormat formatOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return ArticleFormat.HTML;
        }
        return name.endsWith(".md") ? ArticleFormat.MARKDOWN : ArticleFormat.PLAIN_TEXT;
    }

    /**
     * Runs the evaluation and prints it.
     *
     * @param args the articles folder and the gold folder
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExtractionEvaluation <articles folder> <gold folder>");
            System.exit(2);
        }
        Path articles = Path.of(args[0]);
        Path goldFolder = Path.of(args[1]);
        MarkupCleaner cleaner = new MarkupCleaner();

        List<Path> pages;
        try (Stream<Path> files = Files.list(articles)) {
            pages = files.filter(p -> !p.getFileName().toString().endsWith("SOURCE.md")).sorted().toList();
        }
        // Two passes: the first call of a fresh JVM pays for class loading and the regex and HTML parser warm-up,
        // so the cold figure is reported apart from the steady one that a shared analyzer sees.
        List<String> errors = new ArrayList<>();
        Timing cold = time(cleaner, pages, errors);
        Timing warm = time(cleaner, pages, new ArrayList<>());

        List<Path> golds;
        try (Stream<Path> files = Files.list(goldFolder)) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int n = 0;
        int title = 0;
        int source = 0;
        int published = 0;
        int urls = 0;
        int urlHits = 0;
        int first = 0;
        int last = 0;
        int leaks = 0;
        StringBuilder failures = new StringBuilder();
        for (Path goldFile : golds) {
            Gold gold = Gold.of(Json.object(Files.readString(goldFile, StandardCharsets.UTF_8)));
            Path page = locate(gold.file(), articles, goldFolder);
            n++;
            Score score;
            try {
                score = score(clean(cleaner, page), gold);
            } catch (RuntimeException e) {
                failures.append(gold.file()).append("\n    exception: ").append(e).append('\n');
                continue;
            }
            title += score.title() ? 1 : 0;
            source += score.source() ? 1 : 0;
            published += score.published() ? 1 : 0;
            urls += score.url().isPresent() ? 1 : 0;
            urlHits += score.url().orElse(false) ? 1 : 0;
            first += score.first() ? 1 : 0;
            last += score.last() ? 1 : 0;
            leaks += score.leaks().size();
            if (!score.failures().isEmpty()) {
                failures.append(gold.file()).append('\n');
                score.failures().forEach(f -> failures.append("    ").append(f).append('\n'));
            }
        }
        System.out.printf("gold pages        %d%n", n);
        System.out.printf("title exact       %s%n", ratio(title, n));
        System.out.printf("source exact      %s%n", ratio(source, n));
        System.out.printf("published exact   %s%n", ratio(published, n));
        System.out.printf("url exact         %s%n", ratio(urlHits, urls));
        System.out.printf("body first found  %s%n", ratio(first, n));
        System.out.printf("body last found   %s%n", ratio(last, n));
        System.out.printf("boilerplate leaks %d%n", leaks);
        System.out.printf("pages cleaned     %d, exceptions %d%n", pages.size(), errors.size());
        // CPU time of the cleaning thread: wall time on a shared machine mostly measures the other processes.
        System.out.printf("cleaning time     %d pages in %d ms CPU (%d ms wall), second pass; slowest %s in %d ms"
                        + " CPU%n",
                pages.size(), warm.totalCpuMillis(), warm.totalWallMillis(), warm.page(), warm.cpuMillis());
        System.out.printf("first pass        slowest %s in %d ms CPU (cold JVM: class loading and JIT)%n",
                cold.page(), cold.cpuMillis());
        errors.forEach(e -> System.out.println("  exception " + e));
        if (failures.length() > 0) {
            System.out.println("failures:");
            System.out.print(failures);
        }
    }

    private record Timing(String page, long cpuMillis, long totalCpuMillis, long totalWallMillis) {
    }

    private static Timing time(MarkupCleaner cleaner, List<Path> pages, List<String> errors) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> contents = new ArrayList<>();
        for (Path page : pages) {
            contents.add(read(page));
        }
        String slowest = "";
        long slowestNanos = -1;
        long totalCpu = 0;
        long wallStart = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            long start = threads.getCurrentThreadCpuTime();
            try {
                cleaner.apply(new RawArticle(contents.get(i), formatOf(page), Optional.empty()));
            } catch (RuntimeException e) {
                errors.add(page.getFileName() + ": " + e);
            }
            long nanos = threads.getCurrentThreadCpuTime() - start;
            totalCpu += nanos;
            if (nanos > slowestNanos) {
                slowestNanos = nanos;
                slowest = page.getFileName().toString();
            }
        }
        return new Timing(slowest, slowestNanos / 1_000_000, totalCpu / 1_000_000,
                (System.nanoTime() - wallStart) / 1_000_000);
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CleanText clean(MarkupCleaner cleaner, Path page) {
        return cleaner.apply(new RawArticle(read(page), formatOf(page), Optional.empty()));
    }

    /** The seed's gold names {@code seed/…}: a path relative to the corpus, the folder above articles and gold. */
    private static Path locate(String file, Path articles, Path goldFolder) {
        return Stream.of(articles.resolve(file), articles.toAbsolutePath().getParent().resolve(file),
                        goldFolder.toAbsolutePath().getParent().resolve(file))
                .filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no page for gold file " + file));
    }

    private static String ratio(int hits, int total) {
        return String.format("%d/%d (%.0f%%)", hits, total, total == 0 ? 100.0 : 100.0 * hits / total);
    }
}

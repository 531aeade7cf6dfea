package io.github.jianbao.tools;

import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.ArticleFormat;
import io.github.jianbao.ArticleSummary;
import io.github.jianbao.Entity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Prints one digest per page of everything the analysis returns (every record component in full), page and plain
 * text both, so that a change meant only for speed can be checked to leave every result as it was: run it before and
 * after and diff the output. Run as {@code mvn -q test-compile exec:java
 * -Dexec.mainClass=io.github.jianbao.tools.Fingerprint -Dexec.args="../shared/corpus/articles testdata"}.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    /**
     * Prints the digests of the pages under each folder.
     *
     * @param args the folders
     * @throws IOException if a page cannot be read
     */
    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        ArticleAnalyzer analyzer = ArticleAnalyzer.create();
        for (String folder : args) {
            for (Path page : Pages.list(Path.of(folder))) {
                String markup = Files.readString(page);
                ArticleSummary summary = analyzer.analyze(markup);
                ArticleSummary plain = analyzer.analyze(summary.text(), ArticleFormat.PLAIN_TEXT);
                System.out.printf("%s %s %s%n", digest(summary), digest(plain), page);
            }
        }
    }

    private static String digest(ArticleSummary s) throws NoSuchAlgorithmException {
        List<Object> parts = List.of(s.title(), s.source(), s.url(), s.publishedDate(), s.dateline(), s.captions(),
                s.text(), s.sentences(), s.tokens(), s.entities().stream().map(Fingerprint::full).toList(), s.dates(),
                s.keywords(), s.sourceTags(), s.keySentences());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Object part : parts) {
            sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /** An entity's own {@code toString} leaves out the mention offsets and rounds the salience. */
    private static String full(Entity e) {
        return List.of(e.type(), e.name(), e.mentions(), e.salience(), e.kind(), e.division(), e.country()).toString();
    }
}

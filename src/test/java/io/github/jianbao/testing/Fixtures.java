package io.github.jianbao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads test fixtures from {@code testdata/} on the test classpath.
 */
public final class Fixtures {
    /**
     * The article pages of {@code testdata/articles/} that carry an {@code .expected.json}: one per layout family of
     * the shared corpus.
     */
    public static final List<String> LAYOUT_PAGES = List.of("voachinese-4560772.md", "secretchina-946075.md",
            "soundofhope-428878.md", "bbc-goose3-test_bbc_chinese.html", "caixin-2018-10-15-Lawyer-Sun-Shihua.md",
            "paopao-20141125-greatfire.md", "dw-1046207.md");

    /** The founding page, whose expected fields the foundation issue lists. */
    public static final String FOUNDING_PAGE = "secretchina-934423.md";

    private Fixtures() {
    }

    /**
     * {@return the UTF-8 text of {@code testdata/<name>}}
     *
     * @throws IllegalArgumentException if there is no such fixture
     */
    public static String read(String name) {
        String path = "/testdata/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test fixture at testdata/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test fixture testdata/" + name, e);
        }
    }
}

package io.github.jianbao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads test pages from the classpath, where the pom puts the top-level {@code testdata/} folder.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * {@return the UTF-8 text of {@code testdata/<name>}}
     *
     * @throws IllegalArgumentException if there is no such fixture
     */
    public static String read(String name) {
        String path = "testdata/" + name;
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test fixture at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test fixture " + path, e);
        }
    }
}

package io.github.jianbao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads test fixtures from {@code testdata/} on the test classpath.
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

package io.github.jianbao.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the library's own classpath resources.
 */
public final class Resources {
    private Resources() {
    }

    /**
     * {@return the lines of the UTF-8 resource {@code name} beside this package's root, without comments and blanks}
     *
     * @throws IllegalStateException if the resource is missing or unreadable
     */
    public static List<String> lines(String name) {
        String path = "/io/github/jianbao/" + name;
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            Checks.state(in != null, "bundled resource missing from the classpath: %s", path);
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }
}

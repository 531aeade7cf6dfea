package io.github.jianbao.internal.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Reading and writing the gzipped binary files of the bundled models. */
final class ModelStreams {
    private static final int BUFFER = 1 << 16;

    private ModelStreams() {
    }

    /** What reads or writes a model's fields. */
    @FunctionalInterface
    interface Body<S, T> {
        T apply(S stream) throws IOException;
    }

    /**
     * {@return what {@code body} reads from the gzipped stream, which is closed after}
     *
     * @throws UncheckedIOException naming {@code what} if the stream cannot be read
     */
    static <T> T read(InputStream in, String what, Body<DataInputStream, T> body) {
        try (DataInputStream data = new DataInputStream(
                new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER))) {
            return body.apply(data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what, e);
        }
    }

    /**
     * Writes what {@code body} writes, gzipped, and flushes {@code out} without closing it.
     *
     * @throws UncheckedIOException naming {@code what} if the stream cannot be written
     */
    static void write(OutputStream out, String what, Body<DataOutputStream, ?> body) {
        try {
            GZIPOutputStream gzip = new GZIPOutputStream(out, BUFFER);
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, BUFFER));
            body.apply(data);
            data.flush();
            gzip.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what, e);
        }
    }
}

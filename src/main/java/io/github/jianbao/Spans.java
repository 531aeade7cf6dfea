package io.github.jianbao;

import io.github.jianbao.internal.Checks;

/** Shared validation of the offset components of the result records. */
final class Spans {
    private Spans() {
    }

    static void check(String text, int start, int end) {
        // Checked for every token: the message is built, and the offsets boxed, only on failure.
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0: " + start);
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException(String.format(
                    "end - start must equal the text length: start=%d, end=%d, text=%s", start, end,
                    Checks.quote(text)));
        }
    }
}

package io.github.jianbao;

import io.github.jianbao.internal.Checks;

/** Shared validation of the offset components of the result records. */
final class Spans {
    private Spans() {
    }

    static void check(String text, int start, int end) {
        Checks.argument(start >= 0, "start must be >= 0: %d", start);
        if (end - start != text.length()) {  // checked for every token: the message is built only on failure
            throw new IllegalArgumentException(String.format(
                    "end - start must equal the text length: start=%d, end=%d, text=%s", start, end, Checks.quote(text)));
        }
    }
}

package io.github.jianbao.internal.ner;

import io.github.jianbao.Token;
import java.util.ArrayList;
import java.util.List;

/** Segmented text for the tests of this package: the words one after the other, each tagged {@code n}. */
final class TestWords {
    private TestWords() {
    }

    static List<Token> of(String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            tokens.add(new Token(w, "n", at, at + w.length()));
            at += w.length();
        }
        return tokens;
    }
}

package io.github.jianbao.internal.ner;

import io.github.jianbao.Token;
import java.util.List;

/** Where the words of a text start and end, for the rules of this package that add names at word bounds. */
final class TokenBounds {
    private final List<Token> tokens;
    private final boolean[] starts;
    private final boolean[] ends;

    /**
     * @param text   the text
     * @param tokens its words, offsets in chars of {@code text}; words past its end are ignored
     */
    TokenBounds(String text, List<Token> tokens) {
        this.tokens = tokens;
        starts = new boolean[text.length() + 1];
        ends = new boolean[text.length() + 1];
        for (Token t : tokens) {
            if (t.end() <= text.length()) {
                starts[t.start()] = true;
                ends[t.end()] = true;
            }
        }
    }

    boolean startsAt(int offset) {
        return starts[offset];
    }

    boolean endsAt(int offset) {
        return ends[offset];
    }

    /** {@return whether {@code [start, end)} is one word} */
    boolean isWord(int start, int end) {
        return starts[start] && ends[end] && within(start, end).size() == 1;
    }

    /** {@return the words that lie within {@code [start, end)}} */
    List<Token> within(int start, int end) {
        return tokens.stream().filter(t -> t.start() >= start && t.end() <= end).toList();
    }
}

package io.github.jianbao.tools;

import java.util.ArrayList;
import java.util.List;

/** Reads a line of People's Daily 1998 ({@code word/POS} tokens, {@code [compounds]nt} in brackets) as its words. */
final class PkuWords {
    private PkuWords() {
    }

    /** {@return the words of the line, without tags and compound brackets} */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String token : line.strip().split("\\s+")) {
            String word = token.replaceFirst("^\\[", "").replaceFirst("/[A-Za-z]+(\\][a-z]+)?$", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}

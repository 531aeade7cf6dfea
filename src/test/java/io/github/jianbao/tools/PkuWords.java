package io.github.jianbao.tools;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** {@return each word's span, start in the high half and end in the low half of a long} */
    static Set<Long> spans(List<String> words) {
        Set<Long> spans = new HashSet<>();
        long offset = 0;
        for (String word : words) {
            spans.add(offset << 32 | (offset + word.length()));
            offset += word.length();
        }
        return spans;
    }
}

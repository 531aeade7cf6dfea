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

    /** Word-span precision, recall and F1 of a segmentation against the gold one, line after line. */
    static final class Score {
        private long gold;
        private long found;
        private long correct;

        /** Adds one line: its gold words and the words found, which join to the same text. */
        void add(List<String> goldWords, List<String> foundWords) {
            Set<Long> goldSpans = spans(goldWords);
            Set<Long> foundSpans = spans(foundWords);
            gold += goldSpans.size();
            found += foundSpans.size();
            foundSpans.retainAll(goldSpans);
            correct += foundSpans.size();
        }

        @Override
        public String toString() {
            double p = 100.0 * correct / found;
            double r = 100.0 * correct / gold;
            return String.format("gold %d, found %d, correct %d; P %.2f R %.2f F1 %.2f", gold, found, correct, p, r,
                    2 * p * r / (p + r));
        }
    }
}

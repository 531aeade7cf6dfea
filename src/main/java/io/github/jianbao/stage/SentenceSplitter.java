package io.github.jianbao.stage;

import io.github.jianbao.Sentence;
import io.github.jianbao.internal.Checks;
import io.github.jianbao.internal.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits body text into sentences at Chinese and Latin sentence ends and at line breaks.
 *
 * <p>Needs: non-blank text. Guarantees: sentences in text order, none empty or blank, each trimmed of white space and
 * with its offsets; closing quotes and brackets stay with the sentence they close (“……。” is one sentence).
 * Stateless and thread-safe.
 */
public final class SentenceSplitter implements Stage<String, List<Sentence>> {
    private static final String ENDS = "。！？!?；;…";
    private static final String CLOSERS = "”’」』）)》】\"'";

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the text is blank
     */
    @Override
    public List<Sentence> apply(String text) {
        Checks.notBlank(text, "text");
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, sentences);
                start = ++i;
            } else if (ENDS.indexOf(c) >= 0 && !isInsideWord(text, i)) {
                i++;
                while (i < text.length()
                        && (ENDS.indexOf(text.charAt(i)) >= 0 || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                add(text, start, i, sentences);
                start = i;
            } else {
                i++;
            }
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    /** A Latin '?' or '!' inside a word or URL is not a sentence end; full-width marks always are. */
    private static boolean isInsideWord(String text, int i) {
        char c = text.charAt(i);
        return (c == '?' || c == '!' || c == ';') && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1)) && !Character.isIdeographic(text.charAt(i + 1));
    }

    private static void add(String text, int from, int to, List<Sentence> sentences) {
        int start = from;
        int end = to;
        while (start < end && Texts.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Texts.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(text.substring(start, end), start, end));
        }
    }
}

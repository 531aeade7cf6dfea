package io.github.jianbao.stage;

import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A part of the article with its words.
 *
 * @param part   which part it is
 * @param text   its text as written
 * @param view   the text in simplified script, of the same length, so that offsets map one to one; equal to
 *               {@code text} when the text is simplified already
 * @param tokens its words as HanLP's dictionaries give them, in order, offsets into {@code text}: what the entity
 *               and keyword stages read
 * @param words  its words by the Peking University standard, in order, offsets into {@code text}: what the summary
 *               returns
 */
public record TaggedText(TextPart part, String text, String view, List<Token> tokens, List<Token> words) {
    /**
     * Copies the tokens and checks the view.
     *
     * @throws IllegalArgumentException if the view's length differs from the text's
     */
    public TaggedText {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(view, "view");
        Checks.argument(view.length() == text.length(), "view must be as long as text: %d != %d", view.length(),
                text.length());
        tokens = List.copyOf(tokens);
        words = List.copyOf(words);
    }
}

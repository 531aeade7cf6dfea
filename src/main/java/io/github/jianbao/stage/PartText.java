package io.github.jianbao.stage;

import io.github.jianbao.TextPart;
import java.util.Objects;

/**
 * One part of an article to analyse: the body, the title, the dateline or the captions.
 *
 * @param part which part it is
 * @param text its text; offsets of everything found in it index this string
 */
public record PartText(TextPart part, String text) {
    /** Checks for nulls. */
    public PartText {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
    }
}

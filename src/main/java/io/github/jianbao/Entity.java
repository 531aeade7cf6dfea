package io.github.jianbao;

import io.github.jianbao.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A named entity of the article with all its mentions.
 *
 * @param type     what kind of entity it is
 * @param name     the canonical name; mentions may be written differently (杭州 for 杭州市)
 * @param mentions every mention, in article order, at least one
 * @param salience how central the entity is to the article, in [0, 1]: frequency, position, title and captions
 */
public record Entity(EntityType type, String name, List<Mention> mentions, double salience) {
    /**
     * Copies the mentions and checks the values.
     *
     * @throws IllegalArgumentException if the name is blank, there is no mention or the salience is outside [0, 1]
     */
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Checks.argument(!name.isBlank(), "name must not be blank: %s", Checks.quote(name));
        mentions = List.copyOf(mentions);
        Checks.argument(!mentions.isEmpty(), "mentions must not be empty: %s", name);
        Checks.argument(salience >= 0 && salience <= 1, "salience must be in [0, 1]: %s", salience);
    }
}

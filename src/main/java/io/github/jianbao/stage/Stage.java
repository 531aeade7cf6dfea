package io.github.jianbao.stage;

/**
 * One step of article analysis. Implementations are stateless and thread-safe, never return null, and reject
 * input they cannot handle with an IllegalArgumentException.
 *
 * @param <I> what the stage reads
 * @param <O> what it produces
 */
@FunctionalInterface
public interface Stage<I, O> {
    /** {@return the stage's output for {@code input}} */
    O apply(I input);
}

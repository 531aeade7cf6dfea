package io.github.jianbao.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A bundled resource loaded once, in a holder class's static initializer, or the failure to load it. The failure is
 * kept rather than thrown from the initializer, so every call fails with the same message instead of the first with
 * {@code ExceptionInInitializerError} and later ones with {@code NoClassDefFoundError}.
 *
 * @param <T> what was loaded
 */
public final class Loaded<T> {
    private final @Nullable T value;
    private final @Nullable RuntimeException failure;

    private Loaded(@Nullable T value, @Nullable RuntimeException failure) {
        this.value = value;
        this.failure = failure;
    }

    /** {@return what {@code loader} loads, or its failure} */
    public static <T> Loaded<T> attempt(Supplier<T> loader) {
        try {
            return new Loaded<>(loader.get(), null);
        } catch (RuntimeException e) {
            return new Loaded<>(null, e);
        }
    }

    /**
     * {@return what was loaded}
     *
     * @param what names the resource in the exception's message
     * @throws IllegalStateException if loading failed, with the failure as its cause
     */
    public T get(String what) {
        if (value == null) {
            throw new IllegalStateException("Unable to load " + what, failure);
        }
        return value;
    }
}

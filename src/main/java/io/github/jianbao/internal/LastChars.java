package io.github.jianbao.internal;

import java.util.Collection;

/**
 * The last characters of a set of names, as one bit per UTF-16 code unit, so that a string that cannot be one of
 * the names is told apart without hashing it. Built once, then only read: thread-safe.
 */
final class LastChars {
    private final long[] bits = new long[1 << 10];

    /** Collects the last characters of every name in {@code names}. */
    @SafeVarargs
    LastChars(Collection<String>... names) {
        for (Collection<String> each : names) {
            for (String name : each) {
                if (!name.isEmpty()) {
                    char c = name.charAt(name.length() - 1);
                    bits[c >>> 6] |= 1L << c;
                }
            }
        }
    }

    /** {@return whether {@code s} may be one of the names: false only if it is not empty and ends otherwise} */
    boolean mayEnd(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(s.length() - 1);
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}

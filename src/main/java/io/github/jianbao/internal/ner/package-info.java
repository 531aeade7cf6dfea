/**
 * Not part of the public API; may change without notice. Character-level models: the named-entity tagger for
 * persons, places and organisations, and the word boundaries of the Peking University standard.
 */
@NullMarked
package io.github.jianbao.internal.ner;

import org.jspecify.annotations.NullMarked;

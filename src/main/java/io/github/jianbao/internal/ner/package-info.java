/**
 * Not part of the public API; may change without notice. A character-level named-entity tagger for persons,
 * places and organisations.
 */
@NullMarked
package io.github.jianbao.internal.ner;

import org.jspecify.annotations.NullMarked;

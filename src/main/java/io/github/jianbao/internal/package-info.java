/**
 * Not part of the public API; may change without notice. Validation, text helpers and the HanLP adapter.
 */
@NullMarked
package io.github.jianbao.internal;

import org.jspecify.annotations.NullMarked;

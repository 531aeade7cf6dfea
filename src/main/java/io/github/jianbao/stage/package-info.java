/**
 * Not part of the public API; may change without notice. The analysis stages and their intermediate records.
 */
@NullMarked
package io.github.jianbao.stage;

import org.jspecify.annotations.NullMarked;

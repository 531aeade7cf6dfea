/**
 * Jianbao reads one Chinese news article and returns a structured, immutable {@link io.github.jianbao.ArticleSummary}.
 */
@NullMarked
package io.github.jianbao;

import org.jspecify.annotations.NullMarked;

package io.github.jianbao.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.ArticleFormat;
import io.github.jianbao.ArticleSummary;
import io.github.jianbao.testing.Fixtures;
import io.github.jianbao.testing.Json;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every layout family, analysed end to end through the public API with its format detected (#2, #3).
 */
class LayoutPagesIT {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    @ParameterizedTest
    @FieldSource("io.github.jianbao.testing.Fixtures#LAYOUT_PAGES")
    void analysesEachLayoutWithTheRightTitleAndACleanBody(String page) {
        String markup = Fixtures.read("articles/" + page);
        Map<String, Object> expected = Json.object(
                Fixtures.read("articles/" + page.substring(0, page.lastIndexOf('.')) + ".expected.json"));

        assertThat(ArticleFormat.detect(markup))
                .isEqualTo(ArticleFormat.valueOf(Json.string(expected, "format").orElseThrow()));
        ArticleSummary summary = ANALYZER.analyze(markup);

        assertThat(summary.title()).isEqualTo(Json.string(expected, "title"));
        assertThat(summary.publishedDate()).isEqualTo(Json.string(expected, "published").map(LocalDate::parse));
        Json.string(expected, "source").ifPresent(s -> assertThat(summary.source()).contains(s));
        Json.string(expected, "body_starts").ifPresent(s -> assertThat(summary.text()).startsWith(s));
        Json.string(expected, "body_ends").ifPresent(s -> assertThat(summary.text()).endsWith(s));
        Json.strings(expected, "absent").forEach(s -> assertThat(summary.text()).doesNotContain(s));
        assertThat(summary.text()).doesNotContain("<", "&nbsp;", "](");
        assertThat(summary.sentences()).isNotEmpty().allSatisfy(s ->
                assertThat(summary.text().substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(summary.keySentences()).isNotEmpty().allSatisfy(s -> assertThat(summary.text()).contains(s));
        assertThat(summary.keywords()).isNotEmpty();
    }
}

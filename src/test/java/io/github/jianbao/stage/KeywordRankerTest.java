package io.github.jianbao.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianbao.Keyword;
import io.github.jianbao.TextPart;
import io.github.jianbao.internal.Lexicon;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordRankerTest {
    private final Segmenter segmenter = new Segmenter(new Lexicon(List.of(), Set.of()));

    private List<Keyword> rank(KeywordRanker ranker, String body, String title, List<String> tags) {
        return ranker.apply(new KeywordRanker.Input(segmenter.apply(new PartText(TextPart.BODY, body)),
                segmenter.apply(new PartText(TextPart.TITLE, title)), tags));
    }

    private static final String BODY = "当局大力推广“健康码”，健康码记载着当事人的疾病纪录。\n"
            + "杭州推动健康码常态化，有民众担忧侵犯个人隐私。\n医疗数据是绝对的隐私，健康码不应拿来评比。";

    @Test
    void findsQuotedTermsAsOneConceptWithoutTheirPieces() {
        List<String> terms = rank(new KeywordRanker(10, Set.of()), BODY, "杭州推“常态健康码”", List.of())
                .stream().map(Keyword::term).toList();
        assertThat(terms).contains("健康码", "隐私").doesNotContain("健康", "码");
    }

    @Test
    void scoresLieInUnitRangeBestFirst() {
        List<Keyword> keywords = rank(new KeywordRanker(10, Set.of()), BODY, "", List.of());
        assertThat(keywords.get(0).score()).isEqualTo(1.0);
        assertThat(keywords).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()))
                .allSatisfy(k -> assertThat(k.score()).isBetween(0.0, 1.0));
    }

    @Test
    void neverReturnsNewsroomWordsNumbersOrUrlPieces() {
        String body = "记者报道，https://example.com/a.html 表示 2020 年 nbsp 健康码推广。健康码引发担忧。";
        assertThat(rank(new KeywordRanker(10, Set.of()), body, "", List.of())).extracting(Keyword::term)
                .doesNotContain("记者", "报道", "表示", "https", "html", "2020", "nbsp", "example");
    }

    @Test
    void honoursTheLimitAndTheAnalyzersStopWords() {
        assertThat(rank(new KeywordRanker(2, Set.of("隐私")), BODY, "", List.of())).hasSizeLessThanOrEqualTo(2)
                .extracting(Keyword::term).doesNotContain("隐私");
        assertThatThrownBy(() -> new KeywordRanker(0, Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 100: 0");
    }
}

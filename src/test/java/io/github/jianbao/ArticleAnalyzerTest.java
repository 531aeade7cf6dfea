package io.github.jianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    @Test
    void rejectsNullArgumentsByName() {
        assertThatThrownBy(() -> ANALYZER.analyze(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("article");
        assertThatThrownBy(() -> ANALYZER.analyze("北京下雪。", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("format");
        assertThatThrownBy(() -> ANALYZER.analyze("北京下雪。", ArticleFormat.PLAIN_TEXT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("referenceDate");
    }

    @Test
    void rejectsBlankInput() {
        assertThatThrownBy(() -> ANALYZER.analyze(" \u3000\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("article must not be blank");
    }

    @Test
    void rejectsMarkupWithNoTextLeft() {
        assertThatThrownBy(() -> ANALYZER.analyze("<div class=\"nav\"><a href=\"/\">首页</a></div><script>x()</script>",
                ArticleFormat.HTML))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no text after cleaning").hasMessageContaining("HTML");
    }

    @Test
    void rejectsInputOverTheLimitWithLimitAndLength() {
        ArticleAnalyzer small = ArticleAnalyzer.builder().maxInputLength(10).build();
        assertThatThrownBy(() -> small.analyze("北京今天下雪，明天转晴。"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInputLength=10").hasMessageContaining(": 12");
    }

    @Test
    void plainTextIsAnalysedExactlyAsGiven() {
        String text = "  新华社北京5月26日电 国家卫健委今天表示，\n北京将继续加强防控。 ";
        ArticleSummary summary = ANALYZER.analyze(text, ArticleFormat.PLAIN_TEXT);
        assertThat(summary.text()).isEqualTo(text);
        assertThat(summary.source()).contains("新华社");
        assertThat(summary.publishedDate()).isEmpty();
    }

    @Test
    void resolvesPartialDatesAgainstTheReferenceDateWhenTheArticleHasNone() {
        ArticleSummary summary = ANALYZER.analyze("4月16日，北京下雪。", ArticleFormat.PLAIN_TEXT,
                LocalDate.of(2020, 5, 26));
        assertThat(summary.dates()).extracting(DateMention::text, d -> d.value().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4月16日", "2020-04-16"));
    }

    @Test
    void keepsUnresolvableDatesWithAnEmptyValue() {
        ArticleSummary summary = ANALYZER.analyze("昨天北京下雪。", ArticleFormat.PLAIN_TEXT);
        assertThat(summary.dates()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("昨天");
            assertThat(d.value()).isEmpty();
        });
    }

    @Test
    void aFragmentIsContentNotAnError() {
        ArticleSummary summary = ANALYZER.analyze("<p>杭州市卫健委表示，将推广健康码。</p>");
        assertThat(summary.text()).isEqualTo("杭州市卫健委表示，将推广健康码。");
    }

    @Test
    void analysesAVeryLongArticleWithMixedScriptsWhole() {
        String paragraph = "杭州市卫健委2020年4月16日表示，ＡＢＣ公司与Kevin Frayer在𠮷野家讨论健康码。\u3000";
        String text = (paragraph + "\n").repeat(500);
        ArticleSummary summary = ANALYZER.analyze(text, ArticleFormat.PLAIN_TEXT);
        assertThat(summary.text()).isEqualTo(text);
        assertThat(summary.sentences()).hasSize(500);
        assertThat(summary.dates()).hasSize(500).allSatisfy(d -> assertThat(d.value()).contains("2020-04-16"));
        assertThat(summary.tokens().get(summary.tokens().size() - 1).end()).isLessThanOrEqualTo(text.length());
    }

    @Test
    void malformedMarkupStillGivesItsText() {
        ArticleSummary summary = ANALYZER.analyze("<div><p>北京市气象台表示，今天<b>北京下雪<p>明天全市转晴。</div></span>",
                ArticleFormat.HTML);
        assertThat(summary.text()).contains("北京市气象台表示，今天北京下雪", "明天全市转晴。").doesNotContain("<");
    }

    @Test
    void builderRejectsBadValuesByName() {
        assertThatThrownBy(() -> ArticleAnalyzer.builder().maxKeywords(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxKeywords must be between 1 and 100: 0");
        assertThatThrownBy(() -> ArticleAnalyzer.builder().summarySentences(21))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("summarySentences must be between 1 and 20: 21");
        assertThatThrownBy(() -> ArticleAnalyzer.builder().stopWords(Set.of(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a word of stopWords must not be blank");
        assertThatThrownBy(() -> ArticleAnalyzer.builder().userTerms(Set.of("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a word of userTerms must not be blank");
        assertThatThrownBy(() -> ArticleAnalyzer.builder().maxInputLength(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInputLength must be between 1 and 50000000: 0");
        assertThatThrownBy(() -> ArticleAnalyzer.builder().userTerms(null))
                .isInstanceOf(NullPointerException.class).hasMessage("userTerms");
    }

    @Test
    void toBuilderMakesAVariantAndLeavesTheOriginalAlone() {
        ArticleAnalyzer two = ArticleAnalyzer.builder().summarySentences(2).maxKeywords(4).build();
        ArticleAnalyzer one = two.toBuilder().summarySentences(1).build();
        String text = "杭州市卫健委表示，将对健康码进一步升级并推广到各个社区。健康码上面记载着当事人的疾病纪录和接触史。"
                + "民众需要透过微信或支付宝申请健康码才能出行。专家认为健康码常态化涉及个人隐私。";
        assertThat(one.analyze(text).keySentences()).hasSize(1);
        assertThat(two.analyze(text).keySentences()).hasSize(2);
        assertThat(two.analyze(text).keywords()).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void stopWordsOfOneAnalyzerDoNotReachAnother() {
        String text = "健康码是一种二维条码。杭州推广健康码，健康码记录隐私。";
        ArticleAnalyzer strict = ANALYZER.toBuilder().stopWords(Set.of("健康码")).build();
        assertThat(strict.analyze(text).keywords()).extracting(Keyword::term).doesNotContain("健康码");
        assertThat(ANALYZER.analyze(text).keywords()).extracting(Keyword::term).contains("健康码");
    }

    @Test
    void aStopWordStopsItsTermInEitherScript() {
        String traditional = "當局大力推廣健康碼。健康碼記載著疾病紀錄。杭州推動健康碼常態化。";
        assertThat(ANALYZER.analyze(traditional).keywords()).extracting(Keyword::term).contains("健康碼");
        for (String stopWord : Set.of("健康碼", "健康码")) {
            assertThat(ANALYZER.toBuilder().stopWords(Set.of(stopWord)).build().analyze(traditional).keywords())
                    .extracting(Keyword::term).doesNotContain("健康碼").contains("常態化");
        }
    }

    @Test
    void aUserTermIsAKeywordThoughItOpensWithADegreeAdverb() {
        // #6: 最 opens phrases such as 最重要 that are no terms, but the user named 最美逆行者 a term.
        String text = "武汉的最美逆行者感动全国。最美逆行者奔赴一线。媒体报道了最美逆行者的故事。";
        ArticleAnalyzer withTerm = ANALYZER.toBuilder().userTerms(Set.of("最美逆行者")).build();
        assertThat(withTerm.analyze(text).keywords()).extracting(Keyword::term).startsWith("最美逆行者");
        assertThat(ANALYZER.analyze(text).keywords()).extracting(Keyword::term).doesNotContain("最美逆行者");
    }

    @Test
    void aTermThePageDeclaresAsKeywordOrSetsInBoldIsMarked() {
        // #6: 医疗数据 stands once, which makes no term of two words unless the page marks it.
        String plain = "<html><head><title>健康码</title></head><body><p>杭州推广健康码，健康码记录病历。</p>"
                + "<p>当局拟把医疗数据纳入健康码，健康码将常态化。</p></body></html>";
        String declared = plain.replace("<title>", "<meta name=\"keywords\" content=\"健康码, 医疗数据\"><title>");
        String bold = plain.replace("医疗数据", "<b>医疗数据</b>");

        assertThat(ANALYZER.analyze(plain).keywords()).extracting(Keyword::term).doesNotContain("医疗数据");
        assertThat(ANALYZER.analyze(declared).keywords()).extracting(Keyword::term).contains("医疗数据");
        assertThat(ANALYZER.analyze(bold).keywords()).extracting(Keyword::term).contains("医疗数据");
    }
}

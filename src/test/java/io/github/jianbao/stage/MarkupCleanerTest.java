package io.github.jianbao.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianbao.ArticleFormat;
import io.github.jianbao.testing.Fixtures;
import io.github.jianbao.testing.Json;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class MarkupCleanerTest {
    private final MarkupCleaner cleaner = new MarkupCleaner();

    /**
     * One page per layout family of the shared corpus (#3), each beside its {@code .expected.json}: gfw-breaker 2018
     * and 2020 mirrors (one in traditional script), raw portal HTML, Terminus and NodeBE4 Jekyll posts, a feed capture.
     */
    @ParameterizedTest
    @FieldSource("io.github.jianbao.testing.Fixtures#LAYOUT_PAGES")
    void readsEachLayoutFamily(String page) {
        Map<String, Object> expected = Json.object(
                Fixtures.read("articles/" + page.substring(0, page.lastIndexOf('.')) + ".expected.json"));
        ArticleFormat format = ArticleFormat.valueOf(Json.string(expected, "format").orElseThrow());

        CleanText clean = cleaner.apply(new RawArticle(Fixtures.read("articles/" + page), format, Optional.empty()));

        assertThat(clean.title()).isEqualTo(Json.string(expected, "title"));
        assertThat(clean.publishedDate()).isEqualTo(Json.string(expected, "published").map(LocalDate::parse));
        Json.string(expected, "source").ifPresent(s -> assertThat(clean.source()).contains(s));
        Json.string(expected, "url").ifPresent(u -> assertThat(clean.url()).contains(u));
        Json.string(expected, "dateline").ifPresent(d -> assertThat(clean.dateline()).contains(d));
        Json.string(expected, "body_starts").ifPresent(s -> assertThat(clean.text()).startsWith(s));
        Json.string(expected, "body_ends").ifPresent(s -> assertThat(clean.text()).endsWith(s));
        assertThat(clean.bylines()).containsAll(Json.strings(expected, "bylines"));
        assertThat(clean.captions()).containsAll(Json.strings(expected, "captions"));
        assertThat(clean.sourceTags()).containsAll(Json.strings(expected, "tags"));
        for (String absent : Json.strings(expected, "absent")) {
            assertThat(clean.text()).doesNotContain(absent);
        }
    }

    @Test
    void keepsPlainTextExactlyAndReadsItsDateline() {
        String text = "新华社北京12月9日电（记者唐霁）法国9日再次爆发全国大罢工。\n总理将于11日宣布改革架构。";

        CleanText clean = cleaner.apply(new RawArticle(text, ArticleFormat.PLAIN_TEXT,
                Optional.of(LocalDate.of(2019, 12, 10))));

        assertThat(clean.text()).isEqualTo(text);
        assertThat(clean.source()).contains("新华社");
        assertThat(clean.publishedDate()).contains(LocalDate.of(2019, 12, 9));
        assertThat(clean.bylines()).containsExactly("唐霁");
    }

    @Test
    void readsAFragmentAsPlainContent() {
        CleanText clean = cleaner.apply(new RawArticle("<div><p>今天北京下雪。</p><p>明天转晴！</p></div>",
                ArticleFormat.HTML, Optional.empty()));

        assertThat(clean.text()).isEqualTo("今天北京下雪。\n明天转晴！");
    }

    @Test
    void movesClosingCreditsToBylinesAndDropsEndMarks() {
        String html = "<p>路透上海9月1日 - 中方欢迎欧盟终止措施。</p><p>这将使贸易恢复正常。(完)</p>"
                + "<p>编译 侯雪苹；审校 孙茉莉</p>";

        CleanText clean = cleaner.apply(new RawArticle(html, ArticleFormat.HTML,
                Optional.of(LocalDate.of(2018, 9, 2))));

        assertThat(clean.text()).isEqualTo("中方欢迎欧盟终止措施。\n这将使贸易恢复正常。");
        assertThat(clean.dateline()).contains("路透上海9月1日 -");
        assertThat(clean.publishedDate()).contains(LocalDate.of(2018, 9, 1));
        assertThat(clean.bylines()).contains("侯雪苹");
    }

    @Test
    void takesTheTimestampAndLabelOfAPortalHeader() {
        String html = "<!--http://www.xinhuanet.com/world/2019-12/10/c_1.htm--><html><head>"
                + "<title>法国大罢工影响交通-新华网</title></head><body>"
                + "<div class=h-info><span>2019-12-10 07:57:40</span><span>来源：<em>新华网</em></span></div>"
                + "<div class=main><p>图集</p><p>新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工，交通瘫痪。</p>"
                + "<p>总理将于11日宣布退休制度改革的总体架构。</p><p>+1</p><p>【纠错】责任编辑：尹世杰</p></div></body></html>";

        CleanText clean = cleaner.apply(new RawArticle(html, ArticleFormat.HTML, Optional.empty()));

        assertThat(clean.title()).contains("法国大罢工影响交通");
        assertThat(clean.source()).contains("新华网");
        assertThat(clean.url()).contains("http://www.xinhuanet.com/world/2019-12/10/c_1.htm");
        // The page's own timestamp, which its address confirms, beats the wire dateline filed the day before.
        assertThat(clean.publishedDate()).contains(LocalDate.of(2019, 12, 10));
        assertThat(clean.text()).isEqualTo("法国9日再次爆发全国跨行业大罢工，交通瘫痪。\n总理将于11日宣布退休制度改革的总体架构。");
    }

    @Test
    void keepsTraditionalScriptAsWrittenButNamesTheOutletInSimplified() {
        String md = "### 標題\n\n<p>【希望之聲2020年10月5日】（本台記者斐珍綜合報導）由於中共的一些挑釁行徑，加拿大加入軍演。</p>\n";

        CleanText clean = cleaner.apply(new RawArticle(md, ArticleFormat.MARKDOWN, Optional.empty()));

        assertThat(clean.text()).isEqualTo("由於中共的一些挑釁行徑，加拿大加入軍演。");
        assertThat(clean.source()).contains("希望之声");
        assertThat(clean.bylines()).containsExactly("斐珍");
    }

    @Test
    void readsFullWidthDigitsAndIdeographicSpaceWithoutLosingText() {
        CleanText clean = cleaner.apply(new RawArticle("<p>\u3000\u3000２０２０年是𠮷祥年。</p>", ArticleFormat.HTML,
                Optional.empty()));

        assertThat(clean.text()).isEqualTo("２０２０年是𠮷祥年。");
    }

    @Test
    void readsMalformedMarkup() {
        CleanText clean = cleaner.apply(new RawArticle("<div><p>未闭合的段落。<span>还有文字", ArticleFormat.HTML,
                Optional.empty()));

        assertThat(clean.text()).isEqualTo("未闭合的段落。还有文字");
    }

    @Test
    void rejectsBlankInput() {
        assertThatThrownBy(() -> cleaner.apply(new RawArticle("\u3000 ", ArticleFormat.HTML, Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("article must not be blank");
    }

    @Test
    void rejectsMarkupWithNothingLeft() {
        assertThatThrownBy(() -> cleaner.apply(new RawArticle("<script>x()</script><nav>首页</nav>",
                ArticleFormat.HTML, Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no text after cleaning");
    }
}

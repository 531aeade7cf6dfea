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

        CleanText clean = clean(Fixtures.read("articles/" + page), format);

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
        CleanText clean = clean("<div><p>今天北京下雪。</p><p>明天转晴！</p></div>", ArticleFormat.HTML);

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

        CleanText clean = clean(html, ArticleFormat.HTML);

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

        CleanText clean = clean(md, ArticleFormat.MARKDOWN);

        assertThat(clean.text()).isEqualTo("由於中共的一些挑釁行徑，加拿大加入軍演。");
        assertThat(clean.source()).contains("希望之声");
        assertThat(clean.bylines()).containsExactly("斐珍");
    }

    @Test
    void readsFullWidthDigitsAndIdeographicSpaceWithoutLosingText() {
        CleanText clean = clean("<p>\u3000\u3000２０２０年是𠮷祥年。</p>", ArticleFormat.HTML);

        assertThat(clean.text()).isEqualTo("２０２０年是𠮷祥年。");
    }

    @Test
    void readsMalformedMarkup() {
        CleanText clean = clean("<div><p>未闭合的段落。<span>还有文字", ArticleFormat.HTML);

        assertThat(clean.text()).isEqualTo("未闭合的段落。还有文字");
    }

    @Test
    void rejectsBlankInput() {
        assertThatThrownBy(() -> clean("\u3000 ", ArticleFormat.HTML))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("article must not be blank");
    }

    @Test
    void rejectsMarkupWithNothingLeft() {
        assertThatThrownBy(() -> clean("<script>x()</script><nav>首页</nav>", ArticleFormat.HTML))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no text after cleaning");
    }

    @Test
    void readsTheBylineAboveAYearlessStampAndEndsBeforeTheAuthorsOtherArticles() {
        // #3: a self-media platform page: account name, 发布时间 without a year, the year in a meta tag.
        String html = "<html><head><title>城市公园见闻</title><meta itemprop=dateUpdate content=\"2019-10-08 12:00:57\">"
                + "</head><body><div class=article><h2>城市公园见闻</h2><div class=author><img src=a.jpg>"
                + "<p class=author-name>城南旧事</p><span>发布时间：10-08</span><span>12:00</span></div>"
                + "<p>清晨的公园里，老人们在打太极拳。</p><p>孩子们在草地上放风筝，笑声不断。</p>"
                + "<h2>作者最新文章</h2><h3><a href=/a>另一篇文章的标题</a></h3><span>12-27 18:40</span>"
                + "<a href=/top>返回顶部</a></div></body></html>";

        CleanText clean = clean(html, ArticleFormat.HTML);

        assertThat(clean.source()).contains("城南旧事");
        assertThat(clean.publishedDate()).contains(LocalDate.of(2019, 10, 8));
        assertThat(clean.text()).isEqualTo("清晨的公园里，老人们在打太极拳。\n孩子们在草地上放风筝，笑声不断。");
        assertThat(clean.captions()).doesNotContain("城南旧事");
    }

    @Test
    void readsTheBylineBesideTheStampAndDropsButtonsAndRecommendations() {
        String html = "<div class=article-box><h1>独立游戏体验</h1>"
                + "<div class=article-sub><span>原创</span> <span>游戏观察</span> <span>2019-09-04 22:18:34</span></div>"
                + "<div class=article-content><p>这是一款以纸牌为核心玩法的游戏，融入了冒险元素。</p>"
                + "<p>玩家可以在休闲娱乐的同时逐步成长。</p></div>"
                + "<div><span>收藏</span></div><div><span>举报</span></div><div>相关推荐</div>"
                + "<p><a href=/x>另一款游戏的评测文章</a></p></div>";

        CleanText clean = clean(html, ArticleFormat.HTML);

        assertThat(clean.source()).contains("游戏观察");
        assertThat(clean.publishedDate()).contains(LocalDate.of(2019, 9, 4));
        assertThat(clean.text()).isEqualTo("这是一款以纸牌为核心玩法的游戏，融入了冒险元素。\n玩家可以在休闲娱乐的同时逐步成长。");
    }

    @Test
    void dropsDisclaimersAndTakesTheOutletOfTheClosingCredit() {
        String html = "<h1>儿歌被改编</h1><p>近日，一张截图在朋友圈流传，引发讨论。</p><p>作曲家的女儿表示不赞成。</p>"
                + "<p>（原题为《儿歌被改编引发讨论》）</p><p>江城晚报记者 张楠</p>"
                + "<p>免责声明：本文来自新闻客户端自媒体，不代表网站的观点和立场。</p>"
                + "<h2>网友评论</h2><p>广东深圳网友：说得好。</p>";

        CleanText clean = clean(html, ArticleFormat.HTML);

        assertThat(clean.text()).isEqualTo("近日，一张截图在朋友圈流传，引发讨论。\n作曲家的女儿表示不赞成。");
        assertThat(clean.source()).contains("江城晚报");
        assertThat(clean.bylines()).contains("张楠");
    }

    @Test
    void neverLetsACommentSectionIntoTheText() {
        // #3: a commenter's location is never a place of the article.
        String html = "<div class=content><p>市政府宣布，地铁三号线将于年底通车。</p><p>沿线居民表示期待。</p></div>"
                + "<div class=comment-list><p>来自广东深圳的网友：终于等到了！</p><p>湖北武汉网友：什么时候到我们这里？</p></div>"
                + "<div><h3>全部评论(2)</h3><p>四川成都网友：支持。</p></div>";

        CleanText clean = clean(html, ArticleFormat.HTML);

        assertThat(clean.text()).isEqualTo("市政府宣布，地铁三号线将于年底通车。\n沿线居民表示期待。");
    }

    @Test
    void recordsWhatTheBodySetsInBoldButNotBoldHeadingsOrBoilerplate() {
        String html = "<div class=content><p><b>小粉红</b>表演剪绿卡，却被网友发现<strong>绿卡</strong>是假的。</p>"
                + "<p><strong>中美关系</strong></p><p>网友嘲讽，<em>小粉红</em>的爱国是表演。</p></div>"
                + "<div class=share><p>分享到<b>微信</b>，他们都在看。</p></div>";

        CleanText clean = clean(html, ArticleFormat.HTML);

        // A paragraph set wholly in bold is a heading; a share block is gone with its bold words.
        assertThat(clean.text()).contains("中美关系").doesNotContain("微信");
        assertThat(clean.emphasis()).containsExactly("小粉红", "绿卡");
    }

    @Test
    void readsTheKeywordsThePageDeclaresWhateverTheirSeparators() {
        String html = "<html><head><meta name=\"keywords\" content=\"法国,巴黎, 退休，制度\n\">"
                + "<meta name=\"news_keywords\" content=\"小花 小刚 巴黎\"></head>"
                + "<body><p>法国9日再次爆发全国大罢工，巴黎交通几乎瘫痪。</p></body></html>";
        String markdown = "---\ntitle: 立秋\nkeywords: [立秋, 节气]\n---\n\n立秋是二十四节气之一。\n";

        assertThat(clean(html, ArticleFormat.HTML).pageKeywords()).containsExactly("法国", "巴黎", "退休", "制度", "小花",
                "小刚");
        assertThat(clean(markdown, ArticleFormat.MARKDOWN).pageKeywords()).containsExactly("立秋", "节气");
        assertThat(clean(markdown, ArticleFormat.MARKDOWN).sourceTags()).isEmpty();
    }

    @Test
    void recordsMarkdownBoldAndEmphasisCutByALineBreak() {
        String markdown = "# 立秋\n\n**立秋**是二十四**节气**之一，<b>秋季<br>开始</b>于此。\n";

        CleanText clean = clean(markdown, ArticleFormat.MARKDOWN);

        assertThat(clean.text()).isEqualTo("立秋是二十四节气之一，秋季\n开始于此。");
        assertThat(clean.emphasis()).containsExactly("立秋", "节气", "秋季", "开始");
    }

    @Test
    void readsATableRowAsOneLineWithItsCellsApart() {
        String html = "<p>各省最新确诊病例如下。</p><table><tr><th>省份</th><th>确诊</th></tr>"
                + "<tr><td>\n 艾伯塔省\n</td><td>\n 10,843\n</td></tr><tr><td>西北地区</td><td>5</td></tr></table>";

        CleanText clean = clean(html, ArticleFormat.HTML);

        assertThat(clean.text()).isEqualTo("各省最新确诊病例如下。\n省份 确诊\n艾伯塔省 10,843\n西北地区 5");
    }

    @Test
    void readsABlogPostWhoseHeaderListsRelatedArticles() {
        String html = "<html><head><meta property=\"og:title\" content=\"山中賞楓 (2) @ 藍天的家 :: 痞客邦 ::\">"
                + "</head><body><div class=header><h2>藍天的家</h2><p>部落格全站分類：休閒旅遊</p>"
                + "<h2>相關文章</h2></div><div class=article><span>Dec 28 Sat 2013 00:28</span>"
                + "<h2><a href=/post/1>山中賞楓 (2)</a></h2><p>一波波低溫寒流報到，山巒披上嫣紅的彩衣。</p>"
                + "<p>營區內除了露營，還有民宿與餐飲。</p></div></body></html>";

        CleanText clean = clean(html, ArticleFormat.HTML);

        assertThat(clean.title()).contains("山中賞楓 (2)");
        assertThat(clean.publishedDate()).contains(LocalDate.of(2013, 12, 28));
        assertThat(clean.text()).isEqualTo("一波波低溫寒流報到，山巒披上嫣紅的彩衣。\n營區內除了露營，還有民宿與餐飲。");
    }

    @Test
    void takesTheYearOfAYearlessWireDatelineFromADatedLink() {
        String md = "### 商务部欢迎欧盟终止措施\n------\n\n<p>路透上海9月1日 - 中国商务部周六表示欢迎。</p>"
                + "<p>详见<a href=\"http://www.example.gov.cn/article/201809/20180902781845.shtml\">商务部网站</a>的全文。</p>\n";

        CleanText clean = clean(md, ArticleFormat.MARKDOWN);

        assertThat(clean.publishedDate()).contains(LocalDate.of(2018, 9, 1));
    }

    @Test
    void prefersTheOriginalAddressDateToTheMirrorsFrontMatter() {
        String md = "---\ntitle: 会长请辞\ndate: 2018-08-13 12:00\n---\n\n"
                + "文章来自「财新网」：[会长请辞](http://china.caixin.com/2018-08-15/101315173.html)\n\n"
                + "（本文共528字，订阅后可畅读全文）\n\n（作者：紫君）协会理事会8月15日在北京召开。\n";

        CleanText clean = clean(md, ArticleFormat.MARKDOWN);

        assertThat(clean.publishedDate()).contains(LocalDate.of(2018, 8, 15));
        assertThat(clean.source()).contains("财新网");
        assertThat(clean.text()).isEqualTo("协会理事会8月15日在北京召开。");
        assertThat(clean.bylines()).contains("紫君");
    }

    @Test
    void aSentenceUnderAnImageThatEndsInItsPhotoCreditIsACaption() {
        // #6: a caption written as a sentence, credited after a slash (图/新华), had become the body's first sentence.
        String markdown = "![hospital.jpg](https://example.com/a.jpg)\n"
                + "<center>2020年1月24日，医护人员在医院重症隔离病房内忙碌。图/新华</center>\n\n"
                + "2019年12月31日，一则传闻扰乱了国人正准备跨年的喜悦心情。\n\n文件紧急通知市场陆续出现不明原因肺炎。";

        CleanText clean = clean(markdown, ArticleFormat.MARKDOWN);

        assertThat(clean.captions()).containsExactly("2020年1月24日，医护人员在医院重症隔离病房内忙碌。图/新华");
        assertThat(clean.text()).startsWith("2019年12月31日");
    }

    @Test
    void keepsADeckAboveTheDatelineButNotTheCaptionBetweenThem() {
        String markdown = "> 委托人被传唤超过24小时，目前已监视居住。\n\n![](https://example.com/a.jpg)\n\n"
                + "*10月15日，律师透露委托人于10月14日下午被派出所带走。图/视觉中国*\n\n"
                + "【财新网】（记者 崔先康）备受关注的女律师受辱案仍在发酵。律师的委托人已经回家。";

        CleanText clean = clean(markdown, ArticleFormat.MARKDOWN);

        assertThat(clean.text()).isEqualTo("委托人被传唤超过24小时，目前已监视居住。\n备受关注的女律师受辱案仍在发酵。律师的委托人已经回家。");
        assertThat(clean.dateline()).hasValueSatisfying(d -> assertThat(d).startsWith("【财新网】"));
        assertThat(clean.captions()).hasSize(1);
    }

    @Test
    void givesAnImageOnlyPostItsCaptionsAndALinkFragmentItsLinkText() {
        CleanText images = clean("<img src=a.jpg><p>雪后的故宫</p><img src=b.jpg><p>角楼</p>", ArticleFormat.HTML);
        CleanText link = clean("<p><a href=\"https://example.com/a\">北京今天下雪</a></p>", ArticleFormat.HTML);

        assertThat(images.text()).isEqualTo("雪后的故宫\n角楼");
        assertThat(link.text()).isEqualTo("北京今天下雪");
    }

    @Test
    void readsOneParagraphOrOneDivAsPlainContent() {
        // #2: a fragment is content, not an error.
        assertThat(clean("<div>今天北京下雪</div>", ArticleFormat.HTML)
                .text()).isEqualTo("今天北京下雪");
        assertThat(clean("今天北京下雪。", ArticleFormat.MARKDOWN)
                .text()).isEqualTo("今天北京下雪。");
    }

    /** {@return the cleaned text of an article in {@code format} with no reference date} */
    private CleanText clean(String article, ArticleFormat format) {
        return cleaner.apply(new RawArticle(article, format, Optional.empty()));
    }
}

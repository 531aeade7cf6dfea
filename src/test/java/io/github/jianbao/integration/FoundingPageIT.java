package io.github.jianbao.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.ArticleSummary;
import io.github.jianbao.DateMention;
import io.github.jianbao.Entity;
import io.github.jianbao.Keyword;
import io.github.jianbao.Mention;
import io.github.jianbao.TextPart;
import io.github.jianbao.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The founding page, analysed end to end, against its hand-checked fields (#2).
 */
class FoundingPageIT {
    private static ArticleSummary summary;

    @BeforeAll
    static void analyse() {
        summary = ArticleAnalyzer.create().analyze(Fixtures.read("articles/secretchina-934423.md"));
    }

    @Test
    void readsTitleOutletDateAndAddress() {
        assertThat(summary.title()).contains("杭州推“常态健康码” 挨轰搜集数据侵犯隐私(图)");
        assertThat(summary.source()).contains("看中国");
        assertThat(summary.publishedDate()).contains(LocalDate.of(2020, 5, 26));
        assertThat(summary.url()).contains("https://www.secretchina.com/news/gb/2020/05/26/934423.html");
        assertThat(summary.dateline()).contains("【看中国2020年5月26日讯】");
    }

    @Test
    void bodyRunsFromFirstToLastSentenceWithoutBoilerplate() {
        assertThat(summary.text()).startsWith("武汉肺炎在中国爆发后，当局大力推广“健康码”，")
                .endsWith("4月29日由国家市场监督管理总局（标准委）印发公告，发布“个人健康信息码”系列国家标准，从立项到发布仅用14天。");
        assertThat(summary.text()).doesNotContain("首页", "看大陆", "热点推荐", "法轮功真相", "翻墙教程", "最后通牒",
                "退出中共组织", "翻墙必看视频", "红墙的记忆", "伪火", "六月黑夜", "网站代理", "大纪元新闻网", "新唐人电视台",
                "手机上长按", "原文地址", "&nbsp;", "nbsp", "天安门", "中南海", "香港", "<", ">", "](");
    }

    @Test
    void keepsTheImageCaptionApartFromTheBody() {
        assertThat(summary.captions())
                .containsExactly("图为北京上班族2020年4月10日在办公大楼内出示健康码。（图片来源：Kevin Frayer/Getty Images）");
        assertThat(summary.text()).doesNotContain("图为北京上班族");
    }

    @Test
    void sentencesAndTokensIndexTheBody() {
        String text = summary.text();
        assertThat(summary.sentences()).isNotEmpty().allSatisfy(s ->
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(summary.sentences().get(0).text()).startsWith("武汉肺炎在中国爆发后").endsWith("全面铺垫。");
        assertThat(summary.tokens())
                .allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        String covered = summary.tokens().stream().map(t -> t.text()).collect(Collectors.joining());
        assertThat(covered).isEqualTo(text.replaceAll("\\s", ""));
    }

    @Test
    void findsThePlacesOfTheArticleButNotOfItsPromoBlocks() {
        Set<String> places = names(summary.places());
        assertThat(places).contains("杭州", "浙江", "北京", "中国", "武汉").doesNotContain("天安门", "中南海", "香港");
    }

    @Test
    void findsAgenciesMediaAndThePhotographer() {
        assertThat(names(summary.organizations())).contains("杭州市卫健委", "新华社", "国家市场监督管理总局", "标准委");
        assertThat(names(summary.persons())).contains("Kevin Frayer");
    }

    @Test
    void mergesHangzhouAndHangzhouCityIntoOnePlace() {
        List<Entity> hangzhou = summary.places().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("杭州"))).toList();
        assertThat(hangzhou).hasSize(1);
    }

    @Test
    void resolvesHangzhouToItsDivisionInZhejiang() {
        Entity hangzhou = summary.places().stream().filter(e -> e.name().equals("杭州市")).findFirst().orElseThrow();
        assertThat(hangzhou.mentions()).extracting(Mention::text).contains("杭州", "杭州市");
        assertThat(hangzhou.division().orElseThrow().province().name()).isEqualTo("浙江省");
        assertThat(hangzhou.division().orElseThrow().code()).isEqualTo("330100");
    }

    @Test
    void namesTheAgenciesInFullAndTheMediaApart() {
        assertThat(summary.agencies()).extracting(Entity::name)
                .contains("杭州市卫生健康委员会", "国家市场监督管理总局", "国家标准化管理委员会")
                .doesNotContain("新华通讯社");
        assertThat(summary.organizations()).filteredOn(e -> e.name().equals("新华通讯社")).singleElement()
                .satisfies(e -> assertThat(e.kind()).contains(io.github.jianbao.OrganizationKind.MEDIA));
    }

    @Test
    void mentionsIndexTheirPart() {
        Stream.concat(summary.entities().stream().flatMap(e -> e.mentions().stream()), Stream.<Mention>empty())
                .forEach(m -> assertThat(summary.textOf(m.part()).substring(m.start(), m.end())).isEqualTo(m.text()));
        summary.dates().forEach(d ->
                assertThat(summary.textOf(d.part()).substring(d.start(), d.end())).isEqualTo(d.text()));
    }

    @Test
    void normalisesEveryDateWholeAgainstTheArticleDate() {
        assertThat(summary.dates()).extracting(DateMention::text, d -> d.value().orElse(""))
                .contains(org.assertj.core.groups.Tuple.tuple("2020年5月26日", "2020-05-26"),
                        org.assertj.core.groups.Tuple.tuple("2020年4月10日", "2020-04-10"),
                        org.assertj.core.groups.Tuple.tuple("4月16日", "2020-04-16"),
                        org.assertj.core.groups.Tuple.tuple("4月29日", "2020-04-29"));
        assertThat(summary.dates()).filteredOn(d -> d.part() == TextPart.DATELINE).extracting(DateMention::text)
                .containsExactly("2020年5月26日");
        assertThat(summary.dates()).extracting(DateMention::text).doesNotContain("4月", "16日", "2020年", "5月");
    }

    @Test
    void ranksTheArticlesOwnTermsAsKeywords() {
        List<String> terms = summary.keywords().stream().map(Keyword::term).toList();
        assertThat(terms).contains("健康码", "隐私")
                .doesNotContain("md", "https", "nbsp", "码", "健康", "记者", "表示")
                .allSatisfy(t -> assertThat(t).doesNotContainPattern("[\\p{P}\\s<>/=&]").isNotBlank());
        assertThat(summary.keywords()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void carriesThePagesOwnTags() {
        assertThat(summary.sourceTags()).containsExactly("武汉肺炎", "健康码", "杭州");
    }

    @Test
    void picksThreeKeySentencesFromTheBodyInArticleOrder() {
        assertThat(summary.keySentences()).hasSize(3);
        List<Integer> positions = summary.keySentences().stream().map(s -> summary.text().indexOf(s)).toList();
        assertThat(positions).allSatisfy(p -> assertThat(p).isNotNegative()).isSorted();
    }

    @Test
    void readsWellInJshell() {
        assertThat(summary.toString())
                .contains("title: 杭州推“常态健康码” 挨轰搜集数据侵犯隐私(图)", "source: 看中国", "published: 2020-05-26",
                        "4月16日=2020-04-16", "sourceTags: [武汉肺炎, 健康码, 杭州]")
                .hasLineCount(17)
                .hasSizeLessThan(2500);
    }

    @Test
    void entitiesReadWellInJshell() {
        Entity hangzhou = summary.places().stream().filter(e -> e.name().equals("杭州市")).findFirst().orElseThrow();
        assertThat(hangzhou.toString()).startsWith("杭州市 (PLACE, 330100 杭州市 in 浙江省, CN, salience")
                .contains("杭州×").doesNotContain("Mention[", "Optional");
    }

    private static Set<String> names(List<Entity> entities) {
        return entities.stream().flatMap(e -> Stream.concat(Stream.of(e.name()),
                e.mentions().stream().map(Mention::text))).collect(Collectors.toSet());
    }
}

package io.github.jianbao.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianbao.Entity;
import io.github.jianbao.EntityType;
import io.github.jianbao.Keyword;
import io.github.jianbao.Mention;
import io.github.jianbao.TextPart;
import io.github.jianbao.internal.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    void aDomainWithoutItsAddressGivesItsNameButNotItsEndingAndAnEnglishDateIsNoTerm() {
        String body = "GreatFire.org为BBC中文网提供镜像。\n镜像列在GreatFire.org的专页上。\n— 推文 September 5, 2018\n"
                + "— 推文 September 6, 2018";
        assertThat(top(body, "")).contains("GreatFire").doesNotContain("org", "September");
    }

    @Test
    void aLatinWordInLowerCaseIsNoTermButAnAcronymOrNameIs() {
        // #6: an English gloss (approach) and a unit (min) are no keywords of a Chinese text; SDS-PAGE and BBC are.
        String body = "样品经SDS-PAGE分析，反应时间为30 min。\n改进方法（approach）缩短至20 min。\n"
                + "SDS-PAGE结果经BBC报道，approach受到关注，每组10 min。";
        assertThat(top(body, "")).contains("SDS-PAGE", "BBC").doesNotContain("min", "approach");
    }

    @Test
    void leavesTimeWordsOfTheWritingMomentToDatesButKeepsNamedTimes() {
        String body = "昨天，杭州推广健康码。昨天下午，市民领取健康码。去年立秋以后天气转凉。立秋是二十四节气之一，今年立秋在8月7日。";
        assertThat(rank(new KeywordRanker(10, Set.of()), body, "", List.of())).extracting(Keyword::term)
                .contains("健康码", "立秋").doesNotContain("昨天", "下午", "去年", "今年");
        String weekdays = "周五，美国宣布加征关税。关税周五生效，星期一起谈判。周五市场下跌，关税冲击周五的交易。";
        assertThat(rank(new KeywordRanker(10, Set.of()), weekdays, "", List.of())).extracting(Keyword::term)
                .contains("关税").doesNotContain("周五", "星期一");
    }

    @Test
    void honoursTheLimitAndTheAnalyzersStopWords() {
        assertThat(rank(new KeywordRanker(2, Set.of("隐私")), BODY, "", List.of())).hasSizeLessThanOrEqualTo(2)
                .extracting(Keyword::term).doesNotContain("隐私");
        assertThatThrownBy(() -> new KeywordRanker(0, Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 100: 0");
    }

    @Test
    void documentedWeightsAddUp() {
        // The Javadoc formula: frequency and TextRank share one unit; a title bonus doubles a term's weight.
        assertThat(KeywordRanker.FREQUENCY_WEIGHT + KeywordRanker.RANK_WEIGHT).isEqualTo(1.0);
        assertThat(KeywordRanker.TITLE_BONUS).isEqualTo(1.0);
        assertThat(KeywordRanker.LONG_TERM_WEIGHT).isBetween(0.0, 1.0);
        assertThat(KeywordRanker.specificity("鲨鱼袭击事件")).isEqualTo(1.0);
        assertThat(KeywordRanker.specificity("中国")).isEqualTo(KeywordRanker.MIN_SPECIFICITY);
        assertThat(KeywordRanker.specificity("隐私")).isBetween(KeywordRanker.MIN_SPECIFICITY, 1.0);
    }

    @Test
    void aTermInTheTitleOutranksTheSameTermOutsideIt() {
        String body = "港口扩建工程启动。码头工人增加。港口吞吐量上升。码头设备更新。";
        assertThat(top(body, "码头").get(0)).isEqualTo("码头");
        assertThat(top(body, "港口").get(0)).isEqualTo("港口");
    }

    @Test
    void aVerbOfSpeechEndsNoTerm() {
        String body = "消息人士说，军售已获批准。上述消息人士说，国会已接获通知。另有消息人士说，通知尚未送达。";
        assertThat(top(body, "")).contains("军售").doesNotContain("消息人士说");
        String traditional = "消息人士說，軍售已獲批准。上述消息人士說，國會已接獲通知。另有消息人士說，通知尚未送達。";
        assertThat(top(traditional, "")).contains("軍售").doesNotContain("消息人士說");
    }

    @Test
    void joinsRecurringWordsIntoOneTermAndDropsItsPieces() {
        String body = "医疗数据是隐私。医疗数据不应外泄。当局搜集医疗数据。";
        assertThat(top(body, "")).contains("医疗数据").doesNotContain("医疗", "数据");
    }

    @Test
    void aTermTheBodySetsInBoldIsMarkedButALabelEndingInAColonIsNot() {
        // #6: 中美关系 stands once, which makes no term of two words unless the page marks it.
        TaggedText body = segmenter.apply(new PartText(TextPart.BODY,
                "网友说，小粉红剪绿卡是作秀。小粉红的爱国心被嘲讽。这件事无关中美关系。\n背景资料：绿卡的作用"));

        List<String> plain = top(body, List.of(), List.of(), Optional.empty());
        List<String> bold = top(body, List.of(), List.of(), Optional.empty(), List.of("中美关系", "背景资料："));

        assertThat(plain).doesNotContain("中美关系", "背景资料");
        assertThat(bold).contains("中美关系").doesNotContain("背景资料");
    }

    @Test
    void dropsAPieceThatAlwaysSitsAgainstTheSameWord() {
        // #6: 制度改革 stands only after 退休 here, so it is a piece of a longer name, not a concept of its own.
        String body = "退休制度改革引发罢工。工会反对退休制度改革，政府坚持退休制度改革。";
        assertThat(top(body, "")).doesNotContain("制度改革");
    }

    @Test
    void keepsAWholeWordThatOneCharacterWordsTouch() {
        // #6: 码 before and 防 after are words of their own; 常态化 is no piece of an unknown word.
        String body = "杭州推动健康码常态化。为适应常态化防控所需，危机政策常态化。官方打算推行健康码常态化。";
        assertThat(top(body, "")).contains("常态化");
    }

    @Test
    void findsANewWordOfTwoCharactersTheArticleRepeats() {
        // #6: the dictionary lacks 抖音, which the segmenter splits into 抖 and 音; a numeral and a measure word are no
        // new word, however often they recur (一首).
        String body = "小粉红在抖音表演剪绿卡。抖音网友抓包。这段抖音视频被转发，又在抖音上引来一首歌。一首歌，一首诗，一首词。";
        assertThat(top(body, "")).contains("抖音").doesNotContain("一首");
    }

    @Test
    void aWordEndingInThePreposition于IsNoTerm() {
        String body = "相对于传统算法，新算法更快。相对于旧系统，新系统更稳。算法相对于硬件更新更快，相对于成本收益更高。";
        assertThat(top(body, "")).contains("算法").doesNotContain("相对于");
    }

    @Test
    void theMeasureWordOfANumberStartsNoTerm() {
        // #6: 人 of 83人 counts the people; 人殃及 is no term, however often it recurs.
        String body = "遭厄运者中，83人殃及118个家庭。\n另有20人殃及亲属，其中5人殃及子女。\n迫害法轮功的人员遭厄运。";
        assertThat(top(body, "")).contains("家庭").doesNotContain("人殃及");
    }

    @Test
    void aQuantifierStartsNoTerm() {
        String body = "当局出台个人健康信息码系列国家标准。系列国家标准规定了健康码的格式。专家解读系列国家标准的内容。";
        assertThat(top(body, "")).doesNotContain("系列国家标准");
        // In traditional script too: 全體 is 全体.
        String traditional = "公司召開全體員工大會。全體員工大會通過決議。全體員工大會每年舉行。";
        assertThat(top(traditional, "")).contains("員工大會").doesNotContain("全體員工大會");
    }

    @Test
    void aBodyEndingIn会IsATermButTheAuxiliaryIsNot() {
        String body = "工会反对退休改革。工会组织大罢工。“我们会”成为口号，工会领袖说“我们会”坚持。";
        assertThat(top(body, "")).contains("工会").doesNotContain("我们会");
    }

    @Test
    void aShorterTermThatEndsABetterOneIsItsHead() {
        String body = "川普签署行政命令。行政命令禁止交易。命令今日生效，命令引发争议。";
        assertThat(top(body, "")).contains("行政命令").doesNotContain("命令");
    }

    @Test
    void keepsTheTitlesNarrowerTermBesideItsWord() {
        String body = "安省议会取消升旗。升旗原定周四举行。华人团体批评取消升旗仪式。升旗活动已举办多年。";
        assertThat(top(body, "安省议会取消中国升旗仪式")).contains("升旗", "升旗仪式");
        assertThat(top(body, "")).contains("升旗").doesNotContain("升旗仪式");
    }

    @Test
    void keepsTheTitlesNarrowerTermThoughItsOtherNounStandsApartMoreOften() {
        // #6: 原油 ranks first; 需求 stands apart three times, 原油需求 once. In the title 原油需求 is the editor's
        // concept, more telling than 需求 alone.
        String body = "原油价格下跌。\n分析师认为原油需求放缓，原油库存增加。\n原油出口减少，需求疲软，原油供应过剩。\n"
                + "原油期货走低。需求前景不明，全球需求下降。\n原油产量创新高。";
        assertThat(top(body, "贸易战影响原油需求")).startsWith("原油", "原油需求").doesNotContain("需求");
        assertThat(top(body, "")).contains("需求").doesNotContain("原油需求");
    }

    @Test
    void theOutletsOwnNameIsNoKeyword() {
        String body = "财新记者走访江西农村。殡葬改革引发争议，财新记者采访村民。财新此前报道殡葬改革。财新调查发现殡葬改革仍在推进。";
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, body));
        assertThat(top(tagged, List.of(), List.of(), Optional.of("财新网"))).contains("殡葬改革")
                .doesNotContain("财新", "财新记者");
        assertThat(top(tagged, List.of(), List.of(), Optional.empty())).contains("殡葬改革", "财新");
    }

    @Test
    void namesAnEntityAsThePagesTagDoes() {
        String body = "杭州市推出健康码。杭州市民领取健康码。杭州的健康码引发担忧。";
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, body));
        List<Entity> hangzhou = List.of(new Entity(EntityType.PLACE, "杭州市", List.of(
                new Mention("杭州市", 0, 3, TextPart.BODY), new Mention("杭州", 9, 11, TextPart.BODY),
                new Mention("杭州", 19, 21, TextPart.BODY)), 1.0));
        assertThat(top(tagged, List.of("杭州市"), hangzhou, Optional.empty())).contains("杭州市").doesNotContain("杭州");
        assertThat(top(tagged, List.of(), hangzhou, Optional.empty())).contains("杭州").doesNotContain("杭州市");
    }

    @Test
    void joinsANounAndAVerbIntoATermEitherWayRound() {
        // #6: the process of a noun (细胞计数) and a verb qualifying a noun (编织复合材料) are terms of their own.
        String body = "细胞计数是常用方法。研究人员比较细胞计数结果。编织复合材料强度高，编织复合材料用于航空。";
        assertThat(top(body, "")).contains("细胞计数", "编织复合材料");
    }

    @Test
    void joinsNoNounAndTheCommonVerbItDoes() {
        // 会议认为 and 疫情带来 are a subject and its verb, not terms; 环境保护 names a process, as 保护 is often a noun.
        String body = "会议认为，疫情带来挑战。会议认为，环境保护重要。疫情带来压力，环境保护不能放松。会议认为应当合作。";
        assertThat(top(body, "")).contains("环境保护").doesNotContain("会议认为", "疫情带来");
    }

    @Test
    void aCommonVerbWrittenInTraditionalScriptStartsNoTerm() {
        // 舉行 is 举行, common in general language: 舉行集會 is a verb and its object, as 举行集会 is.
        String body = "民眾舉行集會。\n各地舉行集會，學生舉行集會。\n集會持續。";
        assertThat(top(body, "")).contains("集會").doesNotContain("舉行集會");
    }

    @Test
    void joinsNoNounAndAVerbWithItsComplement() {
        // 留给 is rare in general language, but a verb and the one it goes to (给) names no process.
        String body = "传染病留给人类教训。传染病留给后人思考。传染病留给社会的伤痛很深。";
        assertThat(top(body, "")).contains("教训").doesNotContain("传染病留给");
    }

    @Test
    void aVerbWithItsComplementStartsNoTerm() {
        // 出生于 is rare, but a verb and its preposition say where, not what kind.
        String body = "昂旺出生于西藏，母亲也出生于西藏。\n昂旺的母亲在西藏生活。";
        assertThat(top(body, "")).contains("母亲").doesNotContain("出生于西藏");
    }

    @Test
    void joinsNoOrganisationOrPersonAndTheVerbItDoesButAPlaceAndWhatHappensThere() {
        // 江泽民掌权 says what a person did; 四川巡演 is a tour in Sichuan.
        String body = "江泽民掌权以后。江泽民掌权十三年，四川巡演取消。四川巡演原定五月。江泽民掌权时期，四川巡演延期。";
        assertThat(top(body, "")).contains("四川巡演").doesNotContain("江泽民掌权");
    }

    @Test
    void takesNoPhraseOfFunctionWordsThatHanLPsCustomDictionaryHolds() {
        // 最重要, 仅有 and 范围内 are nz words of HanLP's custom dictionary: a degree adverb, an adverb, a locative.
        String body = "其中最重要的是裁员。最重要的措施是裁员。壳牌仅有一个计划。壳牌仅有裁员。在全球范围内裁员，范围内的裁员。";
        assertThat(top(body, "")).contains("计划").doesNotContain("最重要", "壳牌仅有", "范围内", "全球范围内");
    }

    @Test
    void takesNoVerbPhraseThatHanLPsCustomDictionaryHolds() {
        // 准备好, 感受到 and 怕什么 are nz words of HanLP's custom dictionary: a verb and its complement or object.
        String body = "美国已准备好加征关税。白宫准备好应对。\n她感受到乡愁，也感受到温暖。\n当局怕什么？当局到底怕什么？";
        assertThat(top(body, "")).contains("关税", "乡愁").doesNotContain("准备好", "感受到", "怕什么");
    }

    @Test
    void keepsEntityNamesWholeAndNeverReturnsTheirPieces() {
        String body = "金灿荣的儿子金君达举行婚礼。金灿荣曾多次反美。金君达留学美国。";
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, body));
        List<Entity> entities = List.of(
                new Entity(EntityType.PERSON, "金灿荣", List.of(new Mention("金灿荣", 0, 3, TextPart.BODY),
                        new Mention("金灿荣", 14, 17, TextPart.BODY)), 1.0),
                new Entity(EntityType.PERSON, "金君达", List.of(new Mention("金君达", 6, 9, TextPart.BODY),
                        new Mention("金君达", 24, 27, TextPart.BODY)), 0.8));
        List<String> terms = terms(new KeywordRanker(10, Set.of()).apply(new KeywordRanker.Input(tagged,
                segmenter.apply(new PartText(TextPart.TITLE, "")), List.of(), entities)));
        assertThat(terms).contains("金灿荣", "金君达").doesNotContain("金灿", "君达", "灿荣");
    }

    @Test
    void namesAnEntityMentionedByOneCharacterAsTheTextWritesItsName() {
        // The recognizer's mentions of 黄女士 are the surname alone; the keyword is the name where the text writes it.
        String body = "殡葬改革来得太急。村民黄女士说，殡葬改革让老人担心。黄女士告诉记者，殡葬改革收走了棺材。"
                + "殡葬改革还在推进，黄女士说。";
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, body));
        List<Entity> entities = List.of(new Entity(EntityType.PERSON, "黄女士", firstCharacters(body, "黄女士"), 1.0));
        KeywordRanker ranker = new KeywordRanker(10, Set.of());
        TaggedText title = segmenter.apply(new PartText(TextPart.TITLE, ""));
        List<Keyword> named = ranker.apply(new KeywordRanker.Input(tagged, title, List.of(), entities,
                Optional.empty()));
        List<Keyword> plain = ranker.apply(new KeywordRanker.Input(tagged, title, List.of(), List.of(),
                Optional.empty()));
        assertThat(terms(named)).contains("黄女士").doesNotContain("黄");
        // As an entity it takes the entity's bonus over the same words unnamed.
        assertThat(scoreOf(named, "黄女士")).isGreaterThan(scoreOf(plain, "黄女士"));
    }

    @Test
    void aPlaceOfOneCharacterStartsNoTerm() {
        // 华 of 对华投资 is 中国: 华投资 names nothing.
        String body = "李克强希望美国企业扩大对华投资。美方表示，对华投资前景看好。企业愿意扩大对华投资。";
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, body));
        List<Entity> entities = List.of(new Entity(EntityType.PLACE, "中国", firstCharacters(body, "华"), 1.0));
        assertThat(top(tagged, List.of(), entities, Optional.empty())).doesNotContain("华投资");
    }

    /** {@return a mention of the first character of each occurrence of {@code word}, as the recognizer gives them} */
    private static List<Mention> firstCharacters(String body, String word) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
            mentions.add(new Mention(word.substring(0, 1), at, at + 1, TextPart.BODY));
        }
        return mentions;
    }

    private static double scoreOf(List<Keyword> keywords, String term) {
        return keywords.stream().filter(k -> k.term().equals(term)).findFirst().orElseThrow().score();
    }

    @Test
    void returnsTermsInTheScriptTheyAreWrittenIn() {
        String body = "以色列總理夫人把髒衣服帶到白宮。白宮工作人員說，總理夫人常帶髒衣服。";
        assertThat(top(body, "")).contains("白宮").doesNotContain("白宫");
    }

    @Test
    void handlesFullWidthSurrogatesAndLongText() {
        String odd = "ＡＢＣ公司\u3000发布𠮷野家新品。ＡＢＣ公司称𠮷野家新品畅销。";
        assertThat(rank(new KeywordRanker(10, Set.of()), odd, "", List.of()))
                .allSatisfy(k -> assertThat(k.score()).isBetween(0.0, 1.0));
        String longText = (BODY + "\n").repeat(400);
        assertThat(rank(new KeywordRanker(5, Set.of()), longText, "", List.of())).hasSizeLessThanOrEqualTo(5)
                .extracting(Keyword::term).contains("健康码");
    }

    /** {@return the top ten terms of a body and title with no page tags, entities or outlet} */
    private List<String> top(String body, String title) {
        return terms(rank(new KeywordRanker(10, Set.of()), body, title, List.of()));
    }

    /** {@return the top ten terms of a segmented body, without a title} */
    private List<String> top(TaggedText body, List<String> tags, List<Entity> entities, Optional<String> outlet) {
        return top(body, tags, entities, outlet, List.of());
    }

    /** {@return the top ten terms of a segmented body that the page marks {@code marks} in, without a title} */
    private List<String> top(TaggedText body, List<String> tags, List<Entity> entities, Optional<String> outlet,
            List<String> marks) {
        TaggedText title = segmenter.apply(new PartText(TextPart.TITLE, ""));
        return terms(new KeywordRanker(10, Set.of()).apply(new KeywordRanker.Input(body, title, tags, entities,
                outlet, marks)));
    }

    private static List<String> terms(List<Keyword> keywords) {
        return keywords.stream().map(Keyword::term).toList();
    }
}

package io.github.jianbao.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.AdminDivision;
import io.github.jianbao.Entity;
import io.github.jianbao.EntityType;
import io.github.jianbao.Mention;
import io.github.jianbao.OrganizationKind;
import io.github.jianbao.TextPart;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.internal.Organizations;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
    private static final Organizations ORGANIZATIONS = Organizations.bundled();
    private final Segmenter segmenter = new Segmenter(new Lexicon(ORGANIZATIONS.words(), Set.of()));
    private final EntityRecognizer recognizer = new EntityRecognizer(ORGANIZATIONS,
            io.github.jianbao.internal.ner.CharNerTagger.loadDefault());

    private List<Entity> entities(String body, String title, List<String> bylines) {
        return recognizer.apply(new EntityRecognizer.Input(List.of(
                segmenter.apply(new PartText(TextPart.BODY, body)),
                segmenter.apply(new PartText(TextPart.TITLE, title))), bylines));
    }

    @Test
    void writesOutShortNamesOfKnownAgencies() {
        List<Entity> found = entities("4月29日由国家市场监督管理总局（标准委）印发公告。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("国家市场监督管理总局", "国家标准化管理委员会");
    }

    @Test
    void namesOutletsAndAMovementTheTaggerTakesForPersonsAsOrganisations() {
        List<Entity> found = entities("特朗普接受福克斯新闻采访。《柳叶刀》发表论文。法轮功学员上访。", "", List.of());
        assertThat(names(found, EntityType.ORGANIZATION)).contains("福克斯新闻频道", "柳叶刀", "法轮功");
        assertThat(names(found, EntityType.PERSON)).containsExactly("特朗普");
    }

    @Test
    void leavesKinAndRolesBeforeANameOutOfIt() {
        List<Entity> found = entities("二弟洪豹在工地打工。他的妻玛格说，哥伦布是航海家。", "", List.of());
        assertThat(names(found, EntityType.PERSON)).contains("洪豹", "玛格", "哥伦布").doesNotContain("二弟洪豹", "妻玛格");
    }

    @Test
    void aNameBeforeAWordForARegionIsAPlace() {
        List<Entity> found = entities("印中两军围绕拉达克地区加勒万河谷边境冲突，双方互有伤亡。", "", List.of());
        assertThat(names(found, EntityType.PLACE)).contains("拉达克");
        assertThat(names(found, EntityType.PERSON)).doesNotContain("拉达克");
    }

    @Test
    void readsEachProvinceOfARunOfOneCharacterNames() {
        List<Entity> found = entities("香港特首发表讲话。主管港澳事务的官员赴深圳开会，青藏铁路运营正常。", "", List.of());
        assertThat(found).filteredOn(e -> e.name().equals("香港特别行政区")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("香港", "港"));
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .contains("澳门特别行政区", "青海省", "西藏自治区");
    }

    @Test
    void readsAPlaceThePressNamesByOneCharacterUnderItsFullName() {
        List<Entity> found = entities("中美两国领导人在京会谈，双方同意加强合作。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .contains("中国", "美国", "北京市");
        assertThat(found).filteredOn(e -> e.name().equals("美国")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).containsExactly("美"));
        // 澳 is 澳门 or 澳大利亚: the article's other places say which.
        assertThat(entities("去澳大利亚访问时，得到中国驻澳大使的热情接待。", "", List.of())).filteredOn(e -> e.name().equals("澳大利亚"))
                .singleElement().satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("澳"));
        assertThat(names(entities("坚持澳人治澳，保持澳门长期繁荣稳定。", "", List.of()), EntityType.PLACE))
                .containsExactly("澳门特别行政区");
        // 川 of 川普, a person the article names, though the tagger takes 川 for a place in the second sentence.
        List<Entity> trump = entities("川普总统周一签署行政令。一名法官拒绝了TikTok一名员工的请求，要求暂停执行川普行政令。", "",
                List.of());
        assertThat(trump).extracting(Entity::name).doesNotContain("四川省");
    }

    @Test
    void keepsNationalBodiesAndAgenciesTheDictionaryKnowsThoughNoProperNameIsInThem() {
        List<Entity> found = entities("据中央气象台提供的信息，淮河流域将有降雨。经铁道部批准，列车每日对开。"
                + "全国妇联和民盟中央联合发文。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("中央气象台", "铁道部", "中华全国妇女联合会");
        // A body's word the segmenter reads as a verb or measure word after a noun still ends the name.
        assertThat(names(entities("骨痹痛外敷散已通过中国中医药学会专家论证。随着中国教育台频道上出现播音员的声音。", "",
                List.of()), EntityType.ORGANIZATION)).contains("中国中医药学会", "中国教育台");
        // Short endings of bodies: 妇协, 内阁.
        assertThat(names(entities("今天香港妇协又将这些女童的学费捐赠出去。就以色列内阁通过耶路撒冷扩建计划一事，各方表态。", "",
                List.of()), EntityType.ORGANIZATION)).contains("香港妇协", "以色列内阁");
        // Not in a run the tagger took across Latin text: 会 there is "will".
        assertThat(names(entities("Afriendissomeoneyoutellyourstoriesto.Abestfriendwasthepersoninallthosestories——"
                + "朋友会和你一起分享故事，好朋友则是你所有故事里的主人公。", "", List.of()), EntityType.ORGANIZATION)).isEmpty();
        // A body of any kind is still none, and no name holds an adverb.
        assertThat(entities("该委员会昨天开会。如今国安法已经人大通过。", "", List.of())).extracting(Entity::name)
                .noneMatch(name -> name.equals("委员会") || name.contains("已经"));
    }

    @Test
    void aCommonWordThatOnlyHanLPsCustomDictionaryCallsAPlaceIsNone() {
        // The custom dictionary tags 工薪阶层, 街道 and 唐代 ns; the core dictionary knows them as common words.
        List<Entity> found = entities("城市的街道、居民区的环境与我们这些工薪阶层有关，唐代的诗人也写过。前苏联解体了。", "",
                List.of());
        assertThat(names(found, EntityType.PLACE)).doesNotContain("街道", "工薪阶层", "唐代").contains("前苏联");
    }

    @Test
    void aPlacesShortNameThatTheDictionaryKnowsAsACompanyIsNoPlace() {
        // 阿里 is the short name of 阿里地区 in Tibet, and the core dictionary's organisation Alibaba.
        List<Entity> found = entities("长春市政府联合阿里巴巴开启了为期一个月的长春阿里新经济直播月活动。", "", List.of());
        assertThat(found).extracting(Entity::name).doesNotContain("阿里地区").contains("长春市");
    }

    @Test
    void aPrepositionOrVerbBeforeANameTheTextWritesAloneIsNoPartOfIt() {
        String body = "曲局长为景甜和直播间的粉丝们送上了长春特产。知道景甜爱吃牛肉干，曲局长这次也特意为景甜和粉丝们带来了"
                + "皓月集团生产的五香牛肉干。景甜回忆她在长春拍戏的日子。演员景甜点赞长春。";
        List<Entity> found = entities(body, "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("景甜").doesNotContain("为景甜");
        String accused = "两个星期以前，中共党校发布通报，指蔡霞教授有严重的政治问题，开除其党籍。蔡霞随后发表声明。蔡霞表示不后悔。"
                + "外界关注蔡霞的处境。";
        assertThat(entities(accused, "", List.of())).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name).containsExactly("蔡霞");
    }

    @Test
    void anOrganisationTheTaggerEndsInsideAWordEndsAfterItsLastOrganisationWord() {
        // 曲局长 is director Qu: the tagger ran 长春市商务局 into 曲 and half of 局长.
        List<Entity> found = entities("在晚会现场，长春市商务局曲局长两度做客景甜直播间，长春市商务局曲局长亲自带货。", "",
                List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly("长春市商务局");
        // 国防部长 is a title: the tagger's 马蒂斯国防部 names no ministry.
        assertThat(names(entities("和平进程是蓬佩奥国务卿与马蒂斯国防部长此次出访的主要目标。", "", List.of()),
                EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void anOrganisationStartsAfterAPrepositionOrAMeasureWordTheTaggerRanIntoIt() {
        assertThat(entities("印度已有多家孔子学院被审查，孔子学院的活动受到限制。", "", List.of()))
                .filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactly("孔子学院");
        assertThat(entities("中共通过中央办公厅下发文件，要求各地执行。", "", List.of())).extracting(Entity::name)
                .allSatisfy(name -> assertThat(name).doesNotContain("通过"));
    }

    @Test
    void aLatinNameEndingInAnOrganisationsWordOrMadeOfAcronymsIsNoPerson() {
        List<Entity> found = entities("据India Today报道，Emirates Airline的班机降落在New York。ME TOO运动仍在继续。", "",
                List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("India Today", "Emirates Airline");
    }

    @Test
    void writesOutTheSuffixOfALocalBodyAndKeepsItsPlace() {
        List<Entity> found = entities("杭州市卫健委表示将升级健康码。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("杭州市卫生健康委员会");
    }

    @Test
    void keepsNoOrganisationThatRunsOverABracketOrPunctuation() {
        List<Entity> found = entities("但联邦保守党外交事务评论员庄文浩(Michael Chong)批评安省议会的做法。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .allSatisfy(name -> assertThat(name).doesNotContain("(", ")", "，"))
                .contains("安省议会");
    }

    @Test
    void takesNoPersonOrPlaceAcrossAClausesPunctuation() {
        List<Entity> found = entities("不仅毛、周，朱、康、邓、江、罗等人都是当年的共工转生而来。记者馨恬：章教授，您好。", "",
                List.of());
        assertThat(found).extracting(Entity::name)
                .allSatisfy(name -> assertThat(name).doesNotContain("、", "，", "：", "。"))
                .contains("馨恬");
    }

    @Test
    void aDescentOrAPressIsNoPerson() {
        List<Entity> found = entities("韩裔议员金昌准说，陆媒和港媒都报道了此事，德裔商人也表示关注。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .doesNotContain("韩裔", "陆媒", "港媒", "德裔");
    }

    @Test
    void aCountryAndAKindOfBodyIsNoOrganisation() {
        List<Entity> found = entities("美国基金会的报告表示，西藏农牧民在受训完毕后，大部分会从事建筑业。", "", List.of());
        assertThat(found).extracting(Entity::name).doesNotContain("美国基金会");

        List<Entity> sanctions = entities("美国制裁24家中国公司，中共也制裁美国公司，中国银行受到影响。", "", List.of());
        assertThat(sanctions).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("中国银行").doesNotContain("中国公司", "美国公司");
    }

    @Test
    void findsAPersonCalledByTheGivenNameWhereverTheArticleDoes() {
        List<Entity> found = entities("著名作家钱钟书出生于无锡。钟书自幼聪颖，钟书的父亲是钱基博。后来钟书考入清华大学。", "",
                List.of());
        // 钟书 may be a person of its own (as 蔡霞 is, though the tagger once wrote 指蔡霞), so it is not merged.
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("钱钟书", "钟书");
        assertThat(found).filteredOn(e -> e.name().equals("钟书")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(3));
    }

    @Test
    void mergesAPlaceAndItsFullFormIntoOneEntity() {
        List<Entity> found = entities("杭州推广健康码。杭州市的市民表示担忧。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE && e.name().startsWith("杭州"))
                .singleElement().satisfies(e -> {
                    assertThat(e.name()).isEqualTo("杭州市");
                    assertThat(e.mentions()).extracting(m -> m.text()).containsExactly("杭州", "杭州市");
                });
    }

    private List<Entity> entities(String body, String dateline, String captions, List<String> bylines) {
        return recognizer.apply(new EntityRecognizer.Input(List.of(
                segmenter.apply(new PartText(TextPart.BODY, body)),
                segmenter.apply(new PartText(TextPart.DATELINE, dateline)),
                segmenter.apply(new PartText(TextPart.CAPTION, captions))), bylines));
    }

    private static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @Test
    void findsLatinScriptNamesAsPersonsOrOrganisations() {
        List<Entity> found = entities("分析师Harry Tchilinguirian说，Reuters News和María Aguja Zúñiga都同意。", "", List.of());
        assertThat(found).extracting(Entity::type, Entity::name).contains(
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "Harry Tchilinguirian"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "María Aguja Zúñiga"),
                org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "Reuters News"));
    }

    @Test
    void takesABracketedLatinNameWithAccentsOrHyphensAsAnotherNameOfTheMention() {
        List<Entity> found = entities("危地马拉大使亚谷华（Olga María Aguja Zúñiga）会见了艾迪（Margot Dukes-Eddy）。", "",
                List.of());
        assertThat(names(found, EntityType.PERSON)).doesNotContain("Olga María Aguja Zúñiga", "Margot Dukes-Eddy",
                "Olga Mar", "Margot Dukes");
        assertThat(found).filteredOn(e -> e.name().equals("亚谷华")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("Olga María Aguja Zúñiga"));
    }

    @Test
    void takesTheWordsBeforeABracketedLatinPersonNameAsTheName() {
        List<Entity> found = entities("玛格(Margot Dukes-Eddy)正在附近。极为熟稔的人曾向法律顾问法拉芶（Barnea Farago）爆料。", "",
                List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(e -> e.mentions().stream().map(Mention::text).toList())
                .contains(List.of("玛格", "Margot Dukes-Eddy"), List.of("法拉芶", "Barnea Farago"));
    }

    @Test
    void findsALocalBodyByItsShortSuffix() {
        List<Entity> found = entities("广东司法厅近期借口广州律协早已处理过的投诉。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .flatExtracting(e -> e.mentions().stream().map(Mention::text).toList()).contains("广州律协");
    }

    @Test
    void leavesBylinesAndDatelineReportersOutOfEntitiesButKeepsPhotoCredits() {
        // #4: bylines name who wrote the article, not who is in it; #2 lists the founding page's photographer.
        List<Entity> found = entities("李志的微博已被清空。", "（大纪元记者钟元台湾综合报导）",
                "民众出示健康码。（图片来源：Kevin Frayer/Getty Images）", List.of("杨畅"));
        assertThat(names(found, EntityType.PERSON)).containsExactlyInAnyOrder("李志", "Kevin Frayer");
        assertThat(names(found, EntityType.ORGANIZATION)).contains("Getty Images");
        assertThat(names(found, EntityType.PLACE)).contains("台湾");
        assertThat(names(entities("记者杨畅报道，李志的微博已被清空。", "", List.of("杨畅")), EntityType.PERSON))
                .containsExactly("李志");
    }

    @Test
    void endsAChineseNameAtASpaceMarkupLeftInTheSentence() {
        // A link around 金君达 ended before 子承父业; the cleaned text keeps a space there.
        List<Entity> found = entities("金灿荣的儿子金君达 子承父业。金君达和媳妇举行婚礼。", "", List.of());
        assertThat(names(found, EntityType.PERSON)).containsExactlyInAnyOrder("金君达", "金灿荣");
    }

    @Test
    void endsNoNameInsideATermAndStartsNoOrganisationBeforeASpace() {
        List<Entity> found = entities("杭州市卫健委表示将会对健康码进一步升级为“一码知健（康）”，搜集病患的数据。", "", List.of());
        assertThat(names(found, EntityType.PERSON)).isEmpty();
        List<Entity> ban = entities("微信禁令 美司法部表示不会处罚用户。", "", List.of());
        assertThat(ban).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .flatExtracting(e -> e.mentions().stream().map(Mention::text).toList()).containsExactly("美司法部");
    }

    @Test
    void aKnownNameAtTheStartOfAnOrganisationHoldsNoPlace() {
        List<Entity> found = entities("（德国之声中文网）蔡英文向印度朋友表示感谢。", "", List.of());
        assertThat(names(found, EntityType.PLACE)).containsExactly("印度");
    }

    @Test
    void aLevelAndABodyIsTheBodyOfTheArticlesOneDivisionOfThatLevel() {
        List<Entity> found = entities("杭州市召开会议。市纪委通报了情况，市卫健委也参加。", "", List.of());
        assertThat(found).filteredOn(e -> e.name().equals("杭州市纪律检查委员会")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).containsExactly("市纪委"));
        // Two cities: which one's commission it is the text does not say.
        assertThat(names(entities("杭州市和宁波市召开会议。市纪委通报了情况。", "", List.of()), EntityType.ORGANIZATION))
                .noneMatch(name -> name.contains("纪"));
    }

    @Test
    void mergesShortFormsOfAnOrganisationIntoItsFullForm() {
        List<Entity> found = entities("加拿大安大略省议会周三开会。安省议会议员和安大略省议会发言人都说，中国驻印度大使馆"
                + "没有回应，中国大使馆也没有。美国司法部表示，美司法部不会处罚用户。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(e -> e.mentions().stream().map(Mention::text).distinct().sorted().toList())
                .contains(List.of("加拿大安大略省议会", "安大略省议会", "安省议会"), List.of("中国大使馆", "中国驻印度大使馆"),
                        List.of("美司法部", "美国司法部"));
    }

    @Test
    void aBodyWrittenWithoutItsPlaceIsTheOneNamedWithIt() {
        List<Entity> found = entities("消息人士说，美国国会已接获通知，计划需要国会通过。", "", List.of());
        assertThat(entities("英国石油公司宣布裁员，多家石油公司跟进。", "", List.of()))
                .flatExtracting(e -> e.mentions().stream().map(Mention::text).toList()).doesNotContain("石油公司");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("美国国会");
            assertThat(e.mentions()).extracting(Mention::text).containsExactly("美国国会", "国会");
        });
    }

    @Test
    void writesOutTheShortPlaceNameOfALocalBody() {
        List<Entity> found = entities("广东司法厅准备处分律师，广东省司法厅没有回应。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("广东省司法厅"));
    }

    @Test
    void leavesGenericHeadsAndRunOnClausesOutOfOrganisations() {
        List<Entity> found = entities("中共当局推出健康码。律师质疑广东司法当局打击报复该案律师团队的召集人。", "", List.of());
        assertThat(names(found, EntityType.ORGANIZATION)).contains("中国共产党")
                .noneMatch(n -> n.contains("当局") || n.contains("团队"));
    }

    @Test
    void findsNewspapersInTitleMarksAndMissionsWithTheirSendingState() {
        List<Entity> found = entities("总理菲利普在接受法国《星期日报》采访时表示不满。以色列驻华盛顿大使馆发表声明。", "", List.of());
        assertThat(names(found, EntityType.ORGANIZATION)).contains("星期日报", "以色列驻华盛顿大使馆");
        assertThat(names(found, EntityType.PLACE)).contains("以色列", "华盛顿");
    }

    @Test
    void findsAnonymousPersonsBySurnameAndHonorific() {
        List<Entity> found = entities("村民黄女士说，杨先生也不满。他向女士们道歉。", "", List.of());
        assertThat(names(found, EntityType.PERSON)).contains("黄女士", "杨先生").doesNotContain("向女士");
        // The honorific is a title, as 记者 is: the mention is the surname.
        assertThat(found).filteredOn(e -> e.name().equals("黄女士")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).containsExactly("黄"));
    }

    @Test
    void aNameWhoseSurnameTheSegmenterReadsAsAMeasureWordIsStillAPerson() {
        // 方/q 骏/ag: 方 is a common surname, not a measure word and a character.
        assertThat(names(entities("方骏重画外的修养，他的山水作品恰似一首首清新的田园诗。", "", List.of()), EntityType.PERSON))
                .containsExactly("方骏");
    }

    @Test
    void aPersonCalledByTheSurnameAloneIsTheOneOfThatSurnameTheArticleNames() {
        List<Entity> found = entities("村民陈某找到被絮加工户阮承志，说阮做被絮时故意放上这些东西。阮承志否认。", "", List.of());
        assertThat(found).filteredOn(e -> e.name().equals("阮承志")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("阮承志", "阮"));
        // A surname alone that names no one in full is no person.
        assertThat(names(entities("他说阮做被絮时故意放上这些东西。", "", List.of()), EntityType.PERSON)).isEmpty();
    }

    @Test
    void growsAPartOfANameIntoTheFullNameFoundElsewhere() {
        List<Entity> found = entities("保守党党领奥图尔针对特鲁多总理的施政报告发表回应，批评特鲁多的对华政策。以色列总理"
                + "納坦雅胡（Benjamin Netanyahu）造訪白宮時，但納坦雅胡每次都會這麼做。", "", List.of());
        List<String> persons = names(found, EntityType.PERSON);
        assertThat(persons).contains("特鲁多", "纳坦雅胡")
                .allSatisfy(n -> assertThat(persons)
                        .noneMatch(other -> other.length() > n.length() && other.endsWith(n)));
    }

    @Test
    void aNameThatBeginsAnotherPersonsNameOftenerIsNoReasonToCutAPerson() {
        // 金正 is written 15 times, but 13 of them begin 金正恩: 金正日 keeps its last character.
        String body = "金正恩会见普京。".repeat(13) + "朝鲜前领导人金正日多年前曾访问俄罗斯。他受到金正日的接待。";
        assertThat(names(entities(body, "", List.of()), EntityType.PERSON)).contains("金正恩", "金正日")
                .doesNotContain("金正");
    }

    @Test
    void takesNoPeopleForAPlace() {
        List<Entity> found = entities("他抨击中国对新疆维吾尔族进行清洗。", "", List.of());
        assertThat(names(found, EntityType.PLACE)).doesNotContain("维吾尔");
    }

    @Test
    void titleMentionsMakeAnEntityMoreSalient() {
        List<Entity> found = entities("北京下雪。上海下雨。", "上海暴雨", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).first()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("上海市");
                    assertThat(e.salience()).isEqualTo(1.0);
                });
    }

    @Test
    void resolvesACityToItsDivisionWithCodeAndProvince() {
        List<Entity> found = entities("杭州推广健康码，杭州市民表示担忧。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("杭州市");
            AdminDivision hangzhou = e.division().orElseThrow();
            assertThat(hangzhou.code()).isEqualTo("330100");
            assertThat(hangzhou.chain()).extracting(AdminDivision::name, AdminDivision::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("浙江省", "330000"),
                            org.assertj.core.groups.Tuple.tuple("杭州市", "330100"));
            assertThat(e.country()).contains("CN");
        });
    }

    @Test
    void resolvesCountriesAndForeignPlacesInChinese() {
        List<Entity> found = entities("纽西兰总理访问华府，随后前往亚特兰大。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE)
                .extracting(Entity::name, Entity::country)
                .contains(org.assertj.core.groups.Tuple.tuple("新西兰", Optional.of("NZ")),
                        org.assertj.core.groups.Tuple.tuple("华盛顿", Optional.of("US")));
    }

    @Test
    void takesNoStreetForAPlace() {
        List<Entity> found = entities("他住在中山路的一栋楼里。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name)
                .doesNotContain("中山", "中山市");
    }

    @Test
    void givesOrganisationsTheirKind() {
        List<Entity> found = entities("新华社报道，杭州市卫健委和国家市场监督管理总局（标准委）发布了标准。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name, e -> e.kind().orElseThrow())
                .contains(org.assertj.core.groups.Tuple.tuple("新华通讯社", OrganizationKind.MEDIA),
                        org.assertj.core.groups.Tuple.tuple("杭州市卫生健康委员会", OrganizationKind.AGENCY),
                        org.assertj.core.groups.Tuple.tuple("国家市场监督管理总局", OrganizationKind.AGENCY),
                        org.assertj.core.groups.Tuple.tuple("国家标准化管理委员会", OrganizationKind.AGENCY));
        assertThat(found).filteredOn(e -> e.name().equals("杭州市卫生健康委员会")).singleElement()
                .satisfies(e -> assertThat(e.division().map(AdminDivision::code)).contains("330100"));
    }

    @Test
    void keepsTheCountryOfAForeignAgency() {
        List<Entity> found = entities("美国国务院和印度外交部都发表了声明，中国外交部予以回应。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name, Entity::country)
                .contains(org.assertj.core.groups.Tuple.tuple("美国国务院", Optional.of("US")),
                        org.assertj.core.groups.Tuple.tuple("印度外交部", Optional.of("IN")))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("国务院", Optional.of("CN")));
        assertThat(found).filteredOn(Entity::isAgency).extracting(Entity::name).contains("美国国务院", "印度外交部");
    }

    @Test
    void leavesGenericPhrasesOutOfOrganisations() {
        List<Entity> found = entities("该案律师团队表示，省议会和市政厅都没有回应。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).isEmpty();
    }

    @Test
    void leavesTheTitleOutOfAPersonsName() {
        List<Entity> found = entities("本报记者张明华报道，教授李小龙说这很重要。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .allSatisfy(n -> assertThat(n).doesNotStartWith("记者").doesNotStartWith("教授"));
    }

    @Test
    void joinsASurnameToTheFullTransliteratedName() {
        List<Entity> found = entities("美国总统唐纳德·川普周五表示，他将签署命令。川普说，这很重要。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON && e.name().contains("川普")).singleElement()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("唐纳德·川普");
                    assertThat(e.mentions()).extracting(Mention::text).contains("川普");
                });
    }

    @Test
    void keepsATaggedOrganisationThatALatinNameGlosses() {
        // No word of 亚太经济合作组织 or 清洁海洋联盟 is a proper name, but a writer glosses only names.
        List<Entity> found = entities("亚太经济合作组织(APEC)周三发表报告。该报告由“清洁海洋联盟”（Clean Ocean Alliance）发布。", "",
                List.of());
        assertThat(names(found, EntityType.ORGANIZATION)).contains("亚太经济合作组织", "清洁海洋联盟");
        assertThat(found).filteredOn(e -> e.name().equals("清洁海洋联盟")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("Clean Ocean Alliance"));
        assertThat(names(found, EntityType.PERSON)).isEmpty();
    }

    @Test
    void keepsAnUnknownNameBeforeAnInstitutionSuffix() {
        // HanLP splits names it does not know into single characters: 沁/v 雅/ag 医院, 蔚/ag 澜/ng 科技 公司.
        List<Entity> found = entities("她在沁雅医院工作多年，据称蔚澜科技公司已经裁员。会议选举产生了九届二次理事会。", "", List.of());
        assertThat(names(found, EntityType.ORGANIZATION)).contains("沁雅医院", "蔚澜科技公司")
                .doesNotContain("九届二次理事会");
    }

    @Test
    void startsAnOrganisationAfterTheOneCharacterWordTheTaggerRanItInto() {
        List<Entity> found = entities("兴雅公司被查。有人称兴雅公司非法开采。此前多封举报信，指兴雅公司董事长张某“官商勾结”。", "",
                List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("兴雅公司");
            assertThat(e.mentions()).hasSize(3).extracting(Mention::text).containsOnly("兴雅公司");
        });
    }

    @Test
    void takesTheSourceAReportIsAttributedToAsAnOutlet() {
        List<Entity> found = entities("据晨光新闻报道，当地发生地震。据外媒报道，据当地媒体12日报道，据潮音网近日报道，伤亡不明。", "",
                List.of());
        assertThat(names(found, EntityType.ORGANIZATION)).containsExactlyInAnyOrder("晨光新闻", "潮音网");
    }

    @Test
    void takesNoOrganisationWithATitleMarkInIt() {
        List<Entity> found = entities("他在《求索》杂志和香港《前哨》杂志发表文章。", "", List.of());
        assertThat(names(found, EntityType.ORGANIZATION)).allSatisfy(n -> assertThat(n).doesNotContain("《", "》"));
    }

    @Test
    void findsANumberedSchoolByItsDivisionsNameButNoPolicy() {
        List<Entity> found = entities("北京四中和长沙一中的学生参加了比赛。美国一中政策没有改变。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name, Entity::kind).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("北京四中", Optional.of(OrganizationKind.EDUCATION)),
                        org.assertj.core.groups.Tuple.tuple("长沙一中", Optional.of(OrganizationKind.EDUCATION)));
        assertThat(names(found, EntityType.PLACE)).contains("美国");
    }

    @Test
    void keepsAnOrganisationListedWithANamedOneButNotOnItsOwn() {
        assertThat(names(entities("白宫、国家海洋安全部都参与了讨论。", "", List.of()), EntityType.ORGANIZATION))
                .contains("白宫", "国家海洋安全部");
        assertThat(names(entities("海洋资源部表示将调查。", "", List.of()), EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void takesNoVerbOpeningABodysNameForItsPlace() {
        List<Entity> found = entities("他被调入前进歌舞团、北京歌舞团等文工团。", "", List.of());
        assertThat(names(found, EntityType.ORGANIZATION)).contains("前进歌舞团", "北京歌舞团");
        assertThat(names(found, EntityType.PLACE)).containsExactly("北京市");  // not 前进区
    }

    @Test
    void takesADistinguishingWordBeforeAnInstitutionSuffixForAnUnknownName() {
        // HanLP tags 金银 as a distinguishing word (b): 金银/b 湖/n 医院.
        assertThat(names(entities("记者从金银湖医院获悉。", "", List.of()), EntityType.ORGANIZATION))
                .containsExactly("金银湖医院");
        // Attributes are b words too: right before the suffix they make no name.
        assertThat(names(entities("公立医院和私立医院、大型集团都表示支持。", "", List.of()), EntityType.ORGANIZATION))
                .isEmpty();
    }
}

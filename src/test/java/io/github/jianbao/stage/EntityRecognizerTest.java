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
    void writesOutTheSuffixOfALocalBodyAndKeepsItsPlace() {
        List<Entity> found = entities("杭州市卫健委表示将升级健康码。", "", List.of());
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("杭州市卫生健康委员会");
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

    @Test
    void findsLatinScriptNamesAsPersonsOrOrganisations() {
        List<Entity> found = entities("（图片来源：Kevin Frayer/Getty Images）", "", List.of());
        assertThat(found).extracting(Entity::type, Entity::name).contains(
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "Kevin Frayer"),
                org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "Getty Images"));
    }

    @Test
    void bylinesBecomePersonsWhereTheyAreWritten() {
        List<Entity> found = entities("记者杨畅报道，李志的微博已被清空。", "", List.of("杨畅"));
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).contains("杨畅");
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
}

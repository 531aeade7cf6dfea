package io.github.jianbao.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.Entity;
import io.github.jianbao.EntityType;
import io.github.jianbao.TextPart;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.internal.Organizations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
    private static final Organizations ORGANIZATIONS = Organizations.bundled();
    private final Segmenter segmenter = new Segmenter(new Lexicon(ORGANIZATIONS.words(), Set.of()));
    private final EntityRecognizer recognizer = new EntityRecognizer(ORGANIZATIONS, io.github.jianbao.internal.ner.CharNerTagger.loadDefault());

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
                    assertThat(e.name()).isEqualTo("上海");
                    assertThat(e.salience()).isEqualTo(1.0);
                });
    }
}

package io.github.jianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleSummaryTagsTest {
    private static Entity entity(String name, double salience) {
        return new Entity(EntityType.PLACE, name, List.of(new Mention(name, 0, name.length(), TextPart.BODY)),
                salience);
    }

    private static ArticleSummary summary(List<String> sourceTags, List<Keyword> keywords, List<Entity> entities) {
        return new ArticleSummary(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), "杭州推广健康码。", List.of(), List.of(), entities, List.of(), keywords,
                sourceTags, List.of());
    }

    @Test
    void joinsPageTagsKeywordsAndSalientEntitiesEachOnce() {
        ArticleSummary s = summary(List.of("健康码", "杭州"),
                List.of(new Keyword("健康码", 1.0), new Keyword("隐私", 0.5)),
                List.of(entity("杭州", 1.0), entity("武汉", 0.6), entity("北京", 0.1)));
        assertThat(s.tags()).containsExactly(new Tag("健康码", TagOrigin.PAGE, 1), new Tag("杭州", TagOrigin.PAGE, 1),
                new Tag("隐私", TagOrigin.KEYWORD, 0.5), new Tag("武汉", TagOrigin.ENTITY, 0.6));
    }

    @Test
    void leavesOutAnEntityAlreadyTaggedInAnotherFormOrScript() {
        Entity agency = new Entity(EntityType.ORGANIZATION, "杭州市卫生健康委员会",
                List.of(new Mention("杭州市卫健委", 0, 6, TextPart.BODY)), 0.9);
        ArticleSummary s = summary(List.of("台灣"), List.of(new Keyword("杭州市卫健委", 0.8)),
                List.of(agency, entity("台湾", 1.0), entity("武汉", 0.6)));
        assertThat(s.tags()).extracting(Tag::term).containsExactly("台灣", "杭州市卫健委", "武汉");
    }

    @Test
    void leavesOutAKeywordNamingAnEntityThePageTagsInAnotherForm() {
        Entity city = new Entity(EntityType.PLACE, "杭州市", List.of(new Mention("杭州", 0, 2, TextPart.BODY),
                new Mention("杭州市", 3, 6, TextPart.BODY)), 1.0);
        ArticleSummary s = summary(List.of("杭州"), List.of(new Keyword("杭州市", 0.8), new Keyword("隐私", 0.5)),
                List.of(city));
        assertThat(s.tags()).extracting(Tag::term).containsExactly("杭州", "隐私");
    }

    @Test
    void tagsAndKeywordsPrintShortForJshell() {
        assertThat(new Keyword("健康码", 0.4567)).hasToString("健康码 0.46");
        assertThat(new Tag("健康码", TagOrigin.KEYWORD, 0.4567)).hasToString("健康码 KEYWORD 0.46");
    }

    @Test
    void givesNoTagsWhenThereIsNothingToTag() {
        assertThat(summary(List.of(), List.of(), List.of()).tags()).isEmpty();
    }

    @Test
    void rejectsABlankTermOrAScoreOutsideTheUnitRange() {
        assertThatThrownBy(() -> new Tag(" ", TagOrigin.PAGE, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("term must not be blank");
        assertThatThrownBy(() -> new Tag("隐私", TagOrigin.KEYWORD, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be in [0, 1]: 1.5");
    }
}

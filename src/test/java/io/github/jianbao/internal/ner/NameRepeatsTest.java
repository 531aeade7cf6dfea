package io.github.jianbao.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameRepeatsTest {
    private static final EntityType PERSON = EntityType.PERSON;
    private static final EntityType PLACE = EntityType.PLACE;

    @Test
    void findsTheMentionsTheTaggerMissedWhereTheyStandAsWords() {
        NameRepeats names = new NameRepeats();
        names.collect("他到过灵邱。", List.of(new NamedSpan(3, 5, PLACE)));

        // 灵邱 is a word of the second text, but only part of the word 灵邱山 in the third.
        assertThat(names.complete("灵邱是老家。", TestWords.of("灵邱", "是", "老家", "。"), List.of()))
                .containsExactly(new NamedSpan(0, 2, PLACE));
        assertThat(names.complete("灵邱山很高。", TestWords.of("灵邱山", "很", "高", "。"), List.of())).isEmpty();
    }

    @Test
    void aPersonIsLaterCalledByTheGivenNameOrTheFullNameTheSegmenterSplit() {
        NameRepeats names = new NameRepeats();
        names.collect("作家钱钟书说。", List.of(new NamedSpan(2, 5, PERSON)));

        assertThat(names.complete("钟书自幼聪颖。", TestWords.of("钟书", "自幼", "聪颖", "。"), List.of()))
                .containsExactly(new NamedSpan(0, 2, PERSON));
        assertThat(names.complete("钱钟书回国。", TestWords.of("钱", "钟书", "回国", "。"), List.of()))
                .containsExactly(new NamedSpan(0, 3, PERSON));

        names.collect("总统唐纳德·川普说。", List.of(new NamedSpan(2, 8, PERSON)));
        assertThat(names.complete("川普说。", TestWords.of("川普", "说", "。"), List.of()))
                .containsExactly(new NamedSpan(0, 2, PERSON));
    }

    @Test
    void fitsAPersonToTheNameTheDocumentGivesMoreOften() {
        NameRepeats names = new NameRepeats();
        names.collect("韩正说。韩正指出。", List.of(new NamedSpan(0, 2, PERSON), new NamedSpan(4, 6, PERSON)));
        names.collect("韩正密会港人。", List.of(new NamedSpan(0, 3, PERSON)));
        names.collect("马英九说。马英九指出。", List.of(new NamedSpan(0, 3, PERSON), new NamedSpan(5, 8, PERSON)));

        // The tagger ran into 密会 once, and stopped short of 九 once.
        assertThat(names.complete("韩正密会港人。", TestWords.of("韩正", "密会", "港人", "。"),
                List.of(new NamedSpan(0, 3, PERSON)))).containsExactly(new NamedSpan(0, 2, PERSON));
        assertThat(names.complete("马英九时代。", TestWords.of("马英九", "时代", "。"),
                List.of(new NamedSpan(0, 2, PERSON)))).containsExactly(new NamedSpan(0, 3, PERSON));
        // A name the document gives as often as the shorter one stays as it is.
        names.collect("韩正宇到了。韩正宇说。", List.of(new NamedSpan(0, 3, PERSON), new NamedSpan(6, 9, PERSON)));
        assertThat(names.complete("韩正宇说。", TestWords.of("韩正宇", "说", "。"), List.of(new NamedSpan(0, 3, PERSON))))
                .containsExactly(new NamedSpan(0, 3, PERSON));
    }

    @Test
    void aTwoCharacterPersonAlwaysBeforeTheSameCharacterTakesIt() {
        // The tagger never took 马生全 whole; 全 follows 马生 every time, and no word that stands after names.
        NameRepeats names = new NameRepeats();
        String text = "书记马生全也投案。马生全是下属。";
        List<NamedSpan> cut = List.of(new NamedSpan(2, 4, PERSON), new NamedSpan(9, 11, PERSON));
        names.collect(text, cut);
        assertThat(names.complete(text, TestWords.of("书记", "马", "生", "全", "也", "投案", "。", "马", "生", "全", "是",
                "下属", "。"), cut)).containsExactly(new NamedSpan(2, 5, PERSON), new NamedSpan(9, 12, PERSON));

        // 总 begins the word 总理; 说 stands after names; and a name before two different characters keeps its span.
        NameRepeats titled = new NameRepeats();
        String premier = "李鹏总理说。李鹏总理到。";
        List<NamedSpan> li = List.of(new NamedSpan(0, 2, PERSON), new NamedSpan(6, 8, PERSON));
        titled.collect(premier, li);
        assertThat(titled.complete(premier, TestWords.of("李鹏", "总理", "说", "。", "李鹏", "总理", "到", "。"), li))
                .isEqualTo(li);
        NameRepeats said = new NameRepeats();
        String saying = "韩正说。韩正说。";
        List<NamedSpan> both = List.of(new NamedSpan(0, 2, PERSON), new NamedSpan(4, 6, PERSON));
        said.collect(saying, both);
        assertThat(said.complete(saying, TestWords.of("韩正", "说", "。", "韩正", "说", "。"), both)).isEqualTo(both);
        NameRepeats varied = new NameRepeats();
        String mixed = "马生全也投案。马生书记说。";
        List<NamedSpan> two = List.of(new NamedSpan(0, 2, PERSON), new NamedSpan(7, 9, PERSON));
        varied.collect(mixed, two);
        assertThat(varied.complete(mixed, TestWords.of("马", "生", "全", "也", "投案", "。", "马", "生", "书记", "说", "。"),
                two)).isEqualTo(two);
    }

    @Test
    void theTypeTheDocumentMostlyGivesANameWins() {
        NameRepeats names = new NameRepeats();
        names.collect("灵邱灵邱灵邱", List.of(new NamedSpan(0, 2, PLACE), new NamedSpan(2, 4, PLACE),
                new NamedSpan(4, 6, PERSON)));
        assertThat(names.typeOf("灵邱")).isEqualTo(PLACE);
        assertThat(names.complete("灵邱", TestWords.of("灵邱"), List.of(new NamedSpan(0, 2, PERSON))))
                .containsExactly(new NamedSpan(0, 2, PLACE));

        NameRepeats even = new NameRepeats();
        even.collect("灵邱灵邱", List.of(new NamedSpan(0, 2, PLACE), new NamedSpan(2, 4, PERSON)));
        assertThat(even.typeOf("灵邱")).isNull();
        assertThat(even.complete("灵邱去了", TestWords.of("灵邱", "去", "了"), List.of())).isEmpty();
    }

    @Test
    void twoPersonsJoinedByAndAreTwo() {
        NameRepeats names = new NameRepeats();
        names.collect("彭斯说，川普说，彭斯和川普", List.of(new NamedSpan(0, 2, PERSON), new NamedSpan(4, 6, PERSON),
                new NamedSpan(8, 13, PERSON)));

        assertThat(names.complete("彭斯和川普", TestWords.of("彭斯", "和", "川普"), List.of(new NamedSpan(0, 5, PERSON))))
                .containsExactly(new NamedSpan(0, 2, PERSON), new NamedSpan(3, 5, PERSON));
        // 李和平 is one name: 李 alone names no one.
        assertThat(names.complete("李和平", TestWords.of("李和平"), List.of(new NamedSpan(0, 3, PERSON))))
                .containsExactly(new NamedSpan(0, 3, PERSON));
    }

    @Test
    void ordinaryWordsAndOrganisationsDoNotRepeat() {
        NameRepeats names = new NameRepeats();
        // The tagger took 广场 for a place once; 新华社 is an organisation.
        names.collect("广场新华社", List.of(new NamedSpan(0, 2, PLACE), new NamedSpan(2, 5, EntityType.ORGANIZATION)));

        assertThat(names.typeOf("广场")).isNull();
        assertThat(names.typeOf("新华社")).isNull();
        assertThat(names.complete("广场和新华社", TestWords.of("广场", "和", "新华社"), List.of())).isEmpty();
    }
}

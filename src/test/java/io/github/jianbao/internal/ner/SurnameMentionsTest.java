package io.github.jianbao.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurnameMentionsTest {
    private static NamedSpan person(int start, int end) {
        return new NamedSpan(start, end, EntityType.PERSON);
    }

    @Test
    void takesTheSurnameBeforeAFormOfAddressForAPerson() {
        assertThat(SurnameMentions.complete("学生叫她丁姐", TestWords.of("学生", "叫", "她", "丁", "姐"), List.of()))
                .containsExactly(person(4, 5));
        assertThat(SurnameMentions.complete("靳教授说", TestWords.of("靳", "教授", "说"), List.of()))
                .containsExactly(person(0, 1));
    }

    @Test
    void takesTheSurnameSomeoneIsSaidToHave() {
        assertThat(SurnameMentions.complete("姓林的老板说", TestWords.of("姓林", "的", "老板", "说"), List.of()))
                .containsExactly(person(1, 2));
    }

    @Test
    void leavesASurnameInsideAWordAndTitlesOfOfficeAndTheAnonymous() {
        // 提高 holds 高 before 老师; 王书记 and 王某 are left to the tagger.
        assertThat(SurnameMentions.complete("提高老师待遇", TestWords.of("提高", "老师", "待遇"), List.of())).isEmpty();
        // 刘伯承 is one word: 伯 is no form of address there.
        assertThat(SurnameMentions.complete("刘伯承元帅", TestWords.of("刘伯承", "元帅"), List.of())).isEmpty();
        assertThat(SurnameMentions.complete("王书记和王某", TestWords.of("王", "书记", "和", "王", "某"), List.of()))
                .isEmpty();
    }

    @Test
    void cutsAPersonTakenWithItsFormOfAddressToTheSurname() {
        assertThat(SurnameMentions.complete("丁姨来了", TestWords.of("丁", "姨", "来", "了"), List.of(person(0, 2))))
                .containsExactly(person(0, 1));
        assertThat(SurnameMentions.complete("丁晓莲来了", TestWords.of("丁晓莲", "来", "了"), List.of(person(0, 3))))
                .containsExactly(person(0, 3));
    }

    @Test
    void leavesASurnameAnEntityCovers() {
        List<NamedSpan> tagged = List.of(new NamedSpan(0, 3, EntityType.ORGANIZATION));
        assertThat(SurnameMentions.complete("黄女士说", TestWords.of("黄", "女士", "说"), tagged)).isEqualTo(tagged);
    }
}

package io.github.jianbao.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.EntityType;
import io.github.jianbao.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListedNamesTest {
    private static NamedSpan person(int start, int end) {
        return new NamedSpan(start, end, EntityType.PERSON);
    }

    @Test
    void takesTheUnnamedItemsOfAListOfPersonsForPersons() {
        // 李克强、汪洋、王沪宁等: the tagger found the first and the last; 汪洋 also reads as "vast ocean".
        String text = "李克强、汪洋、王沪宁等出席";
        List<NamedSpan> tagged = List.of(person(0, 3), person(7, 10));
        assertThat(ListedNames.complete(text, TestWords.of("李克强", "、", "汪洋", "、", "王沪宁", "等", "出席"), tagged))
                .containsExactly(person(0, 3), person(4, 6), person(7, 10));
    }

    @Test
    void leavesAListThatAlsoNamesAPlaceOrHasTooFewPersons() {
        String mixed = "李克强、汪洋、北京等";
        List<NamedSpan> withPlace = List.of(person(0, 3), new NamedSpan(7, 9, EntityType.PLACE));
        assertThat(ListedNames.complete(mixed, TestWords.of("李克强", "、", "汪洋", "、", "北京", "等"), withPlace))
                .isEqualTo(withPlace);
        String one = "李克强、汪洋、海浪等";
        List<NamedSpan> onePerson = List.of(person(0, 3));
        assertThat(ListedNames.complete(one, TestWords.of("李克强", "、", "汪洋", "、", "海浪", "等"), onePerson))
                .isEqualTo(onePerson);
    }

    @Test
    void takesNoPronounOrVerbForAName() {
        String text = "李克强、王沪宁、大家、出席";
        List<NamedSpan> tagged = List.of(person(0, 3), person(4, 7));
        List<Token> words = List.of(new Token("李克强", "nr", 0, 3), new Token("、", "w", 3, 4),
                new Token("王沪宁", "nr", 4, 7), new Token("、", "w", 7, 8), new Token("大家", "rr", 8, 10),
                new Token("、", "w", 10, 11), new Token("出席", "v", 11, 13));
        assertThat(ListedNames.complete(text, words, tagged)).isEqualTo(tagged);
    }

    @Test
    void takesNoItemOfANumberOrOfMoreThanThreeCharacters() {
        String text = "张三、李四、三个、王小二麻子";
        List<NamedSpan> tagged = List.of(person(0, 2), person(3, 5));
        List<Token> words = List.of(new Token("张三", "nr", 0, 2),
                new Token("、", "w", 2, 3), new Token("李四", "nr", 3, 5),
                new Token("、", "w", 5, 6), new Token("三", "m", 6, 7),
                new Token("个", "q", 7, 8), new Token("、", "w", 8, 9),
                new Token("王小二麻子", "n", 9, 14));
        assertThat(ListedNames.complete(text, words, tagged)).isEqualTo(tagged);
    }
}

package io.github.jianbao.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.EntityType;
import io.github.jianbao.internal.ner.PlaceAbbreviations.Abbreviation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceAbbreviationsTest {
    @Test
    void readsEveryCharacterOfARunOfProvinces() {
        assertThat(PlaceAbbreviations.find("港澳同胞", TestWords.of("港澳", "同胞")))
                .containsExactly(new Abbreviation(0, "香港"), new Abbreviation(1, "澳门"));
        assertThat(PlaceAbbreviations.find("晋察冀边区", TestWords.of("晋察冀", "边区")))
                .extracting(Abbreviation::fullName).containsExactly("山西", "察哈尔", "河北");
        // 宁 is Nanjing beside Shanghai, Ningxia elsewhere.
        assertThat(PlaceAbbreviations.find("沪宁线", TestWords.of("沪宁", "线")))
                .extracting(Abbreviation::fullName).containsExactly("上海", "南京");
        assertThat(PlaceAbbreviations.find("陕甘宁", TestWords.of("陕甘宁")))
                .extracting(Abbreviation::fullName).containsExactly("陕西", "甘肃", "宁夏");
    }

    @Test
    void leavesWordsThatAreMoreThanAbbreviationsAndPairsOfCountries() {
        // 晋京 is also a verb, 中西 and 老中青 no places; 中美 the tagger finds itself. 港澳 split apart is no run.
        assertThat(PlaceAbbreviations.find("晋京中西老中青中美", TestWords.of("晋京", "中西", "老中青", "中美"))).isEmpty();
        assertThat(PlaceAbbreviations.find("港澳", TestWords.of("港", "澳"))).isEmpty();
    }

    @Test
    void completesOnlyWhereNoSpanStands() {
        List<NamedSpan> tagged = List.of(new NamedSpan(0, 1, EntityType.PLACE));
        assertThat(PlaceAbbreviations.complete("港澳同胞", TestWords.of("港澳", "同胞"), tagged))
                .containsExactly(new NamedSpan(0, 1, EntityType.PLACE), new NamedSpan(1, 2, EntityType.PLACE));
        List<NamedSpan> office = List.of(new NamedSpan(0, 3, EntityType.ORGANIZATION));
        assertThat(PlaceAbbreviations.complete("港澳办", TestWords.of("港澳", "办"), office)).isEqualTo(office);
    }
}

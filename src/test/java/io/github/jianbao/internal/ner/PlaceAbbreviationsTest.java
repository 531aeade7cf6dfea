package io.github.jianbao.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.EntityType;
import io.github.jianbao.Token;
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
        // 晋京 is also a verb, 中西 and 老中青 no places; 中美 with no relation after it the tagger finds itself. 港澳 split
        // apart is no run.
        assertThat(PlaceAbbreviations.find("晋京中西老中青中美", TestWords.of("晋京", "中西", "老中青", "中美"))).isEmpty();
        assertThat(PlaceAbbreviations.find("港澳", TestWords.of("港", "澳"))).isEmpty();
    }

    @Test
    void readsThePlaceAVerbOfGoingTakes() {
        List<Token> words = List.of(new Token("已", "d", 0, 1), new Token("返", "v", 1, 2), new Token("沪", "b", 2, 3));
        assertThat(PlaceAbbreviations.find("已返沪", words)).containsExactly(new Abbreviation(2, "上海"));
        List<Token> army = List.of(new Token("参军", "vi", 0, 2), new Token("赴", "v", 2, 3), new Token("藏", "v", 3, 4));
        assertThat(PlaceAbbreviations.find("参军赴藏", army)).containsExactly(new Abbreviation(3, "西藏"));
        // 川 of 川普 after 在, 港 a harbour after 进, and a place after a word that is no verb are none.
        List<Token> trump = List.of(new Token("在", "p", 0, 1), new Token("川", "n", 1, 2), new Token("普", "n", 2, 3));
        assertThat(PlaceAbbreviations.find("在川普", trump)).isEmpty();
        List<Token> harbour = List.of(new Token("进", "v", 0, 1), new Token("港", "n", 1, 2));
        assertThat(PlaceAbbreviations.find("进港", harbour)).isEmpty();
        assertThat(PlaceAbbreviations.find("返沪", TestWords.of("返", "沪"))).isEmpty();
    }

    @Test
    void readsCountriesBeforeTheWordsOfARelation() {
        assertThat(PlaceAbbreviations.find("中挪友好合作", TestWords.of("中", "挪", "友好", "合作")))
                .extracting(Abbreviation::fullName).containsExactly("中国", "挪威");
        assertThat(PlaceAbbreviations.find("中日韩三国", TestWords.of("中", "日韩", "三国")))
                .extracting(Abbreviation::fullName).containsExactly("中国", "日本", "韩国");
        // 中意 is also "to like"; 中英文 one word.
        assertThat(PlaceAbbreviations.find("中意这个方案", TestWords.of("中意", "这个", "方案"))).isEmpty();
        assertThat(PlaceAbbreviations.find("中英文关系", TestWords.of("中英文", "关系"))).isEmpty();
        // 中华 is one name, not two countries.
        assertThat(PlaceAbbreviations.find("中华人民", TestWords.of("中华", "人民"))).isEmpty();
    }

    @Test
    void readsAListWhoseItemsAreAllPlacesOfOneCharacter() {
        assertThat(PlaceAbbreviations.find("转战赣、粤、闽、湘", TestWords.of("转战", "赣", "、", "粤", "、", "闽", "、", "湘")))
                .extracting(Abbreviation::fullName).containsExactly("江西", "广东", "福建", "湖南");
        // Terms of three lengths and the police, the procuracy and the courts hold one that is no place.
        assertThat(PlaceAbbreviations.find("短、中、长", TestWords.of("短", "、", "中", "、", "长"))).isEmpty();
        assertThat(PlaceAbbreviations.find("公、检、法", TestWords.of("公", "、", "检", "、", "法"))).isEmpty();
        assertThat(PlaceAbbreviations.find("京、沪", TestWords.of("京", "、", "沪"))).isEmpty();
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

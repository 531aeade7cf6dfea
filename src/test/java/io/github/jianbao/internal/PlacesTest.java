package io.github.jianbao.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.AdminDivision;
import io.github.jianbao.DivisionLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacesTest {
    private final Places places = Places.bundled();

    @Test
    void shortensDivisionNamesByLevelAndEthnicGroup() {
        assertThat(Places.shortForm("杭州市")).contains("杭州");
        assertThat(Places.shortForm("延边朝鲜族自治州")).contains("延边");
        assertThat(Places.shortForm("新疆维吾尔自治区")).contains("新疆");
        assertThat(Places.shortForm("香港特别行政区")).contains("香港");
        assertThat(Places.shortForm("寿县")).isEmpty();
    }

    @Test
    void resolvesShortAndFullNamesToOneDivision() {
        AdminDivision zhejiang = places.resolve("浙江", List.of()).flatMap(Places.Place::division).orElseThrow();
        assertThat(zhejiang.name()).isEqualTo("浙江省");
        assertThat(zhejiang.level()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(places.resolve("浙江省", List.of()).flatMap(Places.Place::division)).contains(zhejiang);
    }

    @Test
    void prefersTheProvinceWhereAShortNameFitsSeveralLevels() {
        assertThat(places.resolve("吉林", List.of()).flatMap(Places.Place::division).map(AdminDivision::code))
                .contains("220000");
    }

    @Test
    void resolvesADistrictNameThatRecursOnlyInContext() {
        assertThat(places.resolve("朝阳区", List.of())).isEmpty();
        AdminDivision beijing = places.resolve("北京", List.of()).flatMap(Places.Place::division).orElseThrow();
        assertThat(places.resolve("朝阳区", List.of(beijing)).flatMap(Places.Place::division)
                .map(AdminDivision::code)).contains("110105");
    }

    @Test
    void namesCountriesInChineseWithTheirCode() {
        assertThat(places.resolve("美国", List.of())).map(Places.Place::country).contains(Optional.of("US"));
        assertThat(places.resolve("纽西兰", List.of())).map(Places.Place::name).contains("新西兰");
    }

    @Test
    void knowsEveryStateOfTheUnitedStatesByItsMainlandAndTaiwanNames() {
        assertThat(places.resolve("蒙大拿", List.of())).map(Places.Place::name).contains("蒙大拿州");
        assertThat(places.resolve("维吉尼亚州", List.of())).map(Places.Place::name).contains("弗吉尼亚州");
        assertThat(places.resolve("西维吉尼亚州", List.of())).map(Places.Place::name).contains("西弗吉尼亚州");
        assertThat(places.resolve("密西根州", List.of())).map(Places.Place::country).contains(Optional.of("US"));
    }

    @Test
    void findsNamesInText() {
        String text = "杭州市和浙江的人去了美国。";
        assertThat(places.find(text)).extracting(h -> text.substring(h.start(), h.end()))
                .contains("杭州市", "杭州", "浙江", "美国");
    }
}

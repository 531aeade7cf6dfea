package io.github.jianbao.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.OrganizationKind;
import org.junit.jupiter.api.Test;

class OrganizationsTest {
    private final Organizations organizations = Organizations.bundled();

    @Test
    void tellsTheKindByHowTheNameEndsFirstRuleFirst() {
        assertThat(organizations.kindOf("浙江省委宣传部")).isEqualTo(OrganizationKind.PARTY);
        assertThat(organizations.kindOf("北京四中")).isEqualTo(OrganizationKind.EDUCATION);
        assertThat(organizations.kindOf("上海3中")).isEqualTo(OrganizationKind.EDUCATION);
        assertThat(organizations.kindOf("南方都市报")).isEqualTo(OrganizationKind.MEDIA);
        assertThat(organizations.kindOf("Getty Images")).isEqualTo(OrganizationKind.MEDIA);
        assertThat(organizations.kindOf("澳大利亚移民部")).isEqualTo(OrganizationKind.AGENCY);
        assertThat(organizations.kindOf("某某花园")).isEqualTo(OrganizationKind.OTHER);
    }

    @Test
    void readsACharacterClassBeforeAnEnding() {
        assertThat(organizations.kindOf("某某大报")).isEqualTo(OrganizationKind.OTHER);  // [^大]报
        assertThat(organizations.isPlausible("招商银行")).isTrue();
        assertThat(organizations.isPlausible("出差之行")).isFalse();  // [^之]行
        assertThat(organizations.isPlausible("利用科技")).isFalse();
        assertThat(organizations.isPlausible("广州律协")).isTrue();
    }

    @Test
    void takesANameEndingAsAnOutletsDoesForAnOrganisation() {
        assertThat(organizations.isPlausible("晨光新闻")).isTrue();
        assertThat(organizations.isPlausible("大河周刊")).isTrue();
        assertThat(organizations.isPlausible("科学杂志")).isTrue();
        assertThat(organizations.isPlausible("海峡之声")).isTrue();
        assertThat(organizations.isPlausible("发布新闻稿")).isFalse();
    }
}

package io.github.jianbao.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditsTest {
    @Test
    void readsClosingCreditsOfTheMirrorsAndFeeds() {
        assertThat(Credits.isCredit("(记者傅元曦报导/责任编辑：程以仁)")).isTrue();
        assertThat(Credits.authors("(记者傅元曦报导/责任编辑：程以仁)")).containsExactly("傅元曦");
        assertThat(Credits.authors("自由亚洲电台记者柳飞 责编：何平 网编：洪伟")).containsExactly("柳飞");
        assertThat(Credits.authors("见习记者 张子竹 实习记者 王瑞琪")).containsExactly("张子竹", "王瑞琪");
        assertThat(Credits.authors("文山/叶宣/(印度时报等)")).containsExactly("文山", "叶宣");
    }

    @Test
    void leavesStorySentencesAlone() {
        assertThat(Credits.isCredit("记者调查发现，当地已有三家工厂停工。")).isFalse();
        assertThat(Credits.isEndMatter("西北地区")).isFalse();
        assertThat(Credits.isEndMatter("0")).isFalse();
    }

    @Test
    void knowsEndMarksAndLabels() {
        assertThat(Credits.isEndMatter("（完）")).isTrue();
        assertThat(Credits.isEndMatter("+1")).isTrue();
        assertThat(Credits.isEndMatter("（文章只代表特约评论员个人的立场和观点）")).isTrue();
        assertThat(Credits.withoutEndMark("表示将维持与台湾的邦交。#")).isEqualTo("表示将维持与台湾的邦交。");
        assertThat(Credits.sourceLabel("2019-12-10 07:57:40来源：新华网")).contains("新华网");
        assertThat(Credits.sourceLabel("本文来源：新京报 举报")).contains("新京报");
    }
}

package io.github.jianbao.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimplifiedTest {
    @Test
    void convertsTraditionalTextCharForChar() {
        String text = "國家衛生健康委員會於週三發佈通知。";

        String view = Simplified.view(text);

        assertThat(view).isEqualTo("国家卫生健康委员会于周三发布通知。").hasSameSizeAs(text);
    }

    @Test
    void keepsSimplifiedTextAsItIs() {
        String text = "国家卫生健康委员会于周三发布通知，什么方式都可以。";

        assertThat(Simplified.view(text)).isSameAs(text);
    }

    @Test
    void convertsAPhraseWhoseCharsHanLpKeepsOnTheirOwn() {
        // 程 and 式 are simplified chars; only HanLP's phrase 程式 turns 式 into 序, and 瞭 into 了 in 瞭解.
        assertThat(Simplified.view("程式")).isEqualTo("程序");
        assertThat(Simplified.view("瞭解")).isEqualTo("了解");
    }

    @Test
    void keepsAStrayTraditionalCharInALongSimplifiedText() {
        String text = "他在会上说，" + "这项工作已经取得了明显的进展。".repeat(10) + "國";

        assertThat(Simplified.view(text)).isSameAs(text);
    }
}

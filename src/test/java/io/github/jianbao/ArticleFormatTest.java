package io.github.jianbao;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleFormatTest {
    @Test
    void detectsWholeHtmlPages() {
        assertThat(ArticleFormat.detect("<!DOCTYPE html><html><body><p>北京</p></body></html>"))
                .isEqualTo(ArticleFormat.HTML);
    }

    @Test
    void detectsMarkdownMirrorsEvenWithEmbeddedHtml() {
        assertThat(ArticleFormat.detect("### 标题\n-----\n\n<div><p>正文。</p></div>")).isEqualTo(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.detect("---\ntitle: 标题\n---\n正文。")).isEqualTo(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.detect("见[原文](http://example.com/a)。")).isEqualTo(ArticleFormat.MARKDOWN);
    }

    @Test
    void detectsHtmlFragments() {
        assertThat(ArticleFormat.detect("<p>杭州市卫健委表示。</p>")).isEqualTo(ArticleFormat.HTML);
        assertThat(ArticleFormat.detect("<script>track()</script><nav>首页</nav>")).isEqualTo(ArticleFormat.HTML);
    }

    @Test
    void takesEverythingElseAsPlainText() {
        assertThat(ArticleFormat.detect("北京今天下雪，气温 3<5 度。")).isEqualTo(ArticleFormat.PLAIN_TEXT);
    }

    @Test
    void keepsPlainTextWithAnOccasionalRuleOrHashtagPlain() {
        // #3: a separator line, a Weibo hashtag or one bullet list do not make a text Markdown.
        assertThat(ArticleFormat.detect("北京今天下雪。\n---\n明天转晴。")).isEqualTo(ArticleFormat.PLAIN_TEXT);
        assertThat(ArticleFormat.detect("#北京暴雪# 今天北京下雪。\n#明天转晴#")).isEqualTo(ArticleFormat.PLAIN_TEXT);
        assertThat(ArticleFormat.detect("要点：\n- 下雪\n- 降温\n\n-----\n")).isEqualTo(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.detect("要点：\n- 下雪\n- 降温")).isEqualTo(ArticleFormat.PLAIN_TEXT);
        assertThat(ArticleFormat.detect("第1条\n第2条 #3")).isEqualTo(ArticleFormat.PLAIN_TEXT);
    }

    @Test
    void detectsMarkdownByHeadingsUnderlinesOrTwoLighterMarks() {
        assertThat(ArticleFormat.detect("## 北京下雪\n正文。")).isEqualTo(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.detect("北京下雪\n====\n正文。")).isEqualTo(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.detect("**北京**下雪。\n> 气象台说明天转晴。")).isEqualTo(ArticleFormat.MARKDOWN);
    }
}

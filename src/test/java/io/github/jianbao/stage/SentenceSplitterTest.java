package io.github.jianbao.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianbao.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsAtChineseFullStopAndKeepsOffsets() {
        List<Sentence> sentences = splitter.apply("今天北京下雪。明天转晴！");

        assertThat(sentences).extracting(Sentence::text).containsExactly("今天北京下雪。", "明天转晴！");
        assertThat(sentences.get(1)).isEqualTo(new Sentence("明天转晴！", 7, 12));
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertThat(splitter.apply("他说：“这是短期权力吗？”也有网友批评。"))
                .extracting(Sentence::text).containsExactly("他说：“这是短期权力吗？”", "也有网友批评。");
    }

    @Test
    void splitsAtLineBreaksAndTrimsWhiteSpace() {
        List<Sentence> sentences = splitter.apply(" 第一段没有句号\n\u3000第二段。 ");

        assertThat(sentences).extracting(Sentence::text).containsExactly("第一段没有句号", "第二段。");
        assertThat(sentences.get(1).start()).isEqualTo(10);
    }

    @Test
    void doesNotSplitInsideLatinWordsOrAddresses() {
        assertThat(splitter.apply("访问 https://example.com/a?b=1 查看。"))
                .extracting(Sentence::text).containsExactly("访问 https://example.com/a?b=1 查看。");
    }

    @Test
    void handlesFullWidthLettersAndSurrogatePairs() {
        String text = "ＡＢＣ公司发布𠮷野家新品。第二句。";
        assertThat(splitter.apply(text)).extracting(Sentence::text).containsExactly("ＡＢＣ公司发布𠮷野家新品。", "第二句。");
    }

    @Test
    void splitsAVeryLongArticleWithoutLosingText() {
        String text = "北京今天下雪。".repeat(20_000);
        List<Sentence> sentences = splitter.apply(text);
        assertThat(sentences).hasSize(20_000);
        assertThat(sentences.get(19_999).end()).isEqualTo(text.length());
    }

    @Test
    void rejectsBlankTextWithItsName() {
        assertThatThrownBy(() -> splitter.apply("\u3000 "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text must not be blank");
    }
}

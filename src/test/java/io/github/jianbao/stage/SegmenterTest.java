package io.github.jianbao.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Lexicon;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter(new Lexicon(List.of("国家市场监督管理总局"), Set.of("一码知健")));

    @Test
    void tokensAreExactSubstringsCoveringTheTextButWhiteSpace() {
        String text = "杭州市卫健委表示，\n将推广 Kevin Frayer 拍摄的健康码。";
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, text));

        assertThat(tagged.tokens()).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(tagged.tokens().stream().map(Token::text).collect(Collectors.joining()))
                .isEqualTo(text.replaceAll("\\s", ""));
    }

    @Test
    void keepsTheAnalyzersOwnWordsWhole() {
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, "国家市场监督管理总局推出一码知健。"));
        assertThat(tagged.tokens()).extracting(Token::text).contains("国家市场监督管理总局", "一码知健");
    }

    @Test
    void segmentsTraditionalScriptThroughASimplifiedViewOfTheSameLength() {
        String text = "以色列總理喜歡把髒衣服帶去白宮清洗。";
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, text));

        assertThat(tagged.view()).hasSameSizeAs(text).contains("总理");
        assertThat(tagged.tokens()).extracting(Token::text).contains("總理");
    }

    @Test
    void handlesEmptyTextFullWidthAndSurrogatePairs() {
        assertThat(segmenter.apply(new PartText(TextPart.TITLE, "")).tokens()).isEmpty();
        String text = "ＡＢＣ公司在𠮷野家开会。";
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, text));
        assertThat(tagged.tokens().stream().map(Token::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void writesNumbersAndCalendarWordsAsTheSegmentationStandardsDo() {
        String text = "１９９８年１月１日，增长１５．６％，2020年5月26日下午3时有1200万人参加第三十一次会议，三年前如此。";
        assertThat(segmenter.apply(new PartText(TextPart.BODY, text)).tokens())
                .extracting(t -> t.text() + "/" + t.tag())
                .contains("１９９８年/t", "１月/t", "１日/t", "１５．６％/m", "2020年/t", "5月/t", "26日/t", "3时/t",
                        "1200万/m", "第三十一/m", "三/m")
                .doesNotContain("三年/t");
    }

    @Test
    void wordsFollowThePekingUniversityStandardWhileTokensKeepHanLPsDictionaryWords() {
        String text = "江泽民同志向孩子们发出新的号召，捐款10万元。";
        TaggedText tagged = segmenter.apply(new PartText(TextPart.BODY, text));

        assertThat(tagged.tokens()).extracting(Token::text).contains("江泽民", "孩子们", "新的");
        assertThat(tagged.words()).extracting(t -> t.text() + "/" + t.tag())
                .contains("江/nr", "泽民/nr", "孩子/n", "们/k", "新/a", "的/uj")
                .doesNotContain("江泽民/nr", "新的/a");
        assertThat(tagged.words()).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(tagged.words().stream().map(Token::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void wordsKeepTheUsersOwnTermsWhole() {
        Segmenter plain = new Segmenter(new Lexicon(List.of(), Set.of()));
        Segmenter withTerm = new Segmenter(new Lexicon(List.of(), Set.of("孩子们")));
        String text = "孩子们都来了。";

        assertThat(plain.apply(new PartText(TextPart.BODY, text)).words()).extracting(Token::text)
                .doesNotContain("孩子们");
        assertThat(withTerm.apply(new PartText(TextPart.BODY, text)).words()).extracting(Token::text)
                .contains("孩子们");
        assertThat(withTerm.apply(new PartText(TextPart.BODY, "孩子們都來了。")).words()).extracting(Token::text)
                .contains("孩子們");
    }
}

package io.github.jianbao.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.TextPart;
import io.github.jianbao.internal.Lexicon;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummaryAssemblerTest {
    private final Segmenter segmenter = new Segmenter(new Lexicon(List.of(), Set.of()));
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> pick(int count, String text) {
        return new SummaryAssembler(count).apply(new SummaryAssembler.Input(splitter.apply(text),
                segmenter.apply(new PartText(TextPart.BODY, text)).tokens()));
    }

    @Test
    void picksSentencesInArticleOrderAndSkipsFragments() {
        String text = "小标题\n杭州市卫健委表示，将对健康码进一步升级，搜集病患的电子病历。"
                + "健康码已实现一码就医、预约挂号、一键急救等多个应用。"
                + "部分民众表示担忧，认为健康码常态化可能侵犯个人隐私。"
                + "也有网友批评，危机政策常态化。";
        List<String> picked = pick(2, text);
        assertThat(picked).hasSize(2).doesNotContain("小标题");
        assertThat(text.indexOf(picked.get(0))).isLessThan(text.indexOf(picked.get(1)));
    }

    @Test
    void dropsASentenceThatRepeatsOneAlreadyPicked() {
        String text = "杭州市卫健委表示将对健康码进一步升级。杭州市卫健委表示将对健康码进一步升级！"
                + "部分民众表示担忧，认为此举可能侵犯个人隐私。";
        assertThat(pick(2, text)).hasSize(2).contains("部分民众表示担忧，认为此举可能侵犯个人隐私。");
    }

    @Test
    void givesNothingWhenNoSentenceStandsAlone() {
        assertThat(pick(3, "标题一\n标题二")).isEmpty();
    }

    @Test
    void ranksOnlyTheFirstSentencesOfAVeryLongArticle() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SummaryAssembler.MAX_SENTENCES * 20; i++) {
            text.append("第").append(i).append("段记者报道当地健康码推广的最新进展。\n");
        }
        List<String> picked = pick(3, text.toString());
        assertThat(picked).isNotEmpty().allSatisfy(s -> assertThat(text.indexOf(s)).isLessThan(
                text.indexOf("第" + SummaryAssembler.MAX_SENTENCES + "段")));
    }
}

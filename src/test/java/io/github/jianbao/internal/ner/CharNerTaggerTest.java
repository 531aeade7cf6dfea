package io.github.jianbao.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianbao.EntityType;
import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.internal.Organizations;
import io.github.jianbao.stage.PartText;
import io.github.jianbao.stage.Segmenter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CharNerTaggerTest {
    private final CharNerTagger tagger = CharNerTagger.loadDefault();
    private final Segmenter segmenter = new Segmenter(new Lexicon(Organizations.bundled().words(), List.of()));

    @Test
    void findsPersonAndPlace() {
        String text = "张伟昨天在上海参加了一个会议。";

        assertThat(covered(text)).containsExactly("张伟/PERSON", "上海/PLACE");
        assertThat(tag(text).get(1)).isEqualTo(new NamedSpan(5, 7, EntityType.PLACE));
    }

    @Test
    void findsOrganisation() {
        assertThat(covered("外交部发言人今天回答了记者的提问。")).containsExactly("外交部/ORGANIZATION");
    }

    @Test
    void findsAgencyCityAndCountriesInADateline() {
        assertThat(covered("据新华社东京电，日本首相在记者会上表示将访问华盛顿。"))
                .containsExactly("新华社/ORGANIZATION", "东京/PLACE", "日本/PLACE", "华盛顿/PLACE");
    }

    @Test
    void findsLongOrganisationNamesThatStartWithPlaces() {
        // A weakness of the perceptron-trained model: a first-order char model sees only two chars either side and a
        // few long-range hints (how far the next organisation suffix word lies), and it stopped at the places the
        // name starts with. Trained as a CRF, it takes the whole name.
        assertThat(covered("浙江省湖州市德清县农村信用合作联社昨天召开了年度总结大会。"))
                .containsExactly("浙江省湖州市德清县农村信用合作联社/ORGANIZATION");
    }

    @Test
    void endsAnOrganisationBeforeALatinTitleAndAName() {
        // #4: a known weakness until the tagger read the segmenter's words: MSRA has few Latin letters, and the
        // char model swallowed the name into Apple公司CEO库克; the words 公司 and CEO now end the organisation.
        assertThat(covered("Apple公司CEO库克今天抵达上海浦东国际机场。"))
                .containsExactly("Apple公司/ORGANIZATION", "库克/PERSON", "上海/PLACE", "浦东国际机场/PLACE");
    }

    @Test
    void findsNothingInEmptyOrEntityFreeText() {
        assertThat(tag("")).isEmpty();
        assertThat(tag("今天天气很好，我们去散步吧。")).isEmpty();
    }

    @Test
    void tagsTextsOfOneAndTwoChars() {
        // The tagger reads the next char's weights while it scores a char; the last char has no next one.
        assertThat(tag("北京")).containsExactly(new NamedSpan(0, 2, EntityType.PLACE));
        for (String text : List.of("京", "。", "A", "\uD842\uDFB7")) {
            assertThat(tag(text)).allSatisfy(span -> assertThat(span.end()).isLessThanOrEqualTo(text.length()));
        }
    }

    @Test
    void keepsOffsetsWithFullWidthAndLatinChars() {
        String text = "ＡＢＣ公司的Ｔｏｍ和李明在北京见面，\u3000共同签署了2024年的协议。";

        List<NamedSpan> spans = tag(text);

        assertThat(covered(text)).contains("李明/PERSON", "北京/PLACE");
        assertThat(spans).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "\uD842\uDFB7\uD842\uDFB7先生到了广州。";

        List<NamedSpan> spans = tag(text);

        assertThat(covered(text)).contains("广州/PLACE");
        assertThat(spans).allSatisfy(s -> {
            assertThat(Character.isLowSurrogate(text.charAt(s.start()))).isFalse();
            assertThat(s.end() == text.length() || !Character.isLowSurrogate(text.charAt(s.end()))).isTrue();
        });
    }

    @Test
    void spansDoNotOverlapAndComeInTextOrder() {
        String text = "国务院总理李强在人民大会堂会见了来访的法国总统，双方就中法关系交换了意见。";

        List<NamedSpan> spans = tag(text);

        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }

    @Test
    void tagsAVeryLongTextLikeItsParts() {
        // Viterbi scores are kept relative to the best, so a long article cannot overflow them.
        String sentence = "张伟昨天在上海参加了一个会议。";
        String text = sentence.repeat(20_000);

        List<NamedSpan> spans = tag(text);

        int last = text.length() - sentence.length();
        List<NamedSpan> tail = spans.stream().filter(s -> s.start() >= last)
                .map(s -> new NamedSpan(s.start() - last, s.end() - last, s.type())).toList();
        assertThat(tail).isEqualTo(tag(sentence));
    }

    @Test
    void weighsEachFeatureOfEachCharLikeTraining() {
        // The tagger reads some features from tables it fills when it loads, and looks up the rest. A model that knows
        // one feature of the training extraction, for one char, must tag that char, whichever feature it is; the
        // first char lies beyond the BMP.
        String text = "\uD842\uDFB7野说，杭州市政府很好。";
        int[] codePoints = text.codePoints().toArray();
        List<Token> tokens = words(text);
        CharFeatures features = CharFeatures.bundled();
        int[] all = features.extract(text, codePoints, tokens);
        float[] weights = new float[NerLabels.COUNT];
        weights[NerLabels.label(EntityType.PERSON, 0, 1)] = 10;
        for (int at : new int[] {0, 6}) {
            int start = text.offsetByCodePoints(0, at);
            NamedSpan person = new NamedSpan(start, text.offsetByCodePoints(start, 1), EntityType.PERSON);
            for (int f = 0; f < CharFeatures.PER_CHAR; f++) {
                int[] key = {all[at * CharFeatures.PER_CHAR + f]};
                CharNerTagger model = CharNerTagger.fromWeights(features, key, weights,
                        new float[NerLabels.COUNT * NerLabels.COUNT]);

                assertThat(model.tag(text, tokens)).as("feature %d of char %d", f, at).contains(person);
            }
        }
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> tagger.tag(null, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void writesAndReadsTheSameModel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tagger.write(out);

        CharNerTagger copy = CharNerTagger.read(CharFeatures.bundled(), new ByteArrayInputStream(out.toByteArray()));

        String text = "李明和王芳在杭州市人民政府工作。";
        assertThat(copy.featureCount()).isEqualTo(tagger.featureCount());
        assertThat(copy.tag(text, words(text))).isEqualTo(tag(text));
    }

    @Test
    void rejectsAStreamThatIsNoModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }

        assertThatThrownBy(() -> CharNerTagger.read(CharFeatures.bundled(),
                new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("not a char NER model");
    }

    private List<NamedSpan> tag(String text) {
        return tagger.tag(text, words(text));
    }

    private List<Token> words(String text) {
        return segmenter.apply(new PartText(TextPart.BODY, text)).tokens();
    }

    private List<String> covered(String text) {
        return tag(text).stream().map(s -> s.coveredText(text) + "/" + s.type()).toList();
    }
}

package io.github.jianbao.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.stage.PartText;
import io.github.jianbao.stage.Segmenter;
import io.github.jianbao.stage.TaggedText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class WordBoundariesTest {
    private final Segmenter hanlp = new Segmenter(new Lexicon(List.of(), Set.of()), null);
    private final WordBoundaries model = WordBoundaries.loadDefault();

    @Test
    void joinsTheCharsOfANameHanLPDoesNotKnowAndSplitsSurnames() {
        String text = "布兰特原油均价上涨，李鹏和王国栋出席。";
        TaggedText tagged = hanlp.apply(new PartText(TextPart.BODY, text));

        List<Token> words = model.split(text, tagged.view(), tagged.tokens(), word -> false);

        assertThat(tagged.tokens()).extracting(Token::text).doesNotContain("布兰特");
        assertThat(words).extracting(Token::text).contains("布兰特", "李", "鹏");
    }

    @Test
    void keepsDigitsLatinAndPunctuationAsHanLPSplitThem() {
        String text = "Apple公司2020年卖出1200万部iPhone。";
        TaggedText tagged = hanlp.apply(new PartText(TextPart.BODY, text));

        List<Token> words = model.split(text, tagged.view(), tagged.tokens(), word -> false);

        assertThat(words).extracting(Token::text).contains("Apple", "2020年", "iPhone", "。");
        assertThat(words.stream().map(Token::text).reduce("", String::concat)).isEqualTo(text);
    }

    @Test
    void writesAndReadsTheSameModel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);

        WordBoundaries copy = WordBoundaries.read(new ByteArrayInputStream(out.toByteArray()));

        String text = "江泽民同志向孩子们发出新的号召，捐款10万元。";
        TaggedText tagged = hanlp.apply(new PartText(TextPart.BODY, text));
        assertThat(copy.featureCount()).isEqualTo(model.featureCount());
        assertThat(copy.split(text, tagged.view(), tagged.tokens(), word -> false))
                .isEqualTo(model.split(text, tagged.view(), tagged.tokens(), word -> false));
    }

    @Test
    void rejectsAStreamThatIsNoModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }

        assertThatThrownBy(() -> WordBoundaries.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("not a word boundary model");
    }
}

package io.github.jianbao.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {
    private static final Lexicon LEXICON = Lexicon.hanlp();

    /** Lexicon walks HanLP's double arrays itself; it must find exactly the words that HanLP's own searcher finds. */
    @ParameterizedTest
    @ValueSource(strings = {
            "据新华社北京电，中华人民共和国外交部发言人今天在例行记者会上回答了提问。",
            "浙江省湖州市德清县农村信用合作联社与北京大学签署协议，张伟出席。",
            "2024年3月5日，iPhone 15 在上海发售，价格为5999元。",
            "𠀀中华𠀁人民𝄞共和国",
            "的"})
    void findsTheWordsHanlpsSearcherFinds(String text) {
        int[] codePoints = text.codePoints().toArray();
        int n = codePoints.length;
        int[] expected = new int[n];
        int[] longestStart = new int[n];
        int[] longestEnd = new int[n];
        for (DoubleArrayTrie<CoreDictionary.Attribute> trie : List.of(CoreDictionary.trie,
                CustomDictionary.DEFAULT.dat)) {
            for (int[] word : searcherWords(trie, text)) {
                int begin = text.codePointCount(0, word[0]);
                int end = text.codePointCount(0, word[1]);
                if (end - begin >= 2) {
                    expected[begin] |= Lexicon.BEGIN;
                    expected[end - 1] |= Lexicon.END;
                    longestStart[begin] = Math.max(longestStart[begin], end - begin);
                    longestEnd[end - 1] = Math.max(longestEnd[end - 1], end - begin);
                }
            }
        }

        int[] codes = LEXICON.codes(text, codePoints);

        int[] actual = new int[n];
        for (int i = 0; i < n; i++) {
            expected[i] |= Math.min(longestStart[i], 7) << 20 | Math.min(longestEnd[i], 7) << 23;
            // The any-word BEGIN and END flags and the longest lengths.
            actual[i] = codes[3 * i] & (Lexicon.BEGIN | Lexicon.END | 0x3f << 20);
        }
        assertThat(actual).containsExactly(expected);
    }

    @Test
    void keepsTheLongestWordAtEachStart() {
        String text = "中华人民共和国";
        int[] codes = LEXICON.codes(text, text.codePoints().toArray());

        assertThat((codes[0] >>> 20) & 7).isEqualTo(7);
        assertThat(codes[1]).isNotZero();
        assertThat((codes[3 * 6] >>> 23) & 7).isEqualTo(7);
        assertThat(codes[3 * 6 + 2]).isEqualTo(codes[1]);
    }

    private static List<int[]> searcherWords(DoubleArrayTrie<CoreDictionary.Attribute> trie, String text) {
        List<int[]> words = new ArrayList<>();
        DoubleArrayTrie<CoreDictionary.Attribute>.Searcher searcher = trie.getSearcher(text.toCharArray(), 0);
        while (searcher.next()) {
            words.add(new int[] {searcher.begin, searcher.begin + searcher.length});
        }
        return words;
    }
}

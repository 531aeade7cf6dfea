package io.github.jianbao.stage;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.internal.Simplified;
import io.github.jianbao.internal.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a part of the article into part-of-speech tagged words with HanLP's default segmenter. HanLP's own person,
 * place and organisation recognition stays off: the entity stage has a better tagger, and this keeps the analysis
 * fast.
 *
 * <p>Needs: a part's text, possibly empty or traditional script. Guarantees: tokens in text order, none overlapping,
 * covering the text except white space, each the exact substring of the text at its offsets; traditional text is
 * segmented through its simplified view. Reads HanLP's global dictionaries but never changes them: the analyzer's own
 * words sit in a per-instance dictionary layered over HanLP's. Stateless and thread-safe.
 */
public final class Segmenter implements Stage<PartText, TaggedText> {
    private final Segment segment;

    /** Creates a segmenter whose custom words are the given lexicon's on top of HanLP's defaults. */
    public Segmenter(Lexicon lexicon) {
        this.segment = HanLP.newSegment()
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableOffset(true)
                .enableCustomDictionary(lexicon.dictionary());
    }

    @Override
    public TaggedText apply(PartText input) {
        String text = input.text();
        String view = Simplified.view(text);
        List<Token> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return new TaggedText(input.part(), text, view, tokens);
        }
        // One call for the whole part: HanLP's lattice is linear in the text, and fewer calls cost less.
        for (Term term : segment.seg(view)) {
            int start = term.offset;
            int end = start + term.word.length();
            if (term.word.isEmpty() || end > text.length() || isSpace(term.word)) {
                continue;
            }
            tokens.add(new Token(text.substring(start, end), String.valueOf(term.nature), start, end));
        }
        return new TaggedText(input.part(), text, view, NumberWords.join(tokens, text, view));
    }

    private static boolean isSpace(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Texts.isSpace(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

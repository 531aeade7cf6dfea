package io.github.jianbao.stage;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import io.github.jianbao.Keyword;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks the terms that best describe an article: words and multi-word terms of the body, and the terms the article
 * itself marks by quoting them or tagging the page with them.
 *
 * <p>Score of a term = TextRank over the body's content words (HanLP's {@code TextRankKeyword}) plus
 * {@value #SHARE_WEIGHT} × its share of the body's content words (a quoted or tagged term: {@value #QUOTED_BONUS} ×
 * the mean TextRank plus its share), times its specificity against general language (rarer in HanLP's core dictionary scores higher),
 * times a position weight (1, plus {@value #TITLE_BONUS} if in the title, plus {@value #LEAD_BONUS} if in the lead
 * paragraph) and a spread weight (1 plus the share of paragraphs it appears in). A term inside a
 * better term (健康 in 健康码) is dropped unless it often stands alone. Scores are scaled so the best is 1.
 *
 * <p>Needs: the body's and title's tagged text. Guarantees: at most {@code limit} keywords, best first; none is a stop
 * word, punctuation, a number, markup or URL piece, or a newsroom word (记者, 报道 …). Stateless and thread-safe.
 */
public final class KeywordRanker implements Stage<KeywordRanker.Input, List<Keyword>> {
    /**
     * What the ranker reads.
     *
     * @param body       the body's tagged text
     * @param title      the title's tagged text, empty if none
     * @param sourceTags the page's own tags
     */
    public record Input(TaggedText body, TaggedText title, List<String> sourceTags) {
        /** Copies the tags. */
        public Input {
            sourceTags = List.copyOf(sourceTags);
        }
    }

    static final double TITLE_BONUS = 1.0;
    static final double LEAD_BONUS = 0.3;
    static final double QUOTED_BONUS = 1.3;
    static final double PAIR_SHARE = 0.5;
    static final double SHARE_WEIGHT = 10;
    private static final Pattern QUOTED = Pattern.compile("[“「『\"]([^“”「」『』\"，。！？、：；\\s]{2,12})[”」』\"]");
    private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)[\\x21-\\x7E]+");
    private static final Pattern TERM_PART_TAG = Pattern.compile("[nvagjlibs].*");
    private static final Pattern CONTENT_TAG = Pattern.compile("n.*|vn|gi|g.*|an|nz|j|l|i");
    private static final Pattern JUNK = Pattern.compile(".*[\\p{P}\\p{S}\\d０-９].*|[A-Za-z]{1,3}|.*(?i:http|www|html|nbsp).*");
    private static final Set<String> NEWSROOM = Set.of("记者", "報導", "报导", "报道", "報道", "表示", "讯", "新闻", "消息",
            "图片", "来源", "图为", "网友", "媒体", "编辑", "作者", "本台", "本报", "今天", "日前", "近日", "目前", "时间",
            "问题", "情况", "方面", "工作", "有关", "相关", "进行", "其中", "已经", "没有", "可以", "一个", "这个", "文章");

    private final int limit;
    private final Set<String> stopWords;

    /**
     * Creates a ranker.
     *
     * @param limit     the most keywords to return, 1 to 100
     * @param stopWords further words never to return
     * @throws IllegalArgumentException if {@code limit} is outside 1 to 100
     */
    public KeywordRanker(int limit, Set<String> stopWords) {
        Checks.argument(limit >= 1 && limit <= 100, "limit must be between 1 and 100: %d", limit);
        this.limit = limit;
        this.stopWords = Set.copyOf(stopWords);
    }

    @Override
    public List<Keyword> apply(Input input) {
        String text = input.body().view();
        List<String> units = units(input.body());
        Map<String, Double> scores = new HashMap<>();
        Map<String, Float> ranks = new TextRankKeyword().getTermAndRank(asTerms(units));
        Map<String, Integer> counts = new HashMap<>();
        units.forEach(u -> counts.merge(u, 1, Integer::sum));
        int size = Math.max(1, units.size());
        ranks.forEach((term, rank) -> scores.put(term, rank + SHARE_WEIGHT * counts.get(term) / size));
        double meanRank = ranks.values().stream().mapToDouble(Float::doubleValue).average().orElse(1);
        for (String phrase : marked(input)) {
            int n = count(text, phrase);
            if (n > 0 || input.sourceTags().contains(phrase)) {
                scores.merge(phrase, QUOTED_BONUS * (meanRank + SHARE_WEIGHT * Math.max(1, n) / size), Math::max);
            }
        }
        String title = input.title().view();
        String[] paragraphs = text.split("\n");
        Map<String, Double> weighted = new HashMap<>();
        scores.forEach((term, score) -> {
            if (isKeyword(term)) {
                double w = score * specificity(term) * spread(term, paragraphs);
                double position = 1 + (title.contains(term) ? TITLE_BONUS : 0)
                        + (paragraphs[0].contains(term) ? LEAD_BONUS : 0);
                weighted.put(term, w * position);
            }
        });
        return best(weighted, text);
    }

    /**
     * The body's content words in order, outside web addresses, with word pairs that recur joined into one term
     * (健康 + 码 → 健康码).
     */
    private List<String> units(TaggedText body) {
        String view = body.view();
        List<Token> tokens = withoutAddresses(body.tokens(), view);
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> runs = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token a = tokens.get(i);
            words.merge(view.substring(a.start(), a.end()), 1, Integer::sum);
            if (i + 1 < tokens.size()) {
                Token b = tokens.get(i + 1);
                if (a.end() == b.start() && isWordOfTerm(a) && isWordOfTerm(b) && isHead(b)) {
                    runs.merge(view.substring(a.start(), b.end()), 1, Integer::sum);
                }
            }
        }
        // A pair is a term when it recurs and its words seldom occur apart (健康码, not 码常态化).
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String a = view.substring(tokens.get(i).start(), tokens.get(i).end());
            String b = view.substring(tokens.get(i + 1).start(), tokens.get(i + 1).end());
            Integer n = runs.get(a + b);
            if (n != null && (n < 2 || n < words.get(a) * PAIR_SHARE || n < words.get(b) * PAIR_SHARE)) {
                runs.put(a + b, 0);
            }
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 1 < tokens.size()) {
                String pair = view.substring(t.start(), tokens.get(i + 1).end());
                if (runs.getOrDefault(pair, 0) > 0) {
                    units.add(pair);
                    i++;
                    continue;
                }
            }
            if (isContent(t)) {
                units.add(view.substring(t.start(), t.end()));
            }
        }
        return units;
    }

    private static List<Token> withoutAddresses(List<Token> tokens, String text) {
        List<int[]> addresses = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            addresses.add(new int[] {m.start(), m.end()});
        }
        if (addresses.isEmpty()) {
            return tokens;
        }
        return tokens.stream().filter(t -> addresses.stream().noneMatch(a -> t.start() < a[1] && a[0] < t.end()))
                .toList();
    }

    /** A word that can be part of a multi-word term: not punctuation, number, particle or function word. */
    private static boolean isWordOfTerm(Token token) {
        return TERM_PART_TAG.matcher(token.tag()).matches()
                && token.text().codePoints().allMatch(Character::isIdeographic);
    }

    /** The last word of a multi-word term is a noun, or a one-character head such as 码 in 健康码. */
    private static boolean isHead(Token token) {
        return token.tag().startsWith("n") || token.text().length() == 1;
    }

    private static boolean isContent(Token token) {
        return CONTENT_TAG.matcher(token.tag()).matches() && token.text().length() >= 2;
    }

    private static List<Term> asTerms(List<String> units) {
        List<Term> terms = new ArrayList<>(units.size());
        units.forEach(u -> terms.add(new Term(u, Nature.n)));
        return terms;
    }

    /** Terms the article marks itself: quoted in title or body, or carried as page tags. */
    private static Set<String> marked(Input input) {
        Set<String> marked = new LinkedHashSet<>(input.sourceTags());
        for (String text : List.of(input.title().view(), input.body().view())) {
            Matcher m = QUOTED.matcher(text);
            while (m.find()) {
                marked.add(m.group(1));
            }
        }
        return marked;
    }

    private boolean isKeyword(String term) {
        return term.length() >= 2 && !JUNK.matcher(term).matches() && !NEWSROOM.contains(term)
                && !stopWords.contains(term) && !CoreStopWordDictionary.contains(term);
    }

    /** Rarer in general language, more telling: 1 for a word HanLP's core dictionary lacks, less for common ones. */
    private static double specificity(String term) {
        int frequency = CoreDictionary.getTermFrequency(term);
        return 1.0 / (1.0 + Math.log1p(frequency) / 2.0);
    }

    private static double spread(String term, String[] paragraphs) {
        int in = 0;
        for (String paragraph : paragraphs) {
            if (paragraph.contains(term)) {
                in++;
            }
        }
        return 1.0 + (double) in / paragraphs.length;
    }

    private List<Keyword> best(Map<String, Double> weighted, String text) {
        List<String> ranked = weighted.keySet().stream()
                .sorted(Comparator.comparingDouble((String t) -> -weighted.get(t)).thenComparing(t -> t))
                .toList();
        Map<String, Double> kept = new LinkedHashMap<>();
        for (String term : ranked) {
            if (kept.size() == limit) {
                break;
            }
            if (kept.keySet().stream().noneMatch(k -> overlapsConcept(term, k, text))) {
                kept.put(term, weighted.get(term));
            }
        }
        double top = kept.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<Keyword> keywords = new ArrayList<>();
        kept.forEach((term, score) -> keywords.add(new Keyword(term, Math.max(score / top, Double.MIN_VALUE))));
        return keywords;
    }

    /** {@code term} names the same concept as the better {@code kept} when one holds the other and seldom stands alone. */
    private static boolean overlapsConcept(String term, String kept, String text) {
        if (kept.contains(term)) {
            return count(text, term) - count(text, kept) < 2;
        }
        return term.contains(kept) && count(text, term) < 2;
    }

    private static int count(String text, String term) {
        int n = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
            n++;
        }
        return n;
    }
}

package io.github.jianbao.stage;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import io.github.jianbao.Entity;
import io.github.jianbao.EntityType;
import io.github.jianbao.Keyword;
import io.github.jianbao.Mention;
import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Checks;
import io.github.jianbao.internal.Simplified;
import io.github.jianbao.internal.TextRank;
import io.github.jianbao.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Ranks the terms that best describe an article: words, multi-word terms the article repeats (医疗数据,
 * 个人健康信息码), terms it marks by quoting them, setting them in bold, tagging the page with them or declaring them
 * in its metadata, and its named entities.
 *
 * <p>Score of a candidate term, before scaling so that the best scores 1:
 * <pre>
 *   ({@value #FREQUENCY_WEIGHT} × log(1 + n) / log(1 + max n) + {@value #RANK_WEIGHT} × rank / max rank)
 *   × specificity
 *   × (1 + {@value #TITLE_BONUS} if in the title + {@value #LEAD_BONUS} if first met in the first
 *        {@value #LEAD_CHARS} characters of the lead paragraph + {@value #MARKED_BONUS} if marked
 *        + {@value #ENTITY_BONUS} if a named entity)
 *   × (1 + {@value #SPREAD_WEIGHT} × share of paragraphs it appears in)
 *   × {@value #LONG_TERM_WEIGHT} if a term of more than two words
 * </pre>
 * where {@code n} counts its occurrences in the body; {@code rank} is TextRank over the body's content words (window
 * {@value #WINDOW}, damping {@value #DAMPING}, at most {@value #ITERATIONS} iterations; a multi-word term takes its
 * best word's rank); specificity (see {@link #specificity(String)}) falls with the term's frequency in general
 * language, never below {@value #MIN_SPECIFICITY}. A multi-word term is a run of nouns, adjectives and the like
 * ending in a noun, or a noun and a verb of two characters either way round (细胞计数, 编织复合材料), where a verb
 * after the noun names its process rather than say what it does (环境保护, not 会议认为), and follows no person,
 * organisation or title, its agent (欧盟终止), though it may follow a place (四川巡演); it must occur
 * {@value #MIN_COMPOUND} times, stand in the title or be marked. Two one-character words the dictionary does not
 * join (抖/音, 瞒/报) make a new word where the article repeats them {@value #MIN_PAIR} times. A term met twice or
 * more that always sits against the same word character on one side (制度改革 only ever in 退休制度改革) is a piece
 * of a longer name the segmenter split, not a keyword, unless it is marked or an entity. Of two terms where one
 * holds the other (健康 in 健康码), the lower is dropped unless it also stands apart at least {@value #MIN_APART}
 * times, so one concept appears once.
 * So is a lower term that ends a better one (命令 of 行政命令), its head, unless it is an entity; so is a term made of
 * better terms (健康码常态化) or overlapping one by two characters or more. A longer term in the title that is the
 * shorter and one noun (升旗仪式 of 升旗) stays beside it: the editor's narrower concept. A term is returned as first
 * written in the body.
 *
 * <p>Needs: the body's and title's tagged text, the page tags and the entities. Guarantees: at most {@code limit}
 * keywords, best first, scores in (0, 1]; none is a stop word, function word (nor a phrase that HanLP's custom
 * dictionary holds of one, 最重要, 范围内, unless a user term), punctuation, a number, a Latin word in lower case (an
 * English gloss or a unit: min, mol), markup or URL piece, a newsroom word (记者, 报道 …), the outlet's own name (财新
 * of 财新网) or a piece of a named entity. Linear in the text but for sorting. Stateless and thread-safe.
 */
public final class KeywordRanker implements Stage<KeywordRanker.Input, List<Keyword>> {
    /**
     * What the ranker reads.
     *
     * @param body       the body's tagged text
     * @param title      the title's tagged text, empty if none
     * @param sourceTags the page's own tags
     * @param entities   the article's entities; mentions in the body and title are used
     * @param outlet     the outlet that published the article, whose name is no keyword of it
     * @param marks      what else the page marks: the keywords its metadata declares and what its body sets in bold;
     *                   a short one that is a term in the body counts as marked
     */
    public record Input(TaggedText body, TaggedText title, List<String> sourceTags, List<Entity> entities,
            Optional<String> outlet, List<String> marks) {
        /** Copies the lists. */
        public Input {
            sourceTags = List.copyOf(sourceTags);
            entities = List.copyOf(entities);
            Objects.requireNonNull(outlet, "outlet");
            marks = List.copyOf(marks);
        }

        /** An input with no further marks. */
        public Input(TaggedText body, TaggedText title, List<String> sourceTags, List<Entity> entities,
                Optional<String> outlet) {
            this(body, title, sourceTags, entities, outlet, List.of());
        }

        /** An input of no known outlet. */
        public Input(TaggedText body, TaggedText title, List<String> sourceTags, List<Entity> entities) {
            this(body, title, sourceTags, entities, Optional.empty());
        }

        /** An input without entities, of no known outlet. */
        public Input(TaggedText body, TaggedText title, List<String> sourceTags) {
            this(body, title, sourceTags, List.of());
        }
    }

    static final double FREQUENCY_WEIGHT = 0.8;
    static final double RANK_WEIGHT = 0.2;
    static final double TITLE_BONUS = 1.0;
    static final double LEAD_BONUS = 0.6;
    static final int LEAD_CHARS = 60;
    static final double MARKED_BONUS = 0.5;
    static final double ENTITY_BONUS = 0.3;
    static final double SPREAD_WEIGHT = 1.0;
    static final double MIN_SPECIFICITY = 0.2;
    static final int WINDOW = 5;
    static final double DAMPING = 0.85;
    static final int ITERATIONS = 10;
    static final int MIN_APART = 2;
    static final double LONG_TERM_WEIGHT = 0.7;
    static final int MIN_COMPOUND = 2;
    static final int MIN_PAIR = 3;
    private static final int SCORED_PER_KEYWORD = 3;
    private static final int MAX_TERM_WORDS = 4;
    private static final int MAX_TERM_CHARS = 8;
    /** Tags of one-character words that may be a piece of a longer unknown word: not particles, prepositions … */
    private static final String GLUE_TAGS = "nvagbkmqhx";
    /** Tags of one-character words that two by two may make a word the dictionary lacks (抖/音, 瞒/报). */
    private static final String PAIR_TAGS = "nvagb";
    private static final String NUMERALS = "〇零一二三四五六七八九十百千万亿两几多个第每";
    private static final String LOCATIVES = "上下中内外里前后间";
    /** Verbs that report speech, which the core dictionary also knows as rare nouns: 说 of 消息人士说. */
    private static final String SPEECH_VERBS = "说称讲问";
    private static final String FUNCTION_ENDS = "的地得了着过吗呢吧啊于";
    /**
     * The auxiliary 会 ("will") ends no term, but 会 the body does: a term ending in it is kept when its last two
     * characters are a word (工会, 议会, 协会) or it is an entity.
     */
    private static final char AUXILIARY_OR_BODY = '会';
    private static final String FUNCTION_STARTS = "的了是被把让";
    private static final int MAX_QUOTED_CHARS = 8;
    private static final String QUOTE_OPENERS = "“「『\"《";
    private static final Pattern QUOTED = Pattern.compile("[" + QUOTE_OPENERS
            + "]([^“”「」『』\"《》，。！？、：；\\s]{2,12})[”」』\"》]");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)[\\x21-\\x7E]+");
    private static final String TERM_PART_TAGS = "nvagjlib";
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z\\-]*[A-Za-z]");
    private static final Set<String> WEB_WORDS = Set.of("http", "https", "www", "html", "htm", "nbsp", "com", "org",
            "net", "gov", "edu", "jpg", "png", "gif", "amp", "quot", "php", "aspx", "the", "and");
    /** Months and days written in English, as embedded posts date themselves: they say when, not what. */
    private static final Set<String> LATIN_TIMES = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    private static final Set<String> NEWSROOM = Set.of("记者", "报导", "报道", "表示", "讯", "新闻", "消息", "图片", "来源", "图为", "网友",
            "网民", "媒体", "编辑", "作者", "本台", "本报", "时间", "问题", "情况", "方面", "工作", "有关", "相关", "进行", "其中", "已经", "没有", "可以",
            "一个", "这个", "文章", "消息人士", "分析师", "官员", "民众", "当局", "声明", "采访", "报告", "据悉", "指出", "认为", "第一时间", "责任编辑", "用户",
            "人士", "视频", "截图", "大纪元", "新唐人", "看中国", "路透", "美国之音", "自由亚洲电台");
    /**
     * Time words that point from the moment of writing (昨天, 下午, 去年): they say when, not what, and their dates
     * are in {@code dates()}. Named times (立秋, 双十节, 秋季) stay candidates.
     */
    private static final Set<String> DEICTIC_TIMES = Set.of("今天", "昨天", "明天", "前天", "后天", "今日", "昨日", "明日", "今年", "去年",
            "明年", "前年", "后年", "今晚", "昨晚", "明晚", "当天", "当日", "当年", "当时", "次日", "翌日", "日前", "近日", "目前", "现在", "如今", "近年",
            "近期", "最近", "此前", "此后", "以前", "以后", "之前", "之后", "上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "夜间", "白天", "本周",
            "上周", "下周", "本月", "上月", "下月", "年底", "年初", "月底", "月初", "年内", "期间", "同时", "当前", "早前", "稍后", "日后", "未来", "过去",
            "昨夜", "今晨");
    /** Days of the week, which {@code dates()} resolves: they say when, not what. */
    private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期|礼拜)[一二三四五六日天]|周末");
    /** Nouns that quantify the next word rather than name a kind of it (系列国家标准, 部分地区): no term starts so. */
    private static final Set<String> QUANTIFIERS = Set.of("系列", "部分", "全体", "所有", "多种", "各种", "各类", "一些",
            "某些", "多项", "多名", "多个", "整个", "大批", "一批");
    private static final int NONE = -1;
    /**
     * A verb common in general language (担心 39, 举行 662 in HanLP's core dictionary) before a noun is a predicate
     * and its object (担心贸易); a rare, technical one (编织 5, 蚀刻 1) qualifies the noun (编织复合材料).
     */
    private static final int MAX_VERB_START_FREQUENCY = 20;
    /** Complements of result or direction that close a verb phrase (准备好, 感受到, 记不住). */
    private static final String VERB_COMPLEMENTS = "好到完住成掉着给";
    /**
     * Complements that close a verb of direction or recipient (留给, 回到, 位于): such a verb names no process of a noun
     * (传染病留给) and qualifies none (出生于西藏).
     */
    private static final String COMPLEMENTS = "给到于向";
    /** Adverbs of degree or scope that open no term: 最重要, 仅有. */
    private static final String DEGREE_ADVERBS = "最仅只很太更又也都就才还";
    /** The least share of a common verb's uses as a noun for it to name the process of a noun before it. */
    static final double MIN_NOMINAL_SHARE = 0.1;
    private static final String BOUNDARY_TAGS = "wupcyeordmqf";
    private static final char UNSEEN = '\uFFFF';
    private static final char OPEN = '\u0000';
    /** Bits of a token's kind, computed once per token: a word of a term, glue, a boundary. */
    private static final byte WORD_OF_TERM = 1;
    private static final byte GLUE = 2;
    private static final byte BOUNDARY = 4;
    private static final byte CONTENT = 8;
    /** One of {@code QUANTIFIERS}, in either script. */
    private static final byte QUANTIFIER = 16;

    private final int limit;
    private final Set<String> stopWords;
    /** The analyzer's own terms, in simplified script: words that may be keywords, whatever their characters. */
    private final Set<String> userTerms;

    /**
     * Creates a ranker.
     *
     * @param limit     the most keywords to return, 1 to 100
     * @param stopWords further words never to return, in either script
     * @param userTerms the analyzer's own terms, which its segmenter keeps whole: each may be a keyword, though
     *                  its characters make it look like a phrase of function words (最美逆行者)
     * @throws IllegalArgumentException if {@code limit} is outside 1 to 100
     */
    public KeywordRanker(int limit, Set<String> stopWords, Set<String> userTerms) {
        Checks.argument(limit >= 1 && limit <= 100, "limit must be between 1 and 100: %d", limit);
        this.limit = limit;
        // Terms are compared in their simplified view, so a stop word is too.
        this.stopWords = stopWords.stream().map(Simplified::view).collect(Collectors.toUnmodifiableSet());
        this.userTerms = userTerms.stream().map(Simplified::view).collect(Collectors.toUnmodifiableSet());
    }

    /** Creates a ranker without user terms. */
    public KeywordRanker(int limit, Set<String> stopWords) {
        this(limit, stopWords, Set.of());
    }

    /** One candidate term, keyed by its simplified form. */
    private static final class Candidate {
        final String key;
        final String written;
        final int first;
        final int firstToken;
        final int lastToken;
        int count;
        int paragraphs;
        int lastParagraph = NONE;
        int node = NONE;
        boolean compound;
        int glued;
        /** The character met just before (after) every occurrence so far, OPEN once a boundary or two differ. */
        char left = UNSEEN;
        char right = UNSEEN;
        boolean marked;
        boolean entity;
        boolean inTitle;
        /** Made of two one-character words only, which must recur {@value #MIN_PAIR} times. */
        boolean pair;
        double rank;
        double bound;

        Candidate(String key, String written, int first, int firstToken, int lastToken) {
            this.key = key;
            this.written = written;
            this.first = first;
            this.firstToken = firstToken;
            this.lastToken = lastToken;
        }

        /** Notes the characters around one occurrence: {@code OPEN} for a boundary (punctuation, function word). */
        void context(char before, char after) {
            left = left == UNSEEN || left == before ? before : OPEN;
            right = right == UNSEEN || right == after ? after : OPEN;
        }

        /** {@return whether every occurrence sits against the same word character on one side} */
        boolean isFragment() {
            return count >= 2 && (left != OPEN && left != UNSEEN || right != OPEN && right != UNSEEN);
        }

        void seen(int paragraph) {
            count++;
            if (paragraph != lastParagraph) {
                paragraphs++;
                lastParagraph = paragraph;
            }
        }
    }

    @Override
    public List<Keyword> apply(Input input) {
        TaggedText body = input.body();
        String view = body.view();
        String text = body.text();
        List<Token> tokens = body.tokens();
        int n = tokens.size();
        int[] paragraphStarts = paragraphStarts(view);
        int[] mentionStart = new int[view.length()];
        int[] mentionEnd = new int[view.length()];
        boolean[] lonePlaces = new boolean[view.length()];
        markMentions(input.entities(), mentionStart, mentionEnd, lonePlaces);
        boolean[] usable = usable(tokens, view, mentionStart, mentionEnd);
        byte[] kinds = kinds(tokens, view, text);

        Map<String, Candidate> candidates = new HashMap<>();
        int[] tokenNode = new int[n];
        List<Candidate> nodes = new ArrayList<>();
        int paragraph = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            while (paragraph + 1 < paragraphStarts.length && paragraphStarts[paragraph + 1] <= t.start()) {
                paragraph++;
            }
            tokenNode[i] = NONE;
            if (!usable[i]) {
                continue;
            }
            if ((kinds[i] & CONTENT) != 0) {
                Candidate c = candidate(candidates, view, text, t, i);
                c.seen(paragraph);
                c.glued += isGlued(tokens, kinds, i, i) ? 1 : 0;
                c.context(before(tokens, kinds, i), after(tokens, kinds, i));
                if (c.node == NONE) {
                    c.node = nodes.size();
                    nodes.add(c);
                }
                tokenNode[i] = c.node;
            }
            boolean pairMade = false;
            // The core dictionary holds simplified words: a traditional verb is looked up in the simplified view.
            boolean verbStart = isVerb(t) && COMPLEMENTS.indexOf(view.charAt(t.end() - 1)) < 0
                    && CoreDictionary.getTermFrequency(simplified(t, view, text)) <= MAX_VERB_START_FREQUENCY;
            boolean termStart = (kinds[i] & WORD_OF_TERM) != 0
                    && (verbStart || isTermStart(t) && (kinds[i] & QUANTIFIER) == 0)
                    && !isLonePlace(t, lonePlaces) && !isMeasureOfNumber(tokens, i);
            for (int j = i + 1; termStart && j < n && j < (verbStart ? i + 2 : i + MAX_TERM_WORDS); j++) {
                Token u = tokens.get(j);
                if (!usable[j] || u.start() != tokens.get(j - 1).end() || (kinds[j] & WORD_OF_TERM) == 0
                        || u.end() - t.start() > MAX_TERM_CHARS) {
                    break;
                }
                boolean head = verbStart ? (u.tag().startsWith("n") || u.tag().equals("vn")) && u.text().length() >= 2
                        : isHead(u, view) || j == i + 1 && t.tag().startsWith("n") && !isNameOrTitle(t) && isVerb(u)
                                && namesAProcess(u);
                if (head && fitsMentions(t.start(), u.end(), mentionStart, mentionEnd)
                        && !isLonePlace(u, lonePlaces)) {
                    Candidate c = candidate(candidates, view, text, t.start(), u.end(), i, j);
                    c.compound = true;
                    c.seen(paragraph);
                    c.glued += isGlued(tokens, kinds, i, j) ? 1 : 0;
                    c.context(before(tokens, kinds, i), after(tokens, kinds, j));
                    pairMade |= j == i + 1;
                }
            }
            // Two one-character words the dictionary lacks as one (抖/音, 瞒/报): a new word if the article repeats it.
            if (!pairMade && i + 1 < n && usable[i + 1] && isPairPart(t) && isPairPart(tokens.get(i + 1))
                    && tokens.get(i + 1).start() == t.end() && !isLonePlace(t, lonePlaces)
                    && !isLonePlace(tokens.get(i + 1), lonePlaces)) {
                Candidate c = candidate(candidates, view, text, t.start(), tokens.get(i + 1).end(), i, i + 1);
                c.pair = true;
                c.seen(paragraph);
                c.context(before(tokens, kinds, i), after(tokens, kinds, i + 1));
            }
        }
        double[] rank = textRank(tokenNode, nodes.size());
        for (Candidate c : nodes) {
            c.rank = rank[c.node];
        }
        for (Candidate c : candidates.values()) {
            if (c.compound && c.firstToken >= 0) {
                for (int k = c.firstToken; k <= c.lastToken; k++) {
                    if (tokenNode[k] != NONE) {
                        c.rank = Math.max(c.rank, rank[tokenNode[k]]);
                    }
                }
            }
        }
        addMarked(input, candidates, tokens, usable, kinds, paragraphStarts);
        Set<String> tags = new HashSet<>();
        input.sourceTags().forEach(tag -> tags.add(Simplified.view(tag)));
        addEntities(input.entities(), tags, candidates, view, text, paragraphStarts);
        input.outlet().ifPresent(outlet -> removeOutlet(Simplified.view(outlet), candidates));
        return best(score(candidates.values(), input.title().view(), paragraphStarts), candidates);
    }

    /**
     * Removes the outlet's byline: its name, that name without its 网 (财新 of 财新网) and either with a newsroom word
     * after it (新京报记者).
     */
    private static void removeOutlet(String outlet, Map<String, Candidate> candidates) {
        List<String> names = outlet.endsWith("网") && outlet.length() > 2
                ? List.of(outlet, outlet.substring(0, outlet.length() - 1)) : List.of(outlet);
        for (String name : names) {
            candidates.remove(name);
            for (String word : NEWSROOM) {
                candidates.remove(name + word);
            }
        }
    }

    /** The candidate of one word: a simplified text is its own view, so the token's string serves as the key. */
    private static Candidate candidate(Map<String, Candidate> candidates, String view, String text, Token t, int i) {
        if (view != text) {
            return candidate(candidates, view, text, t.start(), t.end(), i, i);
        }
        Candidate c = candidates.get(t.text());
        if (c == null) {
            c = new Candidate(t.text(), t.text(), t.start(), i, i);
            candidates.put(t.text(), c);
        }
        return c;
    }

    private static Candidate candidate(Map<String, Candidate> candidates, String view, String text, int start, int end,
            int firstToken, int lastToken) {
        String key = view.substring(start, end);
        Candidate c = candidates.get(key);
        if (c == null) {
            c = new Candidate(key, text.substring(start, end), start, firstToken, lastToken);
            candidates.put(key, c);
        }
        return c;
    }

    /** Offsets where paragraphs begin: 0 and after every line feed. */
    private static int[] paragraphStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = at + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    private static int paragraphOf(int offset, int[] paragraphStarts) {
        int at = Arrays.binarySearch(paragraphStarts, offset);
        return at >= 0 ? at : -at - 2;
    }

    /** Marks every body character inside an entity mention with that mention's bounds (start + 1, so 0 is none). */
    private static void markMentions(List<Entity> entities, int[] mentionStart, int[] mentionEnd,
            boolean[] lonePlaces) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.part() == TextPart.BODY && m.end() <= mentionStart.length) {
                    for (int c = m.start(); c < m.end(); c++) {
                        mentionStart[c] = m.start() + 1;
                        mentionEnd[c] = m.end();
                    }
                    lonePlaces[m.start()] |= e.type() == EntityType.PLACE && m.end() - m.start() == 1;
                }
            }
        }
    }

    /** {@return the token's word in the simplified view: its own text where the text is simplified already} */
    private static String simplified(Token t, String view, String text) {
        return view == text ? t.text() : view.substring(t.start(), t.end());
    }

    /**
     * {@return whether token {@code i} is one character right after a number, its measure word (83人, 3项)}: such a
     * word starts no term, as 人殃及 of 83人殃及118个家庭 names nothing
     */
    private static boolean isMeasureOfNumber(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.text().length() == 1 && i > 0 && tokens.get(i - 1).end() == t.start()
                && tokens.get(i - 1).tag().startsWith("m");
    }

    /**
     * {@return whether {@code token} is a place of one character (华 of 对华投资, 美 of 美日)}: such a place starts or
     * ends no term, as 华投资 or 美日 name nothing
     */
    private static boolean isLonePlace(Token token, boolean[] lonePlaces) {
        return token.end() - token.start() == 1 && lonePlaces[token.start()];
    }

    /** {@return whether {@code [start, end)} cuts no entity mention in two} */
    private static boolean fitsMentions(int start, int end, int[] mentionStart, int[] mentionEnd) {
        return (mentionStart[start] == 0 || mentionStart[start] - 1 == start)
                && (mentionStart[end - 1] == 0 || mentionEnd[end - 1] == end);
    }

    /** Tokens that may belong to a keyword: outside web addresses and not a piece of an entity mention. */
    private static boolean[] usable(List<Token> tokens, String view, int[] mentionStart, int[] mentionEnd) {
        boolean[] usable = new boolean[tokens.size()];
        // Most bodies hold no address: skip the regular expression then.
        Matcher m = ADDRESS.matcher(view.contains("http") || view.contains("www.") ? view : "");
        int addressStart = m.find() ? m.start() : Integer.MAX_VALUE;
        int addressEnd = addressStart == Integer.MAX_VALUE ? Integer.MAX_VALUE : m.end();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (t.start() >= addressEnd) {
                addressStart = m.find() ? m.start() : Integer.MAX_VALUE;
                addressEnd = addressStart == Integer.MAX_VALUE ? Integer.MAX_VALUE : m.end();
            }
            boolean inAddress = t.end() > addressStart && t.start() < addressEnd;
            usable[i] = !inAddress && fitsMentions(t.start(), t.end(), mentionStart, mentionEnd);
        }
        return usable;
    }

    /** A word that can be part of a multi-word term: not punctuation, number, particle or function word. */
    private static boolean isWordOfTerm(Token token) {
        String tag = token.tag();
        if (tag.isEmpty() || TERM_PART_TAGS.indexOf(tag.charAt(0)) < 0 || tag.equals("vshi") || tag.equals("vyou")) {
            return false;
        }
        String word = token.text();
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isIdeographic(word.charAt(i))) {
                return false;
            }
        }
        return !isPhraseOfFunctionWords(token);
    }

    /**
     * {@return whether a one-character word at either end of tokens {@code first} to {@code last} touches a
     * one-character content word} Such a run is most likely a piece of a word the segmenter did not know (歧杆菌 of
     * 双歧杆菌, 坪隧道 of 桃树坪隧道), so a term glued so in most of its occurrences is no keyword. A whole word of two
     * characters or more against a one-character word is ordinary syntax (健康码常态化, 淘宝买来的), not glue.
     */
    private static boolean isGlued(List<Token> tokens, byte[] kinds, int first, int last) {
        return first > 0 && tokens.get(first - 1).end() == tokens.get(first).start() && (kinds[first - 1] & GLUE) != 0
                && tokens.get(first).text().length() == 1
                || last + 1 < tokens.size() && tokens.get(last + 1).start() == tokens.get(last).end()
                && (kinds[last + 1] & GLUE) != 0 && tokens.get(last).text().length() == 1;
    }

    /**
     * {@return whether a token can be half of a new two-character word}: one Han character tagged as a noun, verb,
     * adjective, morpheme or non-predicate adjective, not a numeral or measure word (一曲, 两个 are no new words)
     */
    private static boolean isPairPart(Token token) {
        return token.text().length() == 1 && Character.isIdeographic(token.text().charAt(0))
                && PAIR_TAGS.indexOf(token.tag().isEmpty() ? ' ' : token.tag().charAt(0)) >= 0
                && NUMERALS.indexOf(token.text().charAt(0)) < 0;
    }

    /**
     * {@return for each token, its {@code WORD_OF_TERM}, {@code GLUE}, {@code BOUNDARY}, {@code CONTENT} and
     * {@code QUANTIFIER} bits} A user term is a content word and a word of a term. Word lists are asked in the
     * simplified view.
     */
    private byte[] kinds(List<Token> tokens, String view, String text) {
        byte[] kinds = new byte[tokens.size()];
        for (int i = 0; i < kinds.length; i++) {
            Token t = tokens.get(i);
            String word = simplified(t, view, text);
            boolean userTerm = !userTerms.isEmpty() && userTerms.contains(word);
            kinds[i] = (byte) ((userTerm || isWordOfTerm(t) ? WORD_OF_TERM : 0) | (isGlue(t) ? GLUE : 0)
                    | (isBoundary(t) ? BOUNDARY : 0) | (userTerm || isContent(t) ? CONTENT : 0)
                    | (QUANTIFIERS.contains(word) ? QUANTIFIER : 0));
        }
        return kinds;
    }

    /** {@return the last character of the word before token {@code i}, or {@code OPEN} at a boundary or quantifier} */
    private static char before(List<Token> tokens, byte[] kinds, int i) {
        if (i == 0 || tokens.get(i - 1).end() != tokens.get(i).start() || (kinds[i - 1] & BOUNDARY) != 0) {
            return OPEN;
        }
        String word = tokens.get(i - 1).text();
        // 系列国家标准: a quantifier before a term is no piece of a longer name.
        return (kinds[i - 1] & QUANTIFIER) != 0 ? OPEN : word.charAt(word.length() - 1);
    }

    /** {@return the first character of the word after token {@code i}, or {@code OPEN} at a boundary} */
    private static char after(List<Token> tokens, byte[] kinds, int i) {
        if (i + 1 == tokens.size() || tokens.get(i + 1).start() != tokens.get(i).end()
                || (kinds[i + 1] & BOUNDARY) != 0) {
            return OPEN;
        }
        return tokens.get(i + 1).text().charAt(0);
    }

    /** A word that ends a term: punctuation, particle, preposition, conjunction, pronoun, adverb, number, measure … */
    private static boolean isBoundary(Token token) {
        String tag = token.tag();
        return tag.isEmpty() || BOUNDARY_TAGS.indexOf(tag.charAt(0)) >= 0 || tag.equals("vshi") || tag.equals("vyou")
                || token.text().isEmpty() || !Character.isLetter(token.text().charAt(0));
    }

    private static boolean isGlue(Token token) {
        if (token.text().length() != 1 || !Character.isIdeographic(token.text().charAt(0))) {
            return false;
        }
        String tag = token.tag();
        return tag.isEmpty() || GLUE_TAGS.indexOf(tag.charAt(0)) >= 0 && !tag.equals("vshi") && !tag.equals("vyou");
    }

    /**
     * {@return whether {@code token} is a verb of two characters or more} Such a verb makes a two-word term with a
     * noun, either way round: the process of a noun (细胞计数, 利益输送) or a verb qualifying one (编织复合材料, 育苗基质).
     */
    private static boolean isVerb(Token token) {
        return (token.tag().equals("v") || token.tag().equals("vi")) && token.text().length() >= 2;
    }

    /**
     * {@return whether a verb after a noun names the noun's process (细胞计数, 环境保护, 基因突变) rather than say what the
     * noun does (会议认为, 疫情带来, 北京召开)} It does where the verb is rare in general language, as in
     * {@link #MAX_VERB_START_FREQUENCY}, or where HanLP's core dictionary counts it as a noun (vn, n) at least
     * {@value #MIN_NOMINAL_SHARE} of the times it counts it at all (保护 44%, 认为 0, 召开 4%).
     */
    private static boolean namesAProcess(Token verb) {
        String word = Simplified.view(verb.text());
        if (COMPLEMENTS.indexOf(word.charAt(word.length() - 1)) >= 0) {
            return false;  // 留给, 回到, 位于: a verb and its complement say where or to whom, never a process
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.totalFrequency <= MAX_VERB_START_FREQUENCY) {
            return true;
        }
        int nominal = 0;
        for (int k = 0; k < attribute.nature.length; k++) {
            String tag = attribute.nature[k].toString();
            if (tag.equals("vn") || tag.equals("n")) {
                nominal += attribute.frequency[k];
            }
        }
        return nominal >= MIN_NOMINAL_SHARE * attribute.totalFrequency;
    }

    /**
     * {@return whether a word names a person or an organisation or is a title (江泽民, 欧盟, 警员), which before a verb
     * is its agent: 江泽民掌权, 欧盟终止 and 警员把守 are clauses, not terms} A place before a verb is where it happens,
     * which makes a term (四川巡演, 苏联解体).
     */
    private static boolean isNameOrTitle(Token token) {
        String tag = token.tag();
        return tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("nnt");
    }

    /**
     * Otherwise the first word of a multi-word term is no verb: 举行庆祝 starts a clause, not a term. Nor is it a
     * quantifier, which the caller asks the token's kind.
     */
    private static boolean isTermStart(Token token) {
        return !token.tag().startsWith("v") || token.tag().equals("vn");
    }

    /**
     * The last word of a multi-word term is a noun, or one character that can be a noun, measure word or suffix in
     * HanLP's core dictionary, such as 码 in 健康码 (the segmenter tags it as a verb there); not 骂 or 买, nor a
     * locative such as 上 in 基础上, nor a verb of speech (说 of 消息人士说).
     */
    private static boolean isHead(Token token, String view) {
        if (token.tag().startsWith("n") || token.tag().equals("vn")) {
            return true;
        }
        if (token.end() - token.start() != 1) {
            return false;
        }
        // Asked in the simplified view, as the lists and the core dictionary hold simplified characters (說 is 说).
        char c = view.charAt(token.start());
        if (LOCATIVES.indexOf(c) >= 0 || SPEECH_VERBS.indexOf(c) >= 0) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(String.valueOf(c));
        if (attribute == null) {
            return true;
        }
        for (var nature : attribute.nature) {
            String tag = nature.toString();
            if (tag.startsWith("n") || tag.equals("q") || tag.equals("k")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContent(Token token) {
        String word = token.text();
        if (token.tag().equals("nx")) {
            return LATIN.matcher(word).matches() && word.length() >= 3;
        }
        if (word.length() < 2) {
            return false;
        }
        String tag = token.tag();
        return switch (tag) {
            case "vn", "an", "j", "l", "i", "t" -> true;
            default -> (tag.startsWith("n") || tag.startsWith("g")) && !isPhraseOfFunctionWords(token);
        };
    }

    /**
     * {@return whether a word only HanLP's custom dictionary holds is a phrase that opens with a function word or a
     * degree adverb, closes with a locative or particle (最重要, 仅有, 之意, 范围内), or is a verb phrase (准备好, 怕什么)}
     * Its custom dictionary tags such phrases nz; the core dictionary, which holds the language's words, knows none
     * of them.
     */
    private static boolean isPhraseOfFunctionWords(Token token) {
        if (!token.tag().equals("nz")) {
            return false;
        }
        String word = Simplified.view(token.text());
        if (CoreDictionary.contains(word)) {
            return false;
        }
        char first = word.charAt(0);
        String opening = mainNature(String.valueOf(first));
        String closing = mainNature(word.substring(word.length() - 1));
        return DEGREE_ADVERBS.indexOf(first) >= 0 || "upcr".contains(opening) && !opening.isEmpty()
                || "fu".contains(closing) && !closing.isEmpty() || isVerbPhrase(word);
    }

    /**
     * {@return whether a phrase of three characters or more closes with a pronoun (怕什么) or is a verb of the core
     * dictionary and its complement (准备好, 感受到)}: a clause, no term
     */
    private static boolean isVerbPhrase(String word) {
        int n = word.length();
        return n >= 3 && (mainNature(word.substring(n - 2)).equals("r")
                || VERB_COMPLEMENTS.indexOf(word.charAt(n - 1)) >= 0
                && mainNature(word.substring(0, n - 1)).equals("v"));
    }

    /** {@return the first letter of the nature HanLP's core dictionary gives a word most often, or empty} */
    private static String mainNature(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute == null || attribute.nature.length == 0 ? "" : attribute.nature[0].toString().substring(0, 1);
    }

    /**
     * TextRank over the sequence of content words: each word links to the next {@code WINDOW - 1} content words,
     * an edge weighing as often as the two words meet.
     */
    private static double[] textRank(int[] tokenNode, int size) {
        if (size == 0) {
            return new double[0];
        }
        int[] sequence = Arrays.stream(tokenNode).filter(v -> v != NONE).toArray();
        TextRank graph = new TextRank(size, sequence.length * (WINDOW - 1));
        for (int i = 0; i < sequence.length; i++) {
            for (int j = i + 1; j < sequence.length && j < i + WINDOW; j++) {
                if (sequence[i] != sequence[j]) {
                    graph.link(sequence[i], sequence[j], 1);
                }
            }
        }
        return graph.rank(DAMPING, ITERATIONS, 1e-3);
    }

    /**
     * Adds terms the article marks itself, if they are terms in the body: quoted in title or body, carried as page
     * tags, declared as keywords in the page's metadata or set in bold or emphasis in the body. A mark of more than
     * {@value #MAX_QUOTED_CHARS} characters, punctuation around it aside, is a sentence, and one ending in a colon a
     * label.
     */
    private static void addMarked(Input input, Map<String, Candidate> candidates, List<Token> tokens, boolean[] usable,
            byte[] kinds, int[] paragraphStarts) {
        Set<String> marked = new LinkedHashSet<>(input.sourceTags());
        for (String run : input.marks()) {
            String term = EDGE_PUNCTUATION.matcher(run).replaceAll("");
            // A run that ends in a colon labels what follows (记者馨恬：, 音频：), a speaker or a section.
            if (term.length() >= 2 && term.length() <= MAX_QUOTED_CHARS && !run.endsWith("：") && !run.endsWith(":")) {
                marked.add(term);
            }
        }
        for (String text : List.of(input.title().view(), input.body().view())) {
            Matcher m = QUOTED.matcher(text);
            for (int at = 0; Texts.find(m, text, at, QUOTE_OPENERS); at = m.end()) {
                if (m.group(1).length() <= MAX_QUOTED_CHARS) {
                    marked.add(m.group(1));
                }
            }
        }
        String view = input.body().view();
        for (String term : marked) {
            String key = Simplified.view(term);
            Candidate c = candidates.get(key);
            if (c == null) {
                int at = view.indexOf(key);
                if (at < 0 || !isTermAt(at, at + key.length(), tokens, usable, kinds)) {
                    continue;
                }
                c = new Candidate(key, input.body().text().substring(at, at + key.length()), at, NONE, NONE);
                c.compound = true;
                for (; at >= 0; at = view.indexOf(key, at + key.length())) {
                    c.seen(paragraphOf(at, paragraphStarts));
                }
                candidates.put(key, c);
            }
            c.marked = true;
        }
    }

    /** {@return whether {@code [start, end)} is a whole run of words that may form a term} */
    private static boolean isTermAt(int start, int end, List<Token> tokens, boolean[] usable, byte[] kinds) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (tokens.isEmpty() || tokens.get(lo).start() != start) {
            return false;
        }
        for (int i = lo; i < tokens.size() && tokens.get(i).start() < end; i++) {
            Token t = tokens.get(i);
            if (!usable[i] || t.end() > end || (kinds[i] & (WORD_OF_TERM | CONTENT)) == 0) {
                return false;
            }
            if (t.end() == end) {
                return true;
            }
        }
        return false;
    }

    /** Adds the entities named in the body, as the page's tags name them or as most often written there. */
    private static void addEntities(List<Entity> entities, Set<String> tags, Map<String, Candidate> candidates,
            String view, String text, int[] paragraphStarts) {
        for (Entity e : entities) {
            Map<String, Integer> forms = new HashMap<>();
            Mention first = null;
            for (Mention m : e.mentions()) {
                if (m.part() != TextPart.BODY || m.end() > view.length()) {
                    continue;
                }
                // A mention of one character (美 of 中美, 黄 of 黄女士) is no form of its own: the entity's name where
                // the text writes it there (黄女士), else none.
                boolean single = m.end() - m.start() == 1;
                String form = single && view.startsWith(e.name(), m.start()) ? e.name()
                        : view.substring(m.start(), m.end());
                if (form.length() >= 2) {
                    forms.merge(form, 1, Integer::sum);
                    first = first == null ? m : first;
                }
            }
            if (first == null) {
                continue;
            }
            // The page's own tag names the entity as the page does (杭州 for 杭州市); else its most frequent form.
            String key = forms.keySet().stream().filter(tags::contains).findFirst()
                    .orElseGet(() -> forms.entrySet().stream()
                            .max(Comparator.comparingInt((Map.Entry<String, Integer> f) -> f.getValue())
                                    .thenComparing(f -> -f.getKey().length()))
                            .orElseThrow().getKey());
            Candidate c = candidates.get(key);
            if (c == null) {
                int at = first.start();
                for (Mention m : e.mentions()) {
                    if (m.part() == TextPart.BODY && view.startsWith(key, m.start())) {
                        at = m.start();
                        break;
                    }
                }
                c = new Candidate(key, text.substring(at, at + key.length()), at, NONE, NONE);
                candidates.put(key, c);
            }
            if (c.count < e.mentions().size()) {
                c.count = 0;
                c.paragraphs = 0;
                c.lastParagraph = NONE;
                for (Mention m : e.mentions()) {
                    if (m.part() == TextPart.BODY) {
                        c.seen(paragraphOf(m.start(), paragraphStarts));
                    }
                }
            }
            c.entity = true;
        }
    }

    /**
     * Scores the candidates. Specificity and the keyword checks cost dictionary look-ups, so they run best first on
     * the score without specificity (an upper bound, as specificity is at most 1) and stop once no further candidate
     * can enter the best {@code SCORED_PER_KEYWORD × limit}.
     */
    private Map<Candidate, Double> score(Collection<Candidate> candidates, String title, int[] paragraphStarts) {
        int maxCount = 1;
        double maxRank = Double.MIN_VALUE;
        for (Candidate c : candidates) {
            maxCount = Math.max(maxCount, c.count);
            maxRank = Math.max(maxRank, c.rank);
        }
        double[] logCount = new double[maxCount + 1];
        for (int k = 0; k <= maxCount; k++) {
            logCount[k] = Math.log1p(k) / Math.log1p(maxCount);
        }
        int lead = Math.min(LEAD_CHARS, paragraphStarts.length > 1 ? paragraphStarts[1] : Integer.MAX_VALUE);
        List<Candidate> ranked = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.count == 0 || c.compound && c.count < MIN_COMPOUND && !c.marked && !c.entity && title.isEmpty()) {
                continue;
            }
            if (!c.entity && !c.marked && (c.glued * 2 > c.count || c.isFragment()
                    || c.pair && !c.compound && c.count < MIN_PAIR)) {
                continue;
            }
            boolean inTitle = !title.isEmpty() && title.contains(c.key);
            c.inTitle = inTitle;
            if (c.compound && c.count < MIN_COMPOUND && !c.marked && !c.entity && !inTitle) {
                continue;
            }
            double base = FREQUENCY_WEIGHT * logCount[c.count] + RANK_WEIGHT * c.rank / maxRank;
            double position = 1 + (inTitle ? TITLE_BONUS : 0) + (c.first < lead ? LEAD_BONUS : 0)
                    + (c.marked ? MARKED_BONUS : 0) + (c.entity ? ENTITY_BONUS : 0);
            double spread = 1 + SPREAD_WEIGHT * c.paragraphs / paragraphStarts.length;
            int words = c.firstToken >= 0 ? c.lastToken - c.firstToken + 1 : 1;
            c.bound = base * position * spread * (words > 2 ? LONG_TERM_WEIGHT : 1);
            ranked.add(c);
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.bound));
        int wanted = SCORED_PER_KEYWORD * limit;
        PriorityQueue<Double> best = new PriorityQueue<>();
        Map<Candidate, Double> scores = new HashMap<>();
        for (Candidate c : ranked) {
            if (best.size() >= wanted && c.bound < best.peek()) {
                break;
            }
            if (isKeyword(c.key) && (c.entity || !endsInAuxiliary(c.key))) {
                double score = c.bound * specificity(c.key);
                scores.put(c, score);
                best.add(score);
                if (best.size() > wanted) {
                    best.poll();
                }
            }
        }
        return scores;
    }

    /** {@return whether a term ends in 会 that is no word's end: the auxiliary of 我们会, not 工会} */
    private static boolean endsInAuxiliary(String term) {
        return term.charAt(term.length() - 1) == AUXILIARY_OR_BODY
                && CoreDictionary.getTermFrequency(term.substring(term.length() - 2)) == 0
                && CoreDictionary.getTermFrequency(term) == 0;
    }

    /** {@return whether a term names a day of the week (周五, 星期一, 礼拜天): a date, not a topic} */
    private static boolean isWeekday(String term) {
        return WEEKDAY.matcher(term).matches();
    }

    private boolean isKeyword(String term) {
        if (term.length() < 2 || FUNCTION_ENDS.indexOf(term.charAt(term.length() - 1)) >= 0
                || FUNCTION_STARTS.indexOf(term.charAt(0)) >= 0 || NEWSROOM.contains(term)
                || DEICTIC_TIMES.contains(term) || isWeekday(term) || stopWords.contains(term)
                || CoreStopWordDictionary.contains(term)) {
            return false;
        }
        if (LATIN.matcher(term).matches()) {
            // A Latin word all in lower case is an English gloss or a unit (min, mol), not a name or an acronym.
            String lower = term.toLowerCase(Locale.ROOT);
            return !lower.equals(term) && !WEB_WORDS.contains(lower) && !LATIN_TIMES.contains(lower);
        }
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isIdeographic(term.charAt(i)) && term.charAt(i) != '·') {
                return false;
            }
        }
        return true;
    }

    /**
     * Rarer in general language, more telling: 1 / (1 + log(1 + f) / 2), where f is the word's frequency in HanLP's
     * core dictionary (read, never changed); 1 for a term it lacks, never below {@link #MIN_SPECIFICITY}.
     */
    static double specificity(String term) {
        int frequency = CoreDictionary.getTermFrequency(term);
        return Math.max(MIN_SPECIFICITY, 1.0 / (1.0 + Math.log1p(frequency) / 2.0));
    }

    private List<Keyword> best(Map<Candidate, Double> scores, Map<String, Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -scores.get(c)).thenComparing(c -> c.key));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ranked) {
            if (kept.size() == limit) {
                break;
            }
            if (!isCovered(c, kept) && kept.stream().noneMatch(k -> sameConcept(c, k) || isJoined(c, k, candidates))
                    && kept.stream().noneMatch(k -> k.written.equals(c.written))) {
                kept.add(c);
            }
        }
        double top = kept.isEmpty() ? 1 : scores.get(kept.get(0));
        List<Keyword> keywords = new ArrayList<>();
        for (Candidate c : kept) {
            keywords.add(new Keyword(c.written, Math.max(scores.get(c) / top, Double.MIN_VALUE)));
        }
        return keywords;
    }

    /**
     * {@return whether {@code term} is the better {@code kept} joined to a word that stands apart more often than the
     * whole} (健康码常态化 of 健康码 and 常态化, 个人健康指数 of 个人 and 健康指数): two concepts, not a new one. A
     * title's term that is {@code kept} and one noun (原油需求 of 原油) is the editor's narrower concept and stays, as
     * in {@link #sameConcept}.
     */
    private static boolean isJoined(Candidate term, Candidate kept, Map<String, Candidate> candidates) {
        if (!term.key.startsWith(kept.key) && !term.key.endsWith(kept.key) || term.key.equals(kept.key)) {
            return false;
        }
        String rest = term.key.startsWith(kept.key) ? term.key.substring(kept.key.length())
                : term.key.substring(0, term.key.length() - kept.key.length());
        Candidate other = candidates.get(rest);
        return rest.length() >= 2 && other != null && other.count > term.count
                && !(term.inTitle && isNounBeside(term.key, kept.key));
    }

    /** {@return whether {@code term} is made of kept terms alone, such as 健康码常态化 of 健康码 and 常态化} */
    private static boolean isCovered(Candidate term, List<Candidate> kept) {
        String rest = term.key;
        for (Candidate k : kept) {
            rest = rest.replace(k.key, " ");
        }
        return !rest.equals(term.key) && rest.replace(" ", "").length() < 2;
    }

    /**
     * {@return whether {@code term} names the concept of the better {@code kept}}: it ends {@code kept} and is no
     * entity (命令 of 行政命令), one holds the other and the shorter seldom stands apart, or they overlap (工程项目全过程
     * after 水运工程项目). A word's count includes its occurrences inside multi-word terms, so the longer term's count
     * is taken from it.
     */
    private static boolean sameConcept(Candidate term, Candidate kept) {
        if (kept.key.endsWith(term.key) && !term.entity) {
            return true;
        }
        if (kept.key.contains(term.key)) {
            return term.count - kept.count < MIN_APART;
        }
        if (term.key.contains(kept.key)) {
            return term.count < MIN_APART && !(term.inTitle && isNounBeside(term.key, kept.key));
        }
        return overlaps(term.key, kept.key) || overlaps(kept.key, term.key);
    }

    /**
     * {@return whether {@code term} is {@code part} and one noun before or after it} (升旗仪式 of 升旗, 日本自卫队 of
     * 日本): the title's narrower concept, which an editor names, unlike a verb phrase (违反中国劳动法).
     */
    private static boolean isNounBeside(String term, String part) {
        String rest = term.startsWith(part) ? term.substring(part.length())
                : term.endsWith(part) ? term.substring(0, term.length() - part.length()) : "";
        CoreDictionary.Attribute attribute = rest.isEmpty() ? null : CoreDictionary.get(rest);
        return attribute != null && attribute.nature[0].toString().startsWith("n");
    }

    /**
     * {@return whether {@code a} ends with what {@code b} starts with, two characters or more, neither holding both}
     */
    private static boolean overlaps(String a, String b) {
        for (int k = Math.min(a.length(), b.length()) - 1; k >= 2; k--) {
            if (a.regionMatches(a.length() - k, b, 0, k)) {
                return true;
            }
        }
        return false;
    }
}

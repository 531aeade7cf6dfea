package io.github.jianbao.internal.ner;

import io.github.jianbao.EntityType;
import io.github.jianbao.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Persons called by the surname alone, which the tagger, judging the surname as one character among others, misses:
 * the surname before a form of address (丁姐, 牛嫂, 项老太, 靳教授, 黄女士) and the surname someone is said to have
 * (姓林的老板). The surname is the person's mention; the form of address is a title, as 记者 is, also where the
 * tagger took the two for one name (丁姨).
 *
 * <p>A surname counts only where a word starts with it and a word ends with the form of address, so that 对于辉同志
 * (对于, then 辉), 总书记 or 刘伯承 (one word) holds none, and only where no entity found so far covers it. Titles
 * of office (王书记, 李局长) are left out: they follow bodies too often (党委书记) to pass without the tagger. So is
 * 某 (王某), which the press writes for someone it keeps anonymous. Stateless and thread-safe.
 */
public final class SurnameMentions {
    /** Common Chinese surnames that are seldom function words (向, 于, 常 are left out). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖萧田董潘袁蔡蒋余杜叶程"
            + "魏苏吕丁卢姚沈钟姜崔谭陆范汪廖金韦贾夏付傅邹熊孟秦邱侯尹薛闫段雷龙黎史陶贺毛郝顾龚邵覃钱戴严莫孔汤康乔赖施洪辛柯庄"
            + "方白石任武牛葛温邢殷焦舒聂翁岳包祝耿季苗阎凌裴詹毕左颜郁纪尚柳童伍鲍霍虞甘卓屈项祁靳涂房滕臧卞庞樊褚江";
    /** {@link #SURNAMES} as a set of chars, so that the scan of a text asks each char once, not the whole string. */
    private static final BitSet SURNAME_SET = SURNAMES.chars().collect(BitSet::new, BitSet::set, BitSet::or);
    /** Forms of address after a surname: honorifics, kinship terms said to elders, and titles of learning or craft. */
    private static final List<String> ADDRESSES = List.of("先生", "女士", "小姐", "太太", "老太", "大爷", "大妈", "大娘",
            "大姐", "大哥", "姐", "嫂", "姨", "叔", "伯", "婆", "老师", "教授", "院士", "师傅", "医生", "大夫", "同志");
    private static final Pattern ADDRESS = Pattern.compile(String.join("|", ADDRESSES));
    /** The first characters of the forms of address, to try the pattern only where one may start. */
    private static final String ADDRESS_STARTS = ADDRESSES.stream().map(a -> a.substring(0, 1)).distinct()
            .collect(Collectors.joining());
    /** The verb that names a surname: 姓林的. */
    private static final char SURNAMED = '姓';

    private SurnameMentions() {
    }

    /** {@return whether {@code c} is a common surname that is seldom a function word} */
    public static boolean isSurname(char c) {
        return SURNAME_SET.get(c);
    }

    /**
     * {@return the spans with a one-character person added for each surname before a form of address or after 姓, and
     * a person the tagger took with its form of address (丁姨) cut to the surname}
     *
     * @param text   the text
     * @param tokens its words, offsets in chars of {@code text}
     * @param spans  the entities found so far, none overlapping, in text order
     */
    public static List<NamedSpan> complete(String text, List<Token> tokens, List<NamedSpan> spans) {
        Matcher address = ADDRESS.matcher(text);
        List<NamedSpan> out = new ArrayList<>(spans.size());
        boolean[] taken = new boolean[text.length()];
        for (NamedSpan s : spans) {
            boolean addressed = s.type() == EntityType.PERSON && s.end() - s.start() > 1 && isSurname(
                    text.charAt(s.start())) && address.region(s.start() + 1, s.end()).matches();
            out.add(addressed ? new NamedSpan(s.start(), s.start() + 1, EntityType.PERSON) : s);
            for (int j = s.start(); j < s.end(); j++) {
                taken[j] = true;
            }
        }
        TokenBounds words = null;
        boolean added = false;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (!isSurname(text.charAt(i)) || taken[i]) {
                continue;
            }
            boolean named = i > 0 && text.charAt(i - 1) == SURNAMED && text.charAt(i + 1) == '的';
            if (!named && (ADDRESS_STARTS.indexOf(text.charAt(i + 1)) < 0
                    || !address.region(i + 1, text.length()).lookingAt())) {
                continue;
            }
            if (words == null) {
                words = new TokenBounds(text, tokens);
            }
            if (named || words.startsAt(i) && words.endsAt(address.end())) {
                out.add(new NamedSpan(i, i + 1, EntityType.PERSON));
                added = true;
            }
        }
        if (added) {
            out.sort(Comparator.comparingInt(NamedSpan::start));
        }
        return List.copyOf(out);
    }
}

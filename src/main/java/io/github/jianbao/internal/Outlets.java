package io.github.jianbao.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outlets of common Chinese-language news sites, by host. Written from the sites' public names; used only when
 * a page names no outlet in its dateline, byline or metadata.
 */
public final class Outlets {
    private static final Map<String, String> BY_HOST = Map.ofEntries(
            Map.entry("secretchina.com", "看中国"),
            Map.entry("epochtimes.com", "大纪元"),
            Map.entry("ntdtv.com", "新唐人"),
            Map.entry("soundofhope.org", "希望之声"),
            Map.entry("rfa.org", "自由亚洲电台"),
            Map.entry("voachinese.com", "美国之音"),
            Map.entry("reuters.com", "路透"),
            Map.entry("dw.com", "德国之声"),
            Map.entry("rfi.fr", "法国国际广播电台"),
            Map.entry("bbc.com", "BBC中文网"),
            Map.entry("bbc.co.uk", "BBC中文网"),
            Map.entry("nytimes.com", "纽约时报中文网"),
            Map.entry("xinhuanet.com", "新华网"),
            Map.entry("news.cn", "新华网"),
            Map.entry("people.com.cn", "人民网"),
            Map.entry("chinanews.com", "中国新闻网"),
            Map.entry("chinanews.com.cn", "中国新闻网"),
            Map.entry("cctv.com", "央视网"),
            Map.entry("163.com", "网易"),
            Map.entry("sina.com.cn", "新浪"),
            Map.entry("thepaper.cn", "澎湃新闻"),
            Map.entry("huanqiu.com", "环球网"),
            Map.entry("ifeng.com", "凤凰网"),
            Map.entry("toutiao.com", "今日头条"),
            Map.entry("qq.com", "腾讯网"),
            Map.entry("baijiahao.baidu.com", "百家号"),
            Map.entry("bjnews.com.cn", "新京报"),
            Map.entry("caixin.com", "财新网"),
            Map.entry("inewsweek.cn", "中国新闻周刊"),
            Map.entry("cyol.com", "中国青年报"),
            Map.entry("guancha.cn", "观察者网"),
            Map.entry("matters.news", "Matters"),
            Map.entry("pao-pao.net", "泡泡"),
            Map.entry("pixnet.net", "痞客邦"));

    /** Outlet names as traditional-script pages write them; the simplified form is the one given back. */
    private static final Map<String, String> SIMPLIFIED = Map.ofEntries(
            Map.entry("看中國", "看中国"),
            Map.entry("大紀元", "大纪元"),
            Map.entry("希望之聲", "希望之声"),
            Map.entry("自由亞洲電台", "自由亚洲电台"),
            Map.entry("美國之音", "美国之音"),
            Map.entry("德國之聲", "德国之声"),
            Map.entry("新華社", "新华社"),
            Map.entry("新華網", "新华网"),
            Map.entry("中新網", "中新网"),
            Map.entry("法廣", "法广"),
            Map.entry("紐約時報中文網", "纽约时报中文网"));

    private Outlets() {
    }

    /** {@return the simplified-script name of an outlet, or {@code name} itself if it has no other form} */
    public static String simplified(String name) {
        return SIMPLIFIED.getOrDefault(name, name);
    }

    /** {@return whether {@code name} is the name of a known outlet, as a site suffix in a page title is} */
    public static boolean isOutlet(String name) {
        return BY_HOST.containsValue(name.strip());
    }

    /** {@return the outlet that publishes at {@code url}; empty for an unknown host or a malformed address} */
    public static Optional<String> byUrl(String url) {
        String host = host(url);
        while (!host.isEmpty()) {
            String outlet = BY_HOST.get(host);
            if (outlet != null) {
                return Optional.of(outlet);
            }
            int dot = host.indexOf('.');
            host = dot < 0 ? "" : host.substring(dot + 1);
        }
        return Optional.empty();
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            // A page's own link may be malformed; then it names no host, which is what the caller asked.
            return "";
        }
    }
}

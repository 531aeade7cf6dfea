package io.github.jianbao.internal;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.util.Collection;
import java.util.Set;

/**
 * An analyzer's own word list, layered over HanLP's default custom dictionary without changing it.
 *
 * <p>HanLP's global {@code CustomDictionary} belongs to the host application too, so the layer shares its
 * read-only double-array trie and keeps its own words in a private trie. The words go straight into that trie:
 * {@code DynamicCustomDictionary.insert} would overwrite the shared trie's entry of a word it already holds (外交部),
 * for every user of HanLP in the JVM. Built once, then only read: thread-safe.
 */
public final class Lexicon {
    private final DynamicCustomDictionary dictionary;
    private final Set<String> userTerms;

    /**
     * Creates a lexicon of HanLP's default words plus {@code organizations} (tagged {@code nt}) and
     * {@code userTerms} (tagged {@code nz}).
     */
    public Lexicon(Collection<String> organizations, Collection<String> userTerms) {
        DynamicCustomDictionary global = CustomDictionary.DEFAULT;
        BinTrie<CoreDictionary.Attribute> own = new BinTrie<>();
        CoreDictionary.Attribute organization = CoreDictionary.Attribute.create("nt 1000");
        CoreDictionary.Attribute userTerm = CoreDictionary.Attribute.create("nz 1000");
        organizations.forEach(word -> own.put(word, organization));
        userTerms.forEach(word -> own.put(word, userTerm));
        this.dictionary = new DynamicCustomDictionary(global.dat, own, global.path);
        this.userTerms = Set.copyOf(userTerms);
    }

    /**
     * {@return whether {@code word}, as written or in simplified script, is one of the user's own terms, which stay
     * whole words} HanLP segments the simplified view of a text, so a simplified term keeps its traditional form whole.
     */
    public boolean isUserTerm(String word) {
        return !userTerms.isEmpty() && (userTerms.contains(word) || userTerms.contains(Simplified.view(word)));
    }

    /** {@return whether HanLP's core dictionary reads {@code word} as a place, among whatever else it reads} */
    public static boolean isCorePlace(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (var nature : attribute.nature) {
            if (nature.toString().startsWith("ns")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return whether HanLP's core dictionary knows {@code word} as a name: a person's, place's or organisation's
     * (nr…, ns…, nt…) or another proper noun (nz)}
     */
    public static boolean isCoreName(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (var nature : attribute.nature) {
            String tag = nature.toString();
            if (tag.startsWith("nz") || tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt")) {
                return true;
            }
        }
        return false;
    }

    /** {@return the dictionary to hand to a HanLP segment; callers must not change it} */
    public DynamicCustomDictionary dictionary() {
        return dictionary;
    }
}

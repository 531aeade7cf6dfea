package io.github.jianbao;

import io.github.jianbao.internal.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A named entity of the article with all its mentions, resolved where Jianbao knows it.
 *
 * <pre>{@code
 * Entity hangzhou = summary.places().get(0);
 * hangzhou.name();                  // 杭州市, mentioned as 杭州 and 杭州市
 * hangzhou.division().get().code(); // 330100; .province().name() is 浙江省
 * summary.agencies().get(0).name(); // 杭州市卫生健康委员会, written 杭州市卫健委
 * }</pre>
 *
 * @param type     what kind of entity it is
 * @param name     the canonical name; mentions may be written differently (杭州 for 杭州市, 标准委 for
 *                 国家标准化管理委员会)
 * @param mentions every mention, in article order, at least one
 * @param salience how central the entity is to the article, in [0, 1]: frequency, position, title and captions
 * @param kind     for an organisation, what kind it is; empty for places and persons
 * @param division for a place, the Chinese administrative division it is; for an organisation, the division it
 *                 belongs to (杭州市 for 杭州市卫健委); empty if none or not resolved
 * @param country  the ISO 3166-1 alpha-2 code of the country a place lies in or an organisation belongs to (CN for
 *                 杭州市 and 外交部, US for 美国国务院); empty if unknown
 */
public record Entity(EntityType type, String name, List<Mention> mentions, double salience,
        Optional<OrganizationKind> kind, Optional<AdminDivision> division, Optional<String> country) {
    /**
     * Copies the mentions and checks the values.
     *
     * @throws IllegalArgumentException if the name is blank, there is no mention, the salience is outside [0, 1],
     *                                  a kind is given for an entity that is not an organisation, or the country
     *                                  is not two capital letters
     */
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(country, "country");
        Checks.notBlank(name, "name");
        mentions = List.copyOf(mentions);
        Checks.argument(!mentions.isEmpty(), "mentions must not be empty: %s", name);
        Checks.argument(salience >= 0 && salience <= 1, "salience must be in [0, 1]: %s", salience);
        Checks.argument(kind.isEmpty() || type == EntityType.ORGANIZATION,
                "kind must be empty unless the type is ORGANIZATION: %s %s", type, name);
        Checks.argument(country.map(Entity::isCountryCode).orElse(true),
                "country must be an ISO 3166-1 alpha-2 code: %s", country.orElse(""));
    }

    /** {@return whether {@code code} is two capital ASCII letters, the form of an ISO 3166-1 alpha-2 code} */
    private static boolean isCountryCode(String code) {
        return code.length() == 2 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** Creates an entity that is not resolved: no kind, division or country. */
    public Entity(EntityType type, String name, List<Mention> mentions, double salience) {
        this(type, name, mentions, salience, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** {@return whether this is a government body, Chinese or foreign} */
    public boolean isAgency() {
        return kind.filter(k -> k == OrganizationKind.AGENCY).isPresent();
    }

    /**
     * {@return one line for jshell, e.g. {@code 杭州市 (PLACE, 330100 杭州市 in 浙江省, CN, salience 1.00, mentions 杭州×2
     * 杭州市×1)}; the mentions, which may be many, are counted by how they are written}
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(name).append(" (").append(type);
        kind.ifPresent(k -> out.append(' ').append(k));
        division.ifPresent(d -> out.append(", ").append(d));
        country.ifPresent(c -> out.append(", ").append(c));
        out.append(String.format(Locale.ROOT, ", salience %.2f, mentions", salience));
        Map<String, Long> written = mentions.stream()
                .collect(Collectors.groupingBy(Mention::text, LinkedHashMap::new, Collectors.counting()));
        written.forEach((text, n) -> out.append(' ').append(text).append('×').append(n));
        return out.append(')').toString();
    }
}

package io.github.jianbao;

import io.github.jianbao.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of China's administrative divisions, with the divisions it lies in.
 *
 * <pre>{@code
 * AdminDivision hangzhou = summary.places().get(0).division().orElseThrow();
 * hangzhou.name();      // 杭州市
 * hangzhou.code();      // 330100
 * hangzhou.chain();     // [浙江省, 杭州市] as divisions, the province first
 * }</pre>
 *
 * @param code   the six-digit GB/T 2260 code, e.g. 330100
 * @param name   the full name, e.g. 杭州市
 * @param level  province, prefecture or county
 * @param parent the division it lies in; empty for a province
 */
public record AdminDivision(String code, String name, DivisionLevel level, Optional<AdminDivision> parent) {
    /**
     * Checks the code and name.
     *
     * @throws IllegalArgumentException if the code is not six digits or the name is blank
     */
    public AdminDivision {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parent, "parent");
        Checks.argument(code.matches("[0-9]{6}"), "code must be six digits: \"%s\"", code);
        Checks.argument(!name.isBlank(), "name must not be blank: %s", code);
    }

    /** {@return the province this division lies in, or this division if it is one} */
    public AdminDivision province() {
        return parent.map(AdminDivision::province).orElse(this);
    }

    /** {@return this division and the ones it lies in, the province first} */
    public List<AdminDivision> chain() {
        List<AdminDivision> chain = new ArrayList<>();
        for (Optional<AdminDivision> d = Optional.of(this); d.isPresent(); d = d.get().parent()) {
            chain.add(d.get());
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
    }

    /** {@return whether this division is {@code other} or lies in it} */
    public boolean isWithin(AdminDivision other) {
        Objects.requireNonNull(other, "other");
        return code.equals(other.code()) || parent.map(p -> p.isWithin(other)).orElse(false);
    }

    /** {@return one line for jshell, e.g. {@code 330100 杭州市 in 浙江省}, instead of the nested parent records} */
    @Override
    public String toString() {
        return code + " " + name + parent.map(p -> " in " + p.province().name()).orElse("");
    }
}

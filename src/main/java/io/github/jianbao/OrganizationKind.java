package io.github.jianbao;

/**
 * What kind of organisation an {@link EntityType#ORGANIZATION} entity is.
 */
public enum OrganizationKind {
    /** A government body, Chinese or foreign: ministry, bureau, commission, court, police, parliament, embassy. */
    AGENCY,
    /** A political party or one of its organs: 中国共产党, 中央纪委, 民进党. */
    PARTY,
    /** A news outlet or agency: 新华社, 看中国, 路透社. */
    MEDIA,
    /** A company, bank or other business: 腾讯, 中国银行. */
    COMPANY,
    /** A university, school, academy or research institute. */
    EDUCATION,
    /** Anything else: associations, foundations, international bodies, teams. */
    OTHER
}

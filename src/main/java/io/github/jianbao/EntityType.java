package io.github.jianbao;

/**
 * The kinds of named entity Jianbao recognises. Dates are not entities; see {@link ArticleSummary#dates()}.
 */
public enum EntityType {
    /** A place: country, administrative division, city, region, landmark. */
    PLACE,
    /** An organisation: government agency, party, media outlet, company, school and others. */
    ORGANIZATION,
    /** A person, without title or role. */
    PERSON
}

package io.github.jianbao;

/**
 * The level of one of China's administrative divisions, as the GB/T 2260 code shows it.
 */
public enum DivisionLevel {
    /** A province, autonomous region, municipality or special administrative region: 浙江省, 北京市 (code xx0000). */
    PROVINCE,
    /** A prefecture-level division: 杭州市, 延边朝鲜族自治州 (code xxxx00). */
    PREFECTURE,
    /** A county-level division: 西湖区, 义乌市 (any other code). */
    COUNTY
}

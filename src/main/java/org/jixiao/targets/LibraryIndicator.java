package org.jixiao.targets;

/**
 * One indicator of the library (指标库): where it sits in the 一级/二级 tree, its unit and direction, the value as the
 * source document published it, its definition (指标解释) and the document it comes from.
 *
 * @param id        stable within a library version: the set and the row's position in it, e.g. "sichuan-3"
 * @param unit      计量单位; empty for a qualitative indicator that has no natural number
 * @param direction GE 正向, LE 反向, EQ 等于, QUALITATIVE 定性 (as published: a rate published as 有所提高 stays QUALITATIVE
 *                  but keeps its unit "%", which is how the quality checks know a number was possible)
 */
public record LibraryIndicator(String id, String set, String level1, String level2, String name, String unit,
                               String direction, String example, String definition, String source) {

    public boolean quantifiable() { return unit != null && !unit.isBlank(); }
}

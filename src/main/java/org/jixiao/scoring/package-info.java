/**
 * 绩效自评 scoring (RULES.md §1): {@link org.jixiao.scoring.Scorer} turns a scorecard into a
 * {@link org.jixiao.scoring.SelfEvaluation} under {@link org.jixiao.scoring.ScoringRules}, which are data versioned by region and year.
 */
package org.jixiao.scoring;

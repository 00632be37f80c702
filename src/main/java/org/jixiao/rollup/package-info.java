/**
 * 区域汇总: the competent department's roll-up of its fund-using units' scorecards into one regional
 * scorecard (RULES.md §2.3) — absolute actuals summed, relative and qualitative ones fund-weighted —
 * with every regional number traceable to the unit values it came from.
 */
package org.jixiao.rollup;

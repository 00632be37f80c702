/**
 * Stored evaluations (issue 11): every save, submission and explicit re-scoring writes the self-evaluation with the
 * id and version of the rules that produced it; lists, filters, comparisons, roll-ups and exports read these rows.
 * Sits above {@code scorecard} and {@code scoring}, which do not know it exists.
 */
package org.jixiao.evaluation;

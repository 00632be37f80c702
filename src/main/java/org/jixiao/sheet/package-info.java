/**
 * The scorecards as people and scripts see them: the list, the scorecard page with its evaluation and cell editor,
 * the REST API, and the public pages of published scorecards. It sits above {@code scorecard} (the aggregate and its
 * store) and {@code scoring}, which is why it is a module of its own rather than {@code scorecard.web}: the scorer
 * reads the aggregate, and these pages show the scorer's results.
 */
package org.jixiao.sheet;

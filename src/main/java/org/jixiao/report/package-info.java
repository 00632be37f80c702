/**
 * 自评报告: the self-evaluation report written from a scorecard, its self-evaluation and its findings, in the
 * sections such reports have (基本情况 … 结果应用); the filler rewrites any paragraph (kept in {@code store/}); exported
 * as .docx and PDF, and offered beside the published table. Plain Java here; {@code web/} holds the pages.
 */
package org.jixiao.report;

/**
 * Publication exporters (政府信息公开): a scorecard — a unit's or a region's — rendered as the official form in
 * Excel, PDF and standalone HTML, plus the Excel importer that reads our own export back. One layout
 * ({@link org.jixiao.publish.export.FormLayout}) feeds every format, so the three never disagree.
 */
package org.jixiao.publish.export;

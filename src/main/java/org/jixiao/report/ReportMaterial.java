package org.jixiao.report;

import java.util.List;
import java.util.Map;
import org.jixiao.scorecard.StoredScorecard;

/**
 * More material for a scorecard's 自评报告 than the scorecard itself (its monitoring, its evidence …): every Spring
 * bean implementing this adds paragraphs to the sections it names, after the generated ones.
 */
public interface ReportMaterial {
    Map<Report.Part, List<String>> paragraphs(StoredScorecard scorecard);
}

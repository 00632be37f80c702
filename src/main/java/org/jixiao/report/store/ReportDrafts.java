package org.jixiao.report.store;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jixiao.report.Report;
import org.jixiao.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paragraphs of a 自评报告 that the filler rewrote, by section and position. Callers check the scorecard's scope
 * and state first (through {@code Scorecards}). Each paragraph keeps who rewrote it last and when; {@link Reports}
 * records each rewrite, old and new text, in the 操作日志.
 */
@Repository
public class ReportDrafts {
    private final JdbcClient jdbc;

    public ReportDrafts(JdbcClient jdbc) { this.jdbc = jdbc; }

    public Map<Report.Part, Map<Integer, String>> rewrites(long scorecardId) {
        Map<Report.Part, Map<Integer, String>> out = new EnumMap<>(Report.Part.class);
        jdbc.sql("select part, position, body from report_paragraph where scorecard_id = :id").param("id", scorecardId)
                .query(rs -> {
                    out.computeIfAbsent(Report.Part.valueOf(rs.getString(1)), k -> new HashMap<>())
                            .put(rs.getInt(2), rs.getString(3));
                });
        return out;
    }

    /** Keeps the filler's text of one paragraph; an empty text goes back to the generated one. */
    @Transactional
    public void rewrite(long scorecardId, Report.Part part, int position, String body) {
        if (body == null || body.isBlank()) {
            jdbc.sql("delete from report_paragraph where scorecard_id = :id and part = :part and position = :pos")
                    .param("id", scorecardId).param("part", part.name()).param("pos", position).update();
        } else {
            jdbc.sql("""
                    insert into report_paragraph (scorecard_id, part, position, body, updated_by)
                    values (:id, :part, :pos, :body, :by)
                    on conflict (scorecard_id, part, position) do update set body = excluded.body,
                        updated_at = now(), updated_by = excluded.updated_by""")
                    .param("id", scorecardId).param("part", part.name()).param("pos", position)
                    .param("body", body.strip()).param("by", Actor.current().name()).update();
        }
    }
}

package org.jixiao.report.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.kernel.Actor;
import org.jixiao.report.Report;
import org.jixiao.report.ReportMaterial;
import org.jixiao.report.ReportWriter;
import org.jixiao.scorecard.ScorecardEvent;
import org.jixiao.scorecard.Status;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scorecard's 自评报告: written from the scorecard and the {@link ReportMaterial} beans, with the filler's rewrites
 * (each one an entry of the 操作日志); at publication its text is kept, in the transaction of the publication, and
 * from then on that text is the report (its .docx and PDF are written from it).
 */
@Service
public class Reports {
    /** The 操作日志 actions of the report. */
    public static final String REWRITE = "REPORT_REWRITE";
    public static final String ATTACHED = "REPORT_ATTACHED";

    private final Scorecards scorecards;
    private final ReportDrafts drafts;
    private final List<ReportMaterial> material;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Evaluations evaluations;

    public Reports(Scorecards scorecards, ReportDrafts drafts, List<ReportMaterial> material, JdbcClient jdbc,
                   ApplicationEventPublisher events, Evaluations evaluations) {
        this.evaluations = evaluations;
        this.scorecards = scorecards;
        this.drafts = drafts;
        this.material = material;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The report as it stands: generated, with the more material and the filler's rewrites. */
    public Report draft(StoredScorecard st) {
        Map<Report.Part, List<String>> extra = new EnumMap<>(Report.Part.class);
        for (ReportMaterial m : material) {
            m.paragraphs(st).forEach((part, text) -> extra.computeIfAbsent(part, k -> new ArrayList<>()).addAll(text));
        }
        // the stored evaluation (its rules id and version), as the pages and exports show it
        return ReportWriter.write(st.scorecard(), evaluations.shown(st), extra).withRewrites(drafts.rewrites(st.id()));
    }

    /**
     * Keeps the filler's text of one paragraph (an empty text restores the generated one) and records the change, old
     * and new text, in the 操作日志. A position outside the section changes nothing.
     */
    @Transactional
    public boolean rewrite(StoredScorecard st, Report.Part part, int position, String text) {
        List<String> before = draft(st).section(part).paragraphs();
        if (position < 0 || position >= before.size()) return false;
        drafts.rewrite(st.id(), part, position, text);
        String after = draft(st).section(part).paragraphs().get(position);
        if (!after.equals(before.get(position))) {
            events.publishEvent(new ScorecardEvent.Noted(st.id(), REWRITE, "report." + part.name() + "[" + position + "]",
                    before.get(position), after));
        }
        return true;
    }

    /**
     * The report kept when the scorecard was published: its text as it stood then (the files are written from it), or
     * empty for a table not published, or published before reports were kept.
     */
    public Optional<Report> published(long scorecardId) {
        return jdbc.sql("select content from published_report where scorecard_id = :id").param("id", scorecardId)
                .query(String.class).optional().map(json -> JSON.readValue(json, Report.class));
    }

    /**
     * At publication, in its transaction: the report as it stands is kept (a table with results only; a target table
     * has no self-evaluation to report). Writing the .docx and PDF waits for a download, so publishing stays quick.
     */
    @EventListener
    void on(ScorecardEvent event) {
        if (!(event instanceof ScorecardEvent.StatusChanged e) || e.to() != Status.PUBLISHED) return;
        StoredScorecard st = scorecards.require(e.id());
        if (!st.scorecard().hasActuals()) return;
        Report r = draft(st);
        String json = JSON.writeValueAsString(r);
        String sha = sha256(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int stored = jdbc.sql("""
                insert into published_report (scorecard_id, title, content, sha256, stored_by)
                values (:id, :title, cast(:content as jsonb), :sha, :by) on conflict (scorecard_id) do nothing""")
                .param("id", st.id()).param("title", r.title()).param("content", json).param("sha", sha)
                .param("by", Actor.current().name()).update();
        if (stored > 0) {
            events.publishEvent(new ScorecardEvent.Noted(st.id(), ATTACHED, "report", null, r.title() + " · SHA-256 " + sha.substring(0, 16)));
        }
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

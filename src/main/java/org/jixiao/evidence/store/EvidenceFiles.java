package org.jixiao.evidence.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jixiao.evidence.FileKind;
import org.jixiao.scorecard.ScorecardEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 佐证材料 in PostgreSQL: attached to a scorecard, an indicator or a monitoring round, checked (size, kind), with
 * its SHA-256; reachable only through a scorecard the caller may read; every upload and download is in the audit trail.
 */
@Service
public class EvidenceFiles {
    public static final String UPLOAD = "EVIDENCE_UPLOAD", DOWNLOAD = "EVIDENCE_DOWNLOAD";
    private final JdbcClient jdbc;
    private final Scorecards scorecards;
        private final ApplicationEventPublisher events;

    public EvidenceFiles(JdbcClient jdbc, Scorecards scorecards, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.events = events;
    }

    public record Evidence(long id, long scorecardId, Integer indicator, Long roundId, String fileName, String contentType,
                           long size, String sha256, String uploadedBy, Instant uploadedAt) {
        /** Asia/Shanghai, to the minute. */
        public String uploadedAtLocal() { return org.jixiao.web.LocalMinutes.of(uploadedAt); }
    }

    public record File(Evidence meta, byte[] content) {}

    @Transactional
    public Evidence attach(long scorecardId, Integer indicator, Long roundId, String fileName, byte[] content) {
        StoredScorecard st = scorecards.require(scorecardId);
        List<Violation> v = new ArrayList<>();
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
        if (name.isEmpty()) v.add(new Violation("file", "请选择文件", "a file is required"));
        if (content == null || content.length == 0) v.add(new Violation("file", "文件为空", "the file is empty"));
        else if (content.length > FileKind.MAX_BYTES) {
            v.add(new Violation("file", "文件超过 20 MB", "the file is larger than 20 MB"));
        }
        Optional<FileKind> kind = content == null ? Optional.empty() : FileKind.of(name, content);
        if (!name.isEmpty() && content != null && content.length > 0 && kind.isEmpty()) {
            v.add(new Violation("file", "「" + name + "」不是可接受的文件（PDF、图片或 Office 文件，扩展名须与内容一致）：" + FileKind.allowedExtensions(),
                    "\"" + name + "\" is not an accepted file (PDF, image or Office; the extension must match the content): " + FileKind.allowedExtensions()));
        }
        int rows = st.scorecard().indicators().size();
        if (indicator != null && (indicator < 0 || indicator >= rows)) {
            v.add(new Violation("indicator", "指标序号应在 0 到 " + (rows - 1) + " 之间", "indicator must be between 0 and " + (rows - 1)));
        }
        if (roundId != null && jdbc.sql("select count(*) from monitoring_round where id = :r and scorecard_id = :s")
                .param("r", roundId).param("s", scorecardId).query(Long.class).single() == 0) {
            v.add(new Violation("round", "该表没有编号为 " + roundId + " 的监控记录", "no monitoring round " + roundId + " on this scorecard"));
        }
        if (!v.isEmpty()) throw new ValidationException(v);
        String sha = sha256(content);
        String type = kind.orElseThrow().mediaType(name);
        long id = jdbc.sql("""
                insert into evidence (scorecard_id, indicator, round_id, file_name, content_type, size, sha256, content, uploaded_by)
                values (:s, :i, :r, :n, :t, :size, :sha, :c, :by) returning id""")
                .param("s", scorecardId).param("i", indicator).param("r", roundId).param("n", name).param("t", type)
                .param("size", (long) content.length).param("sha", sha).param("c", content).param("by", Actor.current().name())
                .query(Long.class).single();
        note(scorecardId, UPLOAD, where(indicator, roundId), null, name + " sha256:" + sha);
        return find(scorecardId, id).orElseThrow();
    }

    public List<Evidence> of(long scorecardId) {
        scorecards.require(scorecardId);
        return jdbc.sql(SELECT + " where scorecard_id = :s order by id").param("s", scorecardId).query(EvidenceFiles::map).list();
    }

    @Transactional
    public File download(long scorecardId, long id) {
        scorecards.require(scorecardId);
        Evidence e = find(scorecardId, id).orElseThrow(() -> new EvidenceNotFoundException(id));
        byte[] content = jdbc.sql("select content from evidence where id = :id").param("id", id).query(byte[].class).single();
        note(scorecardId, DOWNLOAD, where(e.indicator(), e.roundId()), null, e.fileName() + " sha256:" + e.sha256());
        return new File(e, content);
    }

    private Optional<Evidence> find(long scorecardId, long id) {
        return jdbc.sql(SELECT + " where scorecard_id = :s and id = :id").param("s", scorecardId).param("id", id)
                .query(EvidenceFiles::map).optional();
    }

    private static final String SELECT = "select id, scorecard_id, indicator, round_id, file_name, content_type, size, sha256, "
            + "uploaded_by, uploaded_at from evidence";

    private static Evidence map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Evidence(rs.getLong("id"), rs.getLong("scorecard_id"), (Integer) rs.getObject("indicator"),
                (Long) rs.getObject("round_id"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }

    private static String where(Integer indicator, Long roundId) {
        return indicator != null ? "evidence:indicators[" + indicator + "]" : roundId != null ? "evidence:monitoring[" + roundId + "]" : "evidence";
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static class EvidenceNotFoundException extends NotFoundException {
        public EvidenceNotFoundException(long id) { super("佐证材料 " + id + " 不存在", "evidence " + id + " not found"); }
    }

    /** An entry of the scorecard's audit trail, appended in this transaction (review's AuditTrail listens). */
    private void note(long scorecardId, String action, String field, String oldValue, String newValue) {
        events.publishEvent(new ScorecardEvent.Noted(scorecardId, action, field, oldValue, newValue));
    }
}

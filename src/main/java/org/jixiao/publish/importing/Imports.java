package org.jixiao.publish.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Role;
import org.jixiao.kernel.TextDecoding;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.publish.export.XlsxImporter;
import org.jixiao.publish.parse.ParsedDocument;
import org.jixiao.publish.parse.TextParser;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ScorecardValidator;
import org.jixiao.scorecard.StoredScorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.jixiao.targets.IndicatorLibrary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading published documents back into scorecards: preview (parse, store nothing but the batch), then
 * confirm (store every table or none). A table that matches an existing scorecard — same document, or same
 * form, year, project and unit — is reported and only overwritten when the caller asks to replace it.
 * A new table belongs to the org named as its unit when that org lies in the importer's scope, otherwise to the
 * importer's own org.
 */
@Service
public class Imports {
    private final JdbcClient jdbc;
    private final Scorecards scorecards;
    private final Orgs orgs;

    public Imports(JdbcClient jdbc, Scorecards scorecards, Orgs orgs) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.orgs = orgs;
    }

    /**
     * The parsed document and, for each table, the scorecard it would update (null when it is new); the digest
     * of the text identifies the document when its tables are stored.
     */
    public record Preview(long id, ParsedDocument document, List<Long> matches, String digest) {}

    /** What a confirmation did with each table. */
    public record Outcome(int table, String action, long scorecardId) {
        public static final String CREATED = "created";
        public static final String REPLACED = "replaced";
        public static final String UNCHANGED = "matched";
    }

    /** How a file's bytes were read: as an Excel workbook (no encoding), or as text — a web page or not — in an encoding. */
    public record Reading(String encoding, boolean webPage) {
        static final Reading WORKBOOK = new Reading(null, false);

        public boolean workbook() { return encoding == null; }

        /** As the API answers it: "Excel", "GB18030", "UTF-8 HTML". */
        @Override
        public String toString() { return workbook() ? "Excel" : webPage ? encoding + " HTML" : encoding; }
    }

    /** A file's preview and how its bytes were read. */
    public record Received(Preview preview, Reading readAs) {}

    /** A file's bytes stored (or not): how they were read, and what the confirmation did with each table. */
    public record FileImport(Reading readAs, List<Outcome> outcomes) {}

    /**
     * An uploaded file: an Excel workbook (told by its content: an export of this application or a bureau's own sheet)
     * is read by {@link XlsxImporter} and kept as it came; anything else is text (by its BOM, UTF-8, else GB18030), and a saved
     * web page is read as its text and table rows ({@link HtmlText}).
     */
    @Transactional
    public Preview preview(String fileName, byte[] content) {
        return receive(fileName, content).preview();
    }

    /** A file as the page, the API and the CLI receive it: one path, so a workbook is read the same everywhere. */
    @Transactional
    public Received receive(String fileName, byte[] content) {
        if (!XlsxImporter.isWorkbook(content)) {
            // named as a workbook yet neither a zip nor an OLE2 file: damaged, not a text to read as GB18030 garbage
            if (EXCEL_NAME.matcher(fileName).find()) throw unreadable(fileName, NOT_A_WORKBOOK_ZH, NOT_A_WORKBOOK_EN);
            TextDecoding.Decoded text = TextDecoding.read(content);
            // a saved web page: its tables as pipe rows, its markup gone (the reader would take tags for text)
            return new Received(preview(fileName, text.text()), new Reading(text.encoding(), HtmlText.isPage(fileName, text.text())));
        }
        XlsxImporter.Read read = workbook(fileName, content);
        ParsedDocument doc = templated(new ParsedDocument(fileName, List.of(read.scorecard()), List.of()));
        return new Received(store(fileName, digest(content), read.rows(), content, doc), Reading.WORKBOOK);
    }

    private static final java.util.regex.Pattern EXCEL_NAME = java.util.regex.Pattern.compile("(?i)\\.xls[xm]?$");

    @Transactional
    public Preview preview(String fileName, String rawText) {
        // a web page (a saved file, or its source pasted): its text and table rows, not its markup
        String page = HtmlText.readable(fileName, rawText);
        // the digest and the parse see the text as it is stored: without NUL (see store)
        String text = page.indexOf('\u0000') >= 0 ? page.replace("\u0000", "") : page;
        return store(fileName, digest(text.getBytes(StandardCharsets.UTF_8)), text, null, templated(TextParser.parse(text, fileName)));
    }

    private Preview store(String fileName, String digest, String rawText, byte[] workbook, ParsedDocument doc) {
        // NUL cannot be stored in PostgreSQL text and never belongs to a published table
        String text = rawText.indexOf('\u0000') >= 0 ? rawText.replace("\u0000", "") : rawText;
        long id = jdbc.sql("""
                insert into import_batch (file_name, digest, text, workbook, table_count, created_by)
                values (:f, :d, :t, :w, :n, :by) returning id""")
                .param("by", Actor.current().name()).param("f", fileName).param("d", digest).param("t", text)
                .param("w", workbook).param("n", doc.tables().size())
                .query(Long.class).single();
        return new Preview(id, doc, matches(doc, digest), digest);
    }

    public Optional<Preview> find(long id) {
        return own(jdbc.sql("select file_name, digest, text, workbook from import_batch where id = :id" + OWN).param("id", id))
                .query((rs, n) -> {
                    String file = rs.getString("file_name");
                    byte[] workbook = rs.getBytes("workbook");
                    ParsedDocument doc = templated(workbook == null ? TextParser.parse(rs.getString("text"), file)
                            : new ParsedDocument(file, List.of(workbook(file, workbook).scorecard()), List.of()));
                    String digest = rs.getString("digest");
                    return new Preview(id, doc, matches(doc, digest), digest);
                }).optional();
    }

    /**
     * The workbook read, or a refusal naming the file (and the row and column, where a cell is wrong) in both languages:
     * a workbook that cannot be read stores nothing.
     */
    private static XlsxImporter.Read workbook(String fileName, byte[] content) {
        String zh = NOT_A_WORKBOOK_ZH, en = NOT_A_WORKBOOK_EN;
        try {
            return XlsxImporter.readWithRows(new java.io.ByteArrayInputStream(content));
        } catch (IllegalArgumentException e) {
            // XlsxImporter's refusals are bilingual ("第3行第7列的分值不是数字 / row 3 column 7: …"); POI's own are not
            String m = e.getMessage() == null ? "" : e.getMessage();
            int slash = m.indexOf(" / ");
            if (slash > 0) { zh = m.substring(0, slash); en = m.substring(slash + 3); }
        } catch (java.io.IOException | RuntimeException e) {
            // a damaged file that POI fails on in its own way: its words are in neither of the page's languages
        }
        throw unreadable(fileName, zh, en);
    }

    private static final String NOT_A_WORKBOOK_ZH = "不是可读取的 Excel 工作簿（文件已损坏或格式不对）";
    private static final String NOT_A_WORKBOOK_EN = "not a readable Excel workbook (the file is damaged or of another kind)";

    private static ValidationException unreadable(String fileName, String zh, String en) {
        return new ValidationException(List.of(new Violation(fileName, "Excel 工作簿「" + fileName + "」无法导入：" + zh,
                "the Excel workbook “" + fileName + "” cannot be imported: " + en)));
    }

    /** The document text of a batch exactly as it was received (the import page shows it line by line). */
    public String text(long id) {
        return own(jdbc.sql("select text from import_batch where id = :id" + OWN).param("id", id)).query(String.class)
                .optional().orElseThrow(() -> new ImportNotFoundException(id));
    }

    /**
     * Stores the previewed tables in one transaction: a document with no table, or any table that fails
     * validation, stores nothing at all.
     */
    @Transactional
    public List<Outcome> confirm(long id, boolean replace) {
        return confirm(find(id).orElseThrow(() -> new ImportNotFoundException(id)), replace);
    }

    /** Preview and confirm in one step: the CLI's `jixiao import FILE` (the text is parsed once). */
    @Transactional
    public List<Outcome> importText(String fileName, String text, boolean replace) {
        return confirm(preview(fileName, text), replace);
    }

    /** A file's bytes previewed and confirmed in one step: the CLI's `jixiao import FILE`, read as the web upload reads it. */
    @Transactional
    public FileImport importFile(String fileName, byte[] content, boolean replace) {
        Received received = receive(fileName, content);
        return new FileImport(received.readAs(), confirm(received.preview(), replace));
    }

    private List<Outcome> confirm(Preview p, boolean replace) {
        long id = p.id();
        // At most one confirmation per preview: the batch row is locked, and a confirmed batch answers with the
        // scorecards it stored (a second click, or thirty at once, store nothing more).
        String stored = jdbc.sql("select case when status = 'CONFIRMED' then coalesce(scorecard_ids, '') end "
                + "from import_batch where id = :id for update").param("id", id).query(String.class).optional().orElse(null);
        if (stored != null) {
            List<Outcome> again = new ArrayList<>();
            String[] ids = stored.isEmpty() ? new String[0] : stored.split(",");
            for (int i = 0; i < ids.length; i++) again.add(new Outcome(i, Outcome.UNCHANGED, Long.parseLong(ids[i])));
            return again;
        }
        // One document, and one form/year/project/unit, at a time: confirmations of other previews of the same
        // text wait here, then find what the first one stored (the matches are computed again after the wait).
        lockImportKeys(p);
        List<Long> matches = matches(p.document(), p.digest());
        List<Outcome> outcomes = store(p.document(), p.digest(), matches, replace);
        for (Outcome o : outcomes) {
            Scorecard t = p.document().tables().get(o.table());
            jdbc.sql("""
                    insert into imported_table (digest, table_index, scorecard_id, form, year, project, unit)
                    values (:d, :i, :s, :form, :year, :project, :unit) on conflict do nothing""")
                    .param("d", p.digest()).param("i", o.table()).param("s", o.scorecardId()).param("form", t.form())
                    .param("year", t.year()).param("project", t.project()).param("unit", t.unit()).update();
        }
        jdbc.sql("update import_batch set status = 'CONFIRMED', confirmed_at = now(), scorecard_ids = :ids where id = :id")
                .param("ids", outcomes.stream().map(o -> String.valueOf(o.scorecardId())).collect(Collectors.joining(",")))
                .param("id", id).update();
        return outcomes;
    }

    /** Transaction-scoped advisory locks on the document and on each table's identity, in a fixed order. */
    private void lockImportKeys(Preview p) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        keys.add("import:" + p.digest());
        for (Scorecard t : p.document().tables()) {
            keys.add("import:" + t.form() + "|" + t.year() + "|" + t.project() + "|" + t.unit());
        }
        for (String k : keys) {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:k, 0))").param("k", k).query((rs, n) -> 1).list();
        }
    }

    private List<Outcome> store(ParsedDocument doc, String digest, List<Long> matches, boolean replace) {
        if (doc.tables().isEmpty()) {
            String lines = doc.warnings().stream().limit(5).map(w -> String.valueOf(w.line())).collect(Collectors.joining(", "));
            throw new ValidationException(List.of(new Violation(doc.file(),
                    "未识别到任何绩效表格" + (lines.isEmpty() ? "" : "（见第 " + lines + " 行的提示）"),
                    "no performance table was recognised" + (lines.isEmpty() ? "" : " (see warnings at lines " + lines + ")"))));
        }
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < doc.tables().size(); i++) {
            String prefix = "tables[" + i + "].";
            ScorecardValidator.check(doc.tables().get(i))
                    .forEach(v -> problems.add(new Violation(prefix + v.field(), v.zh(), v.en())));
        }
        if (!problems.isEmpty()) throw new ValidationException(problems);

        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < doc.tables().size(); i++) {
            Scorecard table = doc.tables().get(i);
            Long match = matches.get(i);
            if (match == null) {
                Long org = orgOf(table);
                table = withTemplates(table, org);
                outcomes.add(new Outcome(i, Outcome.CREATED, scorecards.create(table, org, doc.file(), digest).id()));
            } else if (replace) {
                StoredScorecard current = scorecards.find(match).orElseThrow();
                table = withTemplates(table, orgOf(table));
                outcomes.add(new Outcome(i, Outcome.REPLACED, scorecards.update(match, current.version(), table).id()));
            } else {
                outcomes.add(new Outcome(i, Outcome.UNCHANGED, match));
            }
        }
        return outcomes;
    }

    /** The org a table is stored for: the org named as its unit when in the importer's scope, else none (the importer's). */
    private Long orgOf(Scorecard table) {
        return orgs.byName(table.unit(), Actor.current().scope()).map(Org::id).orElse(null);
    }

    /**
     * The document with each table's targets read against their templates, as confirming stores them — so the preview
     * shows the reading that will be stored (a scanned 「2 90%」 is ≥ 90 % on the preview too). The confirmation parses
     * the batch again after its locks, so a table of the year before stored meanwhile counts there as well.
     */
    private ParsedDocument templated(ParsedDocument doc) {
        if (doc.tables().isEmpty()) return doc;
        List<Scorecard> tables = doc.tables().stream().map(t -> withTemplates(t, orgOf(t))).toList();
        return new ParsedDocument(doc.file(), tables, doc.warnings());
    }

    /** The targets read against their templates: the unit's table of the year before, else the indicator library. */
    private Scorecard withTemplates(Scorecard table, Long org) {
        Optional<Scorecard> lastYear = org == null || table.year() == null || table.project() == null ? Optional.empty()
                : scorecards.ofOrg(org).stream()
                        .filter(x -> x.scorecard().year() != null && x.scorecard().year() == table.year() - 1
                                && table.project().equals(x.scorecard().project()))
                        .max(java.util.Comparator.comparing(StoredScorecard::id)).map(StoredScorecard::scorecard);
        return TargetTemplates.apply(table, lastYear, IndicatorLibrary.standard());
    }

    private List<Long> matches(ParsedDocument doc, String digest) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < doc.tables().size(); i++) {
            Optional<StoredScorecard> m = scorecards.findBySource(digest, i);
            if (m.isEmpty()) m = scorecards.findSame(doc.tables().get(i));
            out.add(m.map(StoredScorecard::id).orElse(null));
        }
        return out;
    }

    /** A batch is seen by whoever previewed it, and by administrators. */
    private static final String OWN = " and (created_by = :me or :any)";

    private static JdbcClient.StatementSpec own(JdbcClient.StatementSpec sql) {
        Actor actor = Actor.current();
        return sql.param("me", actor.name()).param("any", actor.role() == Role.ADMIN);
    }

    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

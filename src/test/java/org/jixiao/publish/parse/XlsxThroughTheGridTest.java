package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.publish.export.XlsxImporter;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a workbook a bureau fills in its own layout is read by the same code as a published text. Every seed and
 * corpus table, rendered as the official form prints it (ReRenderedTablesTest's pipe rows), is written to a sheet one
 * cell per sheet cell and read back by {@link XlsxImporter}: it reads as the same table.
 */
class XlsxThroughTheGridTest {

    @Test
    void everyTableTypedIntoASheetReadsTheSame() throws Exception {
        List<String> failures = new ArrayList<>();
        int read = 0;
        for (ReRenderedTablesTest.Source s : ReRenderedTablesTest.sources()) {
            ReRenderedTablesTest.Rendering r = ReRenderedTablesTest.render(s.table(), ReRenderedTablesTest.Style.PIPES);
            Scorecard back;
            try {
                back = XlsxImporter.read(new ByteArrayInputStream(workbook(r.text())));
            } catch (IllegalArgumentException e) {
                failures.add(s.name() + ": " + e.getMessage());
                continue;
            }
            String why = ReRenderedTablesTest.same(s.table(), new ParsedDocument(s.name(), List.of(back), List.of()), r.text().length(), r);
            if (why != null) failures.add(s.name() + ": " + why);
            else read++;
        }
        assertThat(failures).isEmpty();
        assertThat(read).isGreaterThanOrEqualTo(15);
    }

    /** Each pipe row is a sheet row, each cell between pipes a sheet cell (an empty one left blank). */
    static byte[] workbook(String pipes) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("表1");
            int r = 0;
            for (String line : pipes.split("\n", -1)) {
                Row row = sheet.createRow(r++);
                String t = line.strip();
                if (t.startsWith("|")) t = t.substring(1);
                if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
                if (t.isBlank()) continue;
                String[] cells = line.contains("|") ? t.split("\\|", -1) : new String[] {t};
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c].strip().replace("\u00a0", "");
                    if (!v.isEmpty()) row.createCell(c).setCellValue(v);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}

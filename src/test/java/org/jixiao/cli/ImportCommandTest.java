package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.cli.ScoreCommandTest.jixiao;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.publish.export.Exporter;
import org.jixiao.publish.export.Format;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `jixiao import FILE…` reads a file as the web upload does: a workbook by its content through XlsxImporter (it was
 * decoded as text: no table), text by its BOM, UTF-8 or GB18030, and says which; a damaged workbook stores nothing.
 */
class ImportCommandTest {
    @TempDir Path dir;

    @Test
    void aWorkbookAGb18030TextAWebPageAndADamagedWorkbookAreEachReadAsTheUploadReadsThem() throws IOException {
        // the application's own xlsx export of the Suining table, its 遂宁 text re-encoded as a GBK site serves it
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Exporter.export(Fixtures.seed(Seeds.SUINING), Format.XLSX, xlsx);
        Path workbook = Files.write(dir.resolve("遂宁自评表.xlsx"), xlsx.toByteArray());
        Path gbk = Files.write(dir.resolve("linyi-gbk.txt"), Seeds.text(Seeds.LINYI).getBytes(Charset.forName("GB18030")));
        byte[] cut = java.util.Arrays.copyOf(xlsx.toByteArray(), xlsx.size() / 2); // a download broken off halfway
        Path damaged = Files.write(dir.resolve("半个工作簿.xlsx"), cut);
        ByteArrayOutputStream html = new ByteArrayOutputStream(); // the Dalian table as a saved web page
        Exporter.export(Fixtures.seed(Seeds.DALIAN), Format.HTML, html);
        Path page = Files.write(dir.resolve("dalian.html"), html.toByteArray());

        String dataDir = "target/test-data/cli-import-" + java.util.UUID.randomUUID();
        System.setProperty("jixiao.data-dir", dataDir);
        try {
            ScoreCommandTest.Run run = jixiao("import", workbook.toString(), gbk.toString(), damaged.toString(), page.toString());

            assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1); // the damaged file: invalid input
            assertThat(run.out()).contains("遂宁自评表.xlsx：按 Excel 工作簿读取 / read as an Excel workbook")
                    .contains("linyi-gbk.txt：按 GB18030 编码的文本读取 / read as GB18030 text")
                    .contains("dalian.html：按 UTF-8 编码的网页读取 / read as a web page in UTF-8");
            assertThat(run.err()).contains("Excel 工作簿「半个工作簿.xlsx」无法导入：不是可读取的 Excel 工作簿")
                    .contains("the Excel workbook “半个工作簿.xlsx” cannot be imported")
                    .contains("nothing was stored from 半个工作簿.xlsx");
            Matcher created = Pattern.compile("(\\S+) 表1 → 新建绩效目标表 #(\\d+)").matcher(run.out());
            java.util.Map<String, String> ids = new java.util.HashMap<>();
            while (created.find()) ids.put(created.group(1), created.group(2));
            assertThat(ids).containsOnlyKeys("遂宁自评表.xlsx", "linyi-gbk.txt", "dalian.html");

            // the workbook's table, scored from the store: the official total, so every row and the budget came through
            ScoreCommandTest.Run scored = jixiao("score", "--id", ids.get("遂宁自评表.xlsx"));
            assertThat(scored.code()).as(scored.err()).isZero();
            assertThat(scored.json().get("tables").get(0).get("total").decimalValue()).isEqualByComparingTo("98.18");
            assertThat(scored.json().get("tables").get(0).get("indicators")).hasSize(12);
        } finally {
            System.clearProperty("jixiao.data-dir");
        }
    }
}

package org.jixiao.publish.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;

/**
 * A workbook a bureau filled in itself (not one of our exports: no hidden sheet, no 绩效指标 block label), as people type
 * one: amounts as numbers, the execution rate as a fraction shown as a percentage (0.818 shown 81.80%), a source's
 * amounts as formulas. Its cells are read as the sheet shows them — the rate was read as 0.818 % and a formula as its
 * text ("C6"), no amount.
 */
class BureauWorkbookTest {
    @Test
    void numbersPercentagesAndFormulasAreReadAsTheSheetShowsThem() throws Exception {
        Scorecard suining = Fixtures.seed(Seeds.SUINING);
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("自评表");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            int r = 0;
            row(sheet, r++, suining.title());
            row(sheet, r++, "（2021年度）");
            row(sheet, r++, "项目名称", suining.project());
            row(sheet, r++, "主管部门", suining.competentDepartment(), "实施单位", suining.unit());
            row(sheet, r++, "项目资金（万元）", "", "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）");
            Row total = row(sheet, r++, "", "年度资金总额");
            number(total, 2, 320, money);
            number(total, 3, 261.75, money);
            number(total, 4, 0.818, percent);
            Row central = row(sheet, r++, "", "其中：中央补助");
            formula(central, 2, "C6", money);
            formula(central, 3, "D6", money);
            formula(central, 4, "D7/C7", percent);
            row(sheet, r++, "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值");
            for (Indicator i : suining.indicators()) row(sheet, r++, i.level1(), i.level2(), i.name(), i.target(), i.actual());
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel saves each formula's value with it
            wb.write(out);
            file = out.toByteArray();
        }

        XlsxImporter.Read read = XlsxImporter.readWithRows(new ByteArrayInputStream(file));

        // the document shown beside the preview is the sheet as it shows: 81.80%, 320.00, not 0.818 or C6
        assertThat(read.rows()).contains("| 年度资金总额 | 320.00 | 261.75 | 81.80% |", "| 其中：中央补助 | 320.00 | 261.75 | 81.80% |")
                .doesNotContain("0.818", "C6");
        var budget = read.scorecard().budget();
        assertThat(budget.planned()).isEqualByComparingTo("320");
        assertThat(budget.executed()).isEqualByComparingTo("261.75");
        assertThat(budget.ratePercent()).isEqualByComparingTo("81.80");
        assertThat(budget.sources()).singleElement().satisfies(f -> {
            assertThat(f.planned()).isEqualByComparingTo("320");
            assertThat(f.executed()).isEqualByComparingTo("261.75");
            assertThat(f.ratePercent()).isEqualByComparingTo("81.80");
        });
        assertThat(read.scorecard().indicators()).extracting(Indicator::name)
                .containsExactlyElementsOf(suining.indicators().stream().map(Indicator::name).toList());
    }

    private static Row row(Sheet sheet, int r, String... cells) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) if (cells[c] != null && !cells[c].isEmpty()) row.createCell(c).setCellValue(cells[c]);
        return row;
    }

    private static void number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void formula(Row row, int c, String formula, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }
}

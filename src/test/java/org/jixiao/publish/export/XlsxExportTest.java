package org.jixiao.publish.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ValueKind;
import org.jixiao.seeds.SeedScorecards;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    static Stream<String> seeds() {
        return Stream.of(SeedScorecards.SUINING, SeedScorecards.DALIAN, SeedScorecards.LINYI);
    }

    static byte[] xlsx(Scorecard s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(s, Format.XLSX, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSeedTableReadsBackFromItsExcelExportAsTheSameScorecard(String seed) throws IOException {
        Scorecard original = SeedScorecards.first(seed);

        Scorecard back = XlsxImporter.read(new ByteArrayInputStream(xlsx(original)));

        assertThat(back.indicators()).containsExactlyElementsOf(original.indicators());
        assertThat(back.budget()).isEqualTo(original.budget());
        assertThat(back).isEqualTo(original);
    }

    @Test
    void evaluatorFieldsTheFormDoesNotPrintSurviveTheRoundTrip() throws IOException {
        Scorecard suining = SeedScorecards.suining();
        List<Indicator> rows = suining.indicators().stream().map(i -> i.name().equals("跨省异地就医直接结算率")
                ? Indicator.builder().level1(i.level1()).level2(i.level2()).name(i.name()).target(i.target())
                .actual(i.actual()).weight(new BigDecimal("10")).score(new BigDecimal("8.56")).reason("区域汇总")
                .grade(QualitativeGrade.MET).completionPercent(new BigDecimal("85.63")).valueKind(ValueKind.RELATIVE)
                .notApplicable(Boolean.FALSE).deduction(new BigDecimal("0.5")).build()
                : i).toList();
        Scorecard scored = suining.withIndicators(rows).withRegion("四川省");

        Scorecard back = XlsxImporter.read(new ByteArrayInputStream(xlsx(scored)));

        assertThat(back).isEqualTo(scored);
    }

    @Test
    void theSheetIsLaidOutLikeTheOfficialTransferForm() throws IOException {
        Scorecard suining = SeedScorecards.suining();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx(suining)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(wb.isSheetVeryHidden(wb.getSheetIndex(Metadata.SHEET))).isTrue();
            assertThat(text(sheet, 0, 0)).isEqualTo("四川省转移支付区域(项目)绩效目标自评表");
            // a self-evaluation is a 自评表: the sheet is named after its form, and its headings print on every page
            assertThat(sheet.getSheetName()).isEqualTo("绩效目标自评表");
            int headings = rowOf(sheet, "三级指标");
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(headings, headings, -1, -1));
            assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
            assertThat(text(sheet, 1, 0)).isEqualTo("（2021年度）");
            assertThat(texts(sheet)).contains("项目名称", "医疗服务与保障能力提升补助(医疗保障能力建设部分)", "主管部门",
                    "四川省医疗保障局", "实施单位", "遂宁市医疗保障局", "项目资金（万元）", "全年预算数（A）", "全年执行数（B）",
                    "预算执行率（B/A）", "年度资金总额", "其中：中央补助", "年度总体目标", "年初设定目标", "全年实际完成情况",
                    "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施");
            String notes = texts(sheet).stream().filter(t -> t.startsWith("注：1.")).findFirst().orElseThrow();
            assertThat(notes).contains("2.其他资金", "3.全年执行数", "4.定量指标", "5.定性指标", "资金额度加权平均");

            // 产出指标 covers the first eight rows as one merged cell, 数量指标 the first five
            int first = rowOf(sheet, "开展全域医保政策宣传活动次数");
            int level1Col = colOf(sheet, "一级指标"), level2Col = colOf(sheet, "二级指标");
            assertThat(region(sheet, first, level1Col)).isEqualTo(new CellRangeAddress(first, first + 7, level1Col, level1Col));
            assertThat(region(sheet, first, level2Col)).isEqualTo(new CellRangeAddress(first, first + 4, level2Col, level2Col));

            Row total = sheet.getRow(rowOf(sheet, "年度资金总额"));
            int rateCol = colOf(sheet, "预算执行率（B/A）");
            assertThat(total.getCell(rateCol).getNumericCellValue()).isEqualTo(0.818);
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(total.getCell(rateCol))).isEqualTo("81.80%");
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(total.getCell(rateCol - 1))).isEqualTo("261.75");
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(total.getCell(rateCol - 2))).isEqualTo("320.00");
        }
    }

    @Test
    void aDepartmentTablePrintsItsDutiesAndReferenceColumns() throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx(SeedScorecards.linyi())))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("部门整体绩效目标表");
            assertThat(sheet.getRepeatingRows()).as("print titles").isNotNull();
            assertThat(texts(sheet)).contains("部门（单位）名称", "临沂市医疗保障局", "部门职责", "职责目标", "绩效指标",
                    "指标解释", "规划值", "当年标准值", "前三年均值", "上年值", "工作活动")
                    .doesNotContain("项目资金（万元）", "一级指标", "全年完成值");
            assertThat(texts(sheet).stream().filter("来源"::equals)).hasSize(2);
        }
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedInBothLanguages() {
        assertThatThrownBy(() -> XlsxImporter.read(new ByteArrayInputStream("绩效".getBytes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Excel 工作簿").hasMessageContaining("not an Excel");
    }

    @Test
    void anAmountTypedAsTextWithItsUnitReadsInTheBlocksCurrency() throws IOException {
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx(SeedScorecards.suining())))) {
            Sheet sheet = wb.getSheetAt(0);
            int row = rowOf(sheet, "年度资金总额");
            sheet.getRow(row).getCell(colOf(sheet, "全年预算数（A）")).setCellValue("3200000元"); // the block is in 万元
            sheet.getRow(row).getCell(colOf(sheet, "全年执行数（B）")).setCellValue("261.75万");
            wb.write(edited);
        }
        Scorecard back = XlsxImporter.read(new ByteArrayInputStream(edited.toByteArray()));
        assertThat(back.budget().currency()).isEqualTo("万元");
        assertThat(back.budget().planned()).isEqualByComparingTo("320");
        assertThat(back.budget().executed()).isEqualByComparingTo("261.75");
    }

    @Test
    void aWeightThatIsNotANumberIsReportedWithItsRowAndColumn() throws IOException {
        Scorecard suining = SeedScorecards.suining();
        Scorecard weighted = suining.withIndicators(suining.indicators().stream().map(i -> i.withWeight(new BigDecimal("10"))).toList());
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        int row, col;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx(weighted)))) {
            Sheet sheet = wb.getSheetAt(0);
            row = rowOf(sheet, "开展全域医保政策宣传活动次数");
            col = colOf(sheet, "分值");
            sheet.getRow(row).getCell(col).setCellValue("十分");
            wb.write(edited);
        }

        assertThatThrownBy(() -> XlsxImporter.read(new ByteArrayInputStream(edited.toByteArray())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第" + (row + 1) + "行第" + (col + 1) + "列的分值不是数字：十分")
                .hasMessageContaining("row " + (row + 1) + " column " + (col + 1));
    }

    static String text(Sheet sheet, int r, int c) {
        Cell cell = sheet.getRow(r).getCell(c);
        return cell == null ? null : cell.getStringCellValue();
    }

    static List<String> texts(Sheet sheet) {
        List<String> all = new java.util.ArrayList<>();
        for (Row row : sheet) for (Cell c : row) if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) all.add(c.getStringCellValue());
        return all;
    }

    static int rowOf(Sheet sheet, String text) {
        for (Row row : sheet) for (Cell c : row) if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(text)) return row.getRowNum();
        throw new AssertionError("no cell " + text);
    }

    static int colOf(Sheet sheet, String text) {
        for (Row row : sheet) for (Cell c : row) if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(text)) return c.getColumnIndex();
        throw new AssertionError("no cell " + text);
    }

    static CellRangeAddress region(Sheet sheet, int r, int c) {
        return sheet.getMergedRegions().stream().filter(a -> a.isInRange(r, c)).findFirst().orElse(null);
    }
}

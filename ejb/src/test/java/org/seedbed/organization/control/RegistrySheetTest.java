package org.seedbed.organization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedbed.organization.control.RegistrySheet.Column;

class RegistrySheetTest {

    @TempDir
    Path folder;

    @Test
    void readsAnExcelExportWithChineseHeadersAndDateCells() throws Exception {
        Path file = folder.resolve("registry.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("登记信息");
            List<String> header = List.of("统一社会信用代码", "社会组织名称", "成立登记日期", "专职人员", "备注");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "52340111MJA412686B");
            sheet.value(1, 1, "合肥市包河区暖心社会工作服务中心");
            sheet.value(1, 2, LocalDate.of(2016, 3, 8));
            sheet.style(1, 2).format("yyyy-mm-dd").set();
            sheet.value(1, 3, 12);
            sheet.value(1, 4, "忽略的列");
            workbook.finish();
        }

        RegistrySheet.Content content = RegistrySheet.read(file, true, n -> {});

        assertThat(content.columns()).startsWith(Column.CREDIT_CODE, Column.NAME_ZH, Column.FOUNDED_ON, Column.STAFF);
        assertThat(content.lines()).hasSize(1);
        RegistrySheet.Line line = content.lines().get(0);
        assertThat(line.number()).isEqualTo(2);
        assertThat(line.get(Column.NAME_ZH)).isEqualTo("合肥市包河区暖心社会工作服务中心");
        assertThat(line.get(Column.FOUNDED_ON)).isEqualTo("2016-03-08");
        assertThat(line.get(Column.STAFF)).isEqualTo("12");
    }

    @Test
    void readsCsvWithAByteOrderMarkAndEnglishHeaders() throws Exception {
        Path file = folder.resolve("registry.csv");
        Files.writeString(
                file, "\uFEFFname_zh,uscc,org_unit\n睦邻议事会,,包河区\n\n\"带,逗号的名称\",,包河区\n", StandardCharsets.UTF_8);

        RegistrySheet.Content content = RegistrySheet.read(file, false, n -> {});

        assertThat(content.columns()).containsExactly(Column.NAME_ZH, Column.CREDIT_CODE, Column.ORG_UNIT);
        assertThat(content.lines()).extracting(l -> l.get(Column.NAME_ZH)).containsExactly("睦邻议事会", "带,逗号的名称");
        assertThat(content.lines().get(0).get(Column.CREDIT_CODE)).isNull();
    }
}

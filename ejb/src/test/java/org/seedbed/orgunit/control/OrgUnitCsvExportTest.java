package org.seedbed.orgunit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedbed.orgunit.boundary.OrgUnitView;
import org.seedbed.orgunit.entity.OrgUnitLevel;

class OrgUnitCsvExportTest {

    @Test
    void anExportReadsBackAsTheSameTree() throws Exception {
        List<OrgUnitView> tree = List.of(
                new OrgUnitView(1, null, OrgUnitLevel.CITY, "合肥市", "Hefei", null, 0, 0),
                new OrgUnitView(2, 1L, OrgUnitLevel.DISTRICT, "包河区", "Baohe District", "340111", 0, 0),
                new OrgUnitView(3, 2L, OrgUnitLevel.STREET, "万年埠街道", "Wannianbu Street, \"WNB\"", null, 0, 0),
                new OrgUnitView(4, 3L, OrgUnitLevel.COMMUNITY, "云华社区", null, null, 0, 0));

        String csv = OrgUnitCsvExport.toCsv(tree);
        OrgUnitCsv.Parsed parsed = OrgUnitCsv.parse(new StringReader(csv));

        assertThat(csv).startsWith("path,name_en,code");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(r -> String.join("/", r.path()))
                .containsExactly("包河区", "包河区/万年埠街道", "包河区/万年埠街道/云华社区");
        assertThat(parsed.rows().get(0).code()).isEqualTo("340111");
        assertThat(parsed.rows().get(1).nameEn()).isEqualTo("Wannianbu Street, \"WNB\"");
    }
}

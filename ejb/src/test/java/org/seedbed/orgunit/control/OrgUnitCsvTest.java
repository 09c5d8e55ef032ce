package org.seedbed.orgunit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.seedbed.orgunit.entity.OrgUnitLevel;
import org.seedbed.problem.FieldProblem;

class OrgUnitCsvTest {

    @Test
    void readsPathsIntoLevels() throws Exception {
        OrgUnitCsv.Parsed parsed = OrgUnitCsv.parse(
                new StringReader(
                        """
                path,name_en,code
                包河区,Baohe District,340111
                包河区/万年埠街道,Wannianbu Street,
                包河区/万年埠街道/云华社区,Yunhua Community,
                """));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(OrgUnitCsv.Row::level)
                .containsExactly(OrgUnitLevel.DISTRICT, OrgUnitLevel.STREET, OrgUnitLevel.COMMUNITY);
        assertThat(parsed.rows().get(0).code()).isEqualTo("340111");
        assertThat(parsed.rows().get(2).nameZh()).isEqualTo("云华社区");
        assertThat(parsed.rows().get(2).parentPath()).containsExactly("包河区", "万年埠街道");
    }

    @Test
    void reportsEveryBadRowWithItsLine() throws Exception {
        OrgUnitCsv.Parsed parsed = OrgUnitCsv.parse(
                new StringReader(
                        """
                path,name_en
                ,Empty
                包河区//云华社区,Gap
                a/b/c/d,Too deep
                """));

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(FieldProblem::key)
                .containsExactly("orgUnit.csv.pathEmpty", "orgUnit.csv.pathEmpty", "orgUnit.csv.tooDeep");
        assertThat(parsed.problems().get(0).args()).contains(2);
    }

    @Test
    void needsThePathColumn() throws Exception {
        assertThat(OrgUnitCsv.parse(new StringReader("name,x\na,b\n")).problems())
                .extracting(FieldProblem::key)
                .containsExactly("orgUnit.csv.header");
    }
}

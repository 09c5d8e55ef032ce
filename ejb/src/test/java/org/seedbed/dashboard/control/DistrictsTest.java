package org.seedbed.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistrictsTest {

    private static final UnitNode CITY = new UnitNode(1, null, "合肥市", "Hefei");
    private static final UnitNode BAOHE = new UnitNode(2, 1L, "包河区", "Baohe District");
    private static final UnitNode SHUSHAN = new UnitNode(3, 1L, "蜀山区", "Shushan District");
    private static final UnitNode STREET = new UnitNode(4, 2L, "万年埠街道", "Wanianbu Street");
    private static final UnitNode COMMUNITY = new UnitNode(5, 4L, "大圩社区", "Dawei Community");

    @Test
    void rollsStreetsAndCommunitiesUpToTheirDistrict() {
        Map<Long, UnitNode> districts = Districts.of(List.of(CITY, BAOHE, SHUSHAN, STREET, COMMUNITY));

        assertThat(districts.get(5L)).isEqualTo(BAOHE);
        assertThat(districts.get(4L)).isEqualTo(BAOHE);
        assertThat(districts.get(2L)).isEqualTo(BAOHE);
        assertThat(districts.get(3L)).isEqualTo(SHUSHAN);
    }

    @Test
    void letsTheCityCountForItself() {
        assertThat(Districts.of(List.of(CITY, BAOHE)).get(1L)).isEqualTo(CITY);
    }

    @Test
    void leavesOutUnitsWhoseParentsBreakOffOrLoop() {
        UnitNode orphan = new UnitNode(6, 99L, "孤儿街道", null);
        UnitNode loopA = new UnitNode(7, 8L, "甲", null);
        UnitNode loopB = new UnitNode(8, 7L, "乙", null);

        Map<Long, UnitNode> districts = Districts.of(List.of(CITY, BAOHE, orphan, loopA, loopB));

        assertThat(districts).containsOnlyKeys(1L, 2L);
    }
}

package org.seedbed.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seedbed.dashboard.boundary.FundingFigures.Row;

class FundingBreakdownTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final UnitNode CITY = new UnitNode(1, null, "合肥市", "Hefei");
    private static final UnitNode BAOHE = new UnitNode(2, 1L, "包河区", "Baohe District");
    private static final UnitNode SHUSHAN = new UnitNode(3, 1L, "蜀山区", "Shushan District");
    private static final UnitNode STREET = new UnitNode(4, 2L, "万年埠街道", "Wanianbu Street");

    private static final Map<Long, UnitNode> DISTRICTS = Districts.of(List.of(CITY, BAOHE, SHUSHAN, STREET));

    /** Call 10 of Baohe (2023), 11 of one of its streets (2025), 12 of Shushan (2025), 13 of the city (2025). */
    private static final Map<Long, CallPlace> CALLS = Map.of(
            10L, new CallPlace(10, 2, 2023),
            11L, new CallPlace(11, 4, 2025),
            12L, new CallPlace(12, 3, 2025),
            13L, new CallPlace(13, 1, 2025));

    @Test
    void addsUpEachCategoryAcrossCallsLargestRequestFirstAndUncategorizedLast() {
        List<CallFunding> amounts = List.of(
                CallFunding.requested(10, "ELDERLY", 100_00),
                CallFunding.requested(11, "ELDERLY", 50_00),
                CallFunding.requested(10, "CHILDREN", 400_00),
                CallFunding.requested(12, null, 900_00),
                CallFunding.awarded(10, "ELDERLY", 80_00),
                new CallFunding(10, "ELDERLY", 0, 0, 40_00));

        List<Row> rows = FundingBreakdown.byCategory(
                amounts,
                List.of(
                        new CategoryName("ELDERLY", "养老服务", "Elderly care"),
                        new CategoryName("CHILDREN", "儿童服务", "Children"),
                        new CategoryName("ELDERLY", "为老服务类", "Elderly services")));

        assertThat(rows)
                .extracting(Row::key, Row::nameEn, Row::requestedMinor, Row::awardedMinor, Row::disbursedMinor)
                .containsExactly(
                        tuple("CHILDREN", "Children", 400_00L, 0L, 0L),
                        tuple("ELDERLY", "Elderly services", 150_00L, 80_00L, 40_00L),
                        tuple(null, null, 900_00L, 0L, 0L));
    }

    @Test
    void namesACategoryNoCallNamesAnyMoreByItsCode() {
        List<Row> rows = FundingBreakdown.byCategory(List.of(CallFunding.requested(10, "OLD", 5_00)), List.of());

        assertThat(rows).extracting(Row::nameZh).containsExactly("OLD");
    }

    @Test
    void leavesOutGroupsWithoutMoney() {
        List<Row> rows = FundingBreakdown.byCategory(
                List.of(CallFunding.requested(10, "ELDERLY", 0), CallFunding.requested(10, "CHILDREN", 1)), List.of());

        assertThat(rows).extracting(Row::key).containsExactly("CHILDREN");
    }

    @Test
    void countsStreetCallsForTheirDistrictAndCityCallsForTheCity() {
        List<CallFunding> amounts = List.of(
                CallFunding.requested(10, "A", 100_00),
                CallFunding.requested(11, "A", 30_00),
                CallFunding.requested(12, "A", 200_00),
                CallFunding.requested(13, "A", 10_00));

        List<Row> rows = FundingBreakdown.byDistrict(amounts, CALLS, DISTRICTS);

        assertThat(rows)
                .extracting(Row::key, Row::nameZh, Row::requestedMinor)
                .containsExactly(tuple("3", "蜀山区", 200_00L), tuple("2", "包河区", 130_00L), tuple("1", "合肥市", 10_00L));
    }

    @Test
    void putsCallsOfUnknownUnitsLastWithoutAName() {
        List<Row> rows = FundingBreakdown.byDistrict(
                List.of(CallFunding.requested(10, "A", 1_00), CallFunding.requested(99, "A", 5_00)),
                Map.of(10L, new CallPlace(10, 2, 2023), 99L, new CallPlace(99, 42, 2023)),
                DISTRICTS);

        assertThat(rows)
                .extracting(Row::key, Row::requestedMinor)
                .containsExactly(tuple("2", 1_00L), tuple(null, 5_00L));
    }

    @Test
    void showsEveryYearFromTheFirstToTheLastOldestFirst() {
        List<CallFunding> amounts = List.of(
                CallFunding.requested(10, "A", 100_00),
                CallFunding.awarded(11, "A", 30_00),
                CallFunding.requested(12, "B", 20_00));

        List<Row> rows = FundingBreakdown.byYear(amounts, CALLS);

        assertThat(rows)
                .extracting(Row::key, Row::nameEn, Row::requestedMinor, Row::awardedMinor)
                .containsExactly(
                        tuple("2023", "2023", 100_00L, 0L),
                        tuple("2024", "2024", 0L, 0L),
                        tuple("2025", "2025", 20_00L, 30_00L));
    }

    @Test
    void hasNoYearsWithoutMoney() {
        assertThat(FundingBreakdown.byYear(List.of(CallFunding.requested(10, "A", 0)), CALLS))
                .isEmpty();
        assertThat(FundingBreakdown.byYear(List.of(), CALLS)).isEmpty();
    }

    @Test
    void placesACallInTheYearItOpenedInTheCity() {
        // 2024-12-31 17:00 UTC is already New Year’s Day in Shanghai.
        CallPlace call = CallPlace.of(1, 2, Instant.parse("2024-12-31T17:00:00Z"), SHANGHAI);

        assertThat(call.year()).isEqualTo(2025);
    }
}

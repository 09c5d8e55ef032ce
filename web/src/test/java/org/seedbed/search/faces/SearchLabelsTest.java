package org.seedbed.search.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seedbed.search.document.DocumentType;

class SearchLabelsTest {

    @Test
    void namesAStatusByTheKindOfDocumentThatHasIt() {
        assertThat(SearchLabels.facetValue("status", "VERIFIED", DocumentType.PUBLIC))
                .contains("organizationStatus.VERIFIED");
        assertThat(SearchLabels.facetValue("status", "PUBLISHED", DocumentType.PUBLIC))
                .contains("callStatus.PUBLISHED");
        assertThat(SearchLabels.facetValue("status", "ENDED", DocumentType.PUBLIC))
                .contains("staffCampaign.status.ENDED");
        assertThat(SearchLabels.facetValue("status", "MORE_INFO_REQUESTED", DocumentType.STAFF))
                .contains("submissionStatus.MORE_INFO_REQUESTED");
        assertThat(SearchLabels.facetValue("status", "HELD", DocumentType.STAFF))
                .contains("grant.status.HELD");
    }

    @Test
    void readsASharedStatusNameWithinWhatIsSearched() {
        assertThat(SearchLabels.facetValue("status", "ACTIVE", DocumentType.PUBLIC))
                .contains("staffCampaign.status.ACTIVE");
        assertThat(SearchLabels.facetValue("status", "ACTIVE", DocumentType.STAFF))
                .contains("grant.status.ACTIVE");
        assertThat(SearchLabels.facetValue("status", "SUBMITTED", DocumentType.STAFF))
                .contains("submissionStatus.SUBMITTED");
    }

    @Test
    void namesAHitsStatusByItsOwnKind() {
        assertThat(SearchLabels.status(DocumentType.CALL, "CLOSED")).contains("callStatus.CLOSED");
        assertThat(SearchLabels.status(DocumentType.GRANT, "CLOSED")).contains("grant.status.CLOSED");
        assertThat(SearchLabels.status(DocumentType.GRANT, "ENDED")).isEmpty();
        assertThat(SearchLabels.status(DocumentType.CAMPAIGN, null)).isEmpty();
    }

    @Test
    void namesCodesOfTheOtherFacets() {
        assertThat(SearchLabels.facetValue("type", "call", DocumentType.PUBLIC)).contains("search.type.call");
        assertThat(SearchLabels.facetValue("kind", "FOUNDATION", DocumentType.PUBLIC))
                .contains("kind.FOUNDATION");
        assertThat(SearchLabels.facetValue("area", "ELDERLY", DocumentType.PUBLIC))
                .contains("area.ELDERLY");
        assertThat(SearchLabels.facetValue("amount", "FROM_1M", DocumentType.STAFF))
                .contains("search.band.FROM_1M");
    }

    @Test
    void leavesYearsAndNamedValuesToTheAnswer() {
        assertThat(SearchLabels.facetValue("year", "2026", DocumentType.PUBLIC)).isEmpty();
        assertThat(SearchLabels.facetValue("unit", "12", DocumentType.PUBLIC)).isEmpty();
        assertThat(SearchLabels.facetValue("category", "ELDERLY", DocumentType.STAFF))
                .isEmpty();
        assertThat(SearchLabels.facetValue("colour", "red", DocumentType.PUBLIC))
                .isEmpty();
        assertThat(SearchLabels.facetValue("status", "NO_SUCH", DocumentType.PUBLIC))
                .isEmpty();
    }
}

package org.seedbed.search.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.seedbed.call.entity.CallCategory;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.organization.entity.Organization;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.search.analysis.SeedbedAnalyzers;
import org.seedbed.search.document.DocumentType;
import org.seedbed.search.document.SearchFields;
import org.seedbed.submission.entity.Submission;

/**
 * Which entities are indexed, and how. Kept here rather than as annotations on the entities so
 * that the persistence module does not depend on search. Every kind of document maps its own
 * properties onto the shared fields of {@link SearchFields}.
 */
public class SeedbedSearchMapping implements HibernateOrmSearchMappingConfigurer {

    /** The highlighters both backends offer without term vectors. */
    /**
     * The plain highlighter re-reads the stored text; the unified one would need offsets in the
     * postings of every text field, which slow indexing and every query for nothing used.
     */
    private static final List<Highlightable> HIGHLIGHTABLE = List.of(Highlightable.PLAIN);

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        mapOrgUnit(mapping);
        mapOrganization(mapping);
        mapCall(mapping);
        mapCampaign(mapping);
        mapSubmission(mapping);
        mapGrant(mapping);
    }

    private static void mapOrgUnit(ProgrammaticMappingConfigurationContext mapping) {
        TypeMappingStep orgUnit = mapping.type(OrgUnit.class);
        orgUnit.indexed().index("org-unit");
        orgUnit.property("nameZh")
                .fullTextField()
                .analyzer(SeedbedAnalyzers.CHINESE)
                .searchAnalyzer(SeedbedAnalyzers.CHINESE_QUERY)
                .keywordField("nameZh_sort")
                .sortable(Sortable.YES);
        orgUnit.property("nameEn").fullTextField().analyzer(SeedbedAnalyzers.ENGLISH);
        orgUnit.property("level").keywordField().aggregable(Aggregable.YES);
    }

    private static void mapOrganization(ProgrammaticMappingConfigurationContext mapping) {
        TypeMappingStep organization = document(mapping, DocumentType.ORGANIZATION, "organization");
        titles(organization, "nameZh", "nameEn");
        texts(organization.property("description"));
        organization.property("creditCode").keywordField();
        facet(organization.property("kind"), SearchFields.KIND);
        facet(organization.property("status"), SearchFields.STATUS);
        facet(organization.property("serviceAreas"), SearchFields.AREA);
        organization
                .property("orgUnit")
                .binder(unitAncestry(OrgUnit.class, u -> u))
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        organization
                .property("foundedOn")
                .genericField()
                .sortable(Sortable.YES)
                .genericField(SearchFields.YEAR)
                .valueBridge(new YearBridges.OfDate())
                .aggregable(Aggregable.YES)
                .sortable(Sortable.YES)
                .projectable(Projectable.YES);
    }

    private static void mapCall(ProgrammaticMappingConfigurationContext mapping) {
        TypeMappingStep call = document(mapping, DocumentType.CALL, "call");
        titles(call, "titleZh", "titleEn");
        text(call.property("descriptionZh"), SearchFields.TEXT_ZH, SeedbedAnalyzers.CHINESE);
        text(call.property("descriptionEn"), SearchFields.TEXT_EN, SeedbedAnalyzers.ENGLISH);
        facet(call.property("status"), SearchFields.STATUS);
        call.property("orgUnit")
                .binder(unitAncestry(OrgUnit.class, u -> u))
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        call.property("categories")
                .binder(DerivedKeywordsBinder.of(
                        Collection.class, SearchFields.CATEGORY, SeedbedSearchMapping::categoryCodes));
        year(call.property("opensAt"));
        amount(call.property("fundTotalMinor"));
        facet(call.property("currency"), SearchFields.CURRENCY);
    }

    private static void mapCampaign(ProgrammaticMappingConfigurationContext mapping) {
        TypeMappingStep campaign = document(mapping, DocumentType.CAMPAIGN, "campaign");
        titles(campaign, "titleZh", "titleEn");
        text(campaign.property("storyZh"), SearchFields.TEXT_ZH, SeedbedAnalyzers.CHINESE);
        text(campaign.property("storyEn"), SearchFields.TEXT_EN, SeedbedAnalyzers.ENGLISH);
        facet(campaign.property("status"), SearchFields.STATUS);
        campaign.property("organization")
                .binder(unitAncestry(Organization.class, Organization::orgUnit)
                        .and(SearchFields.ORGANIZATION, o -> List.of(String.valueOf(o.id()))))
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        year(campaign.property("startsAt"));
        amount(campaign.property("goalMinor"));
        facet(campaign.property("currency"), SearchFields.CURRENCY);
    }

    private static void mapSubmission(ProgrammaticMappingConfigurationContext mapping) {
        TypeMappingStep submission = document(mapping, DocumentType.SUBMISSION, "submission");
        // An application has one title, in whatever language the applicant wrote it.
        titleInEitherLanguage(submission.property("title"));
        submission
                .property("answers")
                .fullTextField(SearchFields.TEXT_ZH)
                .analyzer(SeedbedAnalyzers.CHINESE)
                .searchAnalyzer(SeedbedAnalyzers.CHINESE_QUERY)
                .valueBridge(new AnswerTextBridge())
                .projectable(Projectable.YES)
                .highlightable(HIGHLIGHTABLE)
                .fullTextField(SearchFields.TEXT_EN)
                .analyzer(SeedbedAnalyzers.ENGLISH)
                .valueBridge(new AnswerTextBridge())
                .projectable(Projectable.YES)
                .highlightable(HIGHLIGHTABLE);
        facet(submission.property("status"), SearchFields.STATUS);
        submission
                .property("categoryCode")
                .binder(DerivedKeywordsBinder.of(String.class, SearchFields.CATEGORY, code -> List.of(code)));
        // An application is in its call's currency.
        submission
                .property("call")
                .binder(ofCall().and(SearchFields.CURRENCY, c -> List.of(c.currency())))
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        submission
                .property("organization")
                .binder(DerivedKeywordsBinder.of(
                        Organization.class, SearchFields.ORGANIZATION, o -> List.of(String.valueOf(o.id()))))
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        year(submission.property("createdAt"));
        amount(submission.property("requestedMinor"));
    }

    private static void mapGrant(ProgrammaticMappingConfigurationContext mapping) {
        TypeMappingStep grant = document(mapping, DocumentType.GRANT, "grant");
        titleInEitherLanguage(grant.property("title"));
        texts(grant.property("terminationReason"));
        facet(grant.property("status"), SearchFields.STATUS);
        grant.property("call").binder(ofCall()).indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        grant.property("organization")
                .binder(DerivedKeywordsBinder.of(
                        Organization.class, SearchFields.ORGANIZATION, o -> List.of(String.valueOf(o.id()))))
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        grant.property("submission")
                .binder(DerivedKeywordsBinder.of(
                        Submission.class, SearchFields.CATEGORY, s -> nullable(s.categoryCode())))
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        year(grant.property("startsOn"), new YearBridges.OfDate());
        amount(grant.property("amountMinor"));
        facet(grant.property("currency"), SearchFields.CURRENCY);
    }

    private static TypeMappingStep document(
            ProgrammaticMappingConfigurationContext mapping, DocumentType type, String index) {
        TypeMappingStep step = mapping.type(type.entity());
        step.indexed().index(index);
        step.binder(new DocumentTypeBinder(type));
        return step;
    }

    private static void titles(TypeMappingStep type, String chinese, String english) {
        type.property(chinese)
                .fullTextField(SearchFields.TITLE_ZH)
                .analyzer(SeedbedAnalyzers.CHINESE)
                .searchAnalyzer(SeedbedAnalyzers.CHINESE_QUERY)
                .projectable(Projectable.YES)
                .highlightable(HIGHLIGHTABLE)
                .keywordField(SearchFields.TITLE_SORT)
                .sortable(Sortable.YES);
        text(type.property(english), SearchFields.TITLE_EN, SeedbedAnalyzers.ENGLISH);
    }

    /** A title in whatever language its author wrote, searchable and sortable either way. */
    private static void titleInEitherLanguage(PropertyMappingStep property) {
        texts(property, SearchFields.TITLE_ZH, SearchFields.TITLE_EN);
        property.keywordField(SearchFields.TITLE_SORT).sortable(Sortable.YES);
    }

    /** A free text in either language, searchable by Chinese and English words alike. */
    private static void texts(PropertyMappingStep property) {
        texts(property, SearchFields.TEXT_ZH, SearchFields.TEXT_EN);
    }

    private static void texts(PropertyMappingStep property, String chineseField, String englishField) {
        text(property, chineseField, SeedbedAnalyzers.CHINESE);
        text(property, englishField, SeedbedAnalyzers.ENGLISH);
    }

    private static void text(PropertyMappingStep property, String field, String analyzer) {
        property.fullTextField(field)
                .analyzer(analyzer)
                .searchAnalyzer(SeedbedAnalyzers.CHINESE.equals(analyzer) ? SeedbedAnalyzers.CHINESE_QUERY : analyzer)
                .projectable(Projectable.YES)
                .highlightable(HIGHLIGHTABLE);
    }

    private static void facet(PropertyMappingStep property, String field) {
        property.keywordField(field).aggregable(Aggregable.YES).projectable(Projectable.YES);
    }

    private static void year(PropertyMappingStep property) {
        year(property, new YearBridges.OfInstant());
    }

    private static void year(PropertyMappingStep property, ValueBridge<?, Integer> bridge) {
        property.genericField(SearchFields.YEAR)
                .valueBridge(bridge)
                .aggregable(Aggregable.YES)
                .sortable(Sortable.YES)
                .projectable(Projectable.YES);
    }

    private static void amount(PropertyMappingStep property) {
        property.genericField(SearchFields.AMOUNT)
                .aggregable(Aggregable.YES)
                .sortable(Sortable.YES)
                .projectable(Projectable.YES);
    }

    private static DerivedKeywordsBinder<FundingCall> ofCall() {
        return unitAncestry(FundingCall.class, FundingCall::orgUnit)
                .and(SearchFields.CALL, c -> List.of(String.valueOf(c.id())));
    }

    private static <P> DerivedKeywordsBinder<P> unitAncestry(Class<P> type, Function<P, OrgUnit> unitOf) {
        return DerivedKeywordsBinder.of(type, SearchFields.UNIT, p -> unitAndAncestors(unitOf.apply(p)));
    }

    static List<String> unitAndAncestors(OrgUnit unit) {
        List<String> ids = new ArrayList<>();
        for (OrgUnit u = unit; u != null; u = u.parent()) {
            ids.add(String.valueOf(u.id()));
        }
        return ids;
    }

    private static Collection<String> categoryCodes(Collection<?> categories) {
        return categories.stream().map(c -> ((CallCategory) c).code()).toList();
    }

    private static List<String> nullable(String value) {
        return value == null ? List.of() : List.of(value);
    }
}

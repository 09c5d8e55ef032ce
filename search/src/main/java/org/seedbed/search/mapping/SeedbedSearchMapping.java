package org.seedbed.search.mapping;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.seedbed.organization.entity.Organization;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.search.analysis.SeedbedAnalyzers;

/**
 * Which entities are indexed, and how. Kept here rather than as annotations on the entities so
 * that the persistence module does not depend on search. Each feature adds its types.
 */
public class SeedbedSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep orgUnit = context.programmaticMapping().type(OrgUnit.class);
        orgUnit.indexed().index("org-unit");
        orgUnit.property("nameZh")
                .fullTextField()
                .analyzer(SeedbedAnalyzers.CHINESE)
                .keywordField("nameZh_sort")
                .sortable(Sortable.YES);
        orgUnit.property("nameEn").fullTextField().analyzer(SeedbedAnalyzers.ENGLISH);
        orgUnit.property("level").keywordField().aggregable(Aggregable.YES);

        TypeMappingStep organization = context.programmaticMapping().type(Organization.class);
        organization.indexed().index("organization");
        organization
                .property("nameZh")
                .fullTextField()
                .analyzer(SeedbedAnalyzers.CHINESE)
                .keywordField("nameZh_sort")
                .sortable(Sortable.YES);
        organization.property("nameEn").fullTextField().analyzer(SeedbedAnalyzers.ENGLISH);
        organization.property("description").fullTextField().analyzer(SeedbedAnalyzers.CHINESE);
        organization.property("creditCode").keywordField();
        organization.property("kind").keywordField().aggregable(Aggregable.YES);
        organization.property("status").keywordField().aggregable(Aggregable.YES);
        organization.property("serviceAreas").keywordField().aggregable(Aggregable.YES);
        // Only the unit's id is embedded, and it never changes: no need to follow unit edits.
        organization
                .property("orgUnit")
                .indexedEmbedded()
                .includePaths("id")
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        organization.property("foundedOn").genericField().sortable(Sortable.YES);
        TypeMappingStep unitOfOrganization = context.programmaticMapping().type(OrgUnit.class);
        unitOfOrganization.property("id").genericField();
    }
}

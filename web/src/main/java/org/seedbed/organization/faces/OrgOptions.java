package org.seedbed.organization.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.organization.entity.DocumentType;
import org.seedbed.organization.entity.MemberRole;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.organization.entity.RegistrationStatus;
import org.seedbed.organization.entity.ServiceArea;

/** The fixed choices of the organization pages, in display order; labels come from the bundle. */
@Named
@ApplicationScoped
public class OrgOptions {

    public List<OrganizationKind> getKinds() {
        return List.of(OrganizationKind.values());
    }

    public List<RegistrationStatus> getRegistrations() {
        return List.of(RegistrationStatus.values());
    }

    public List<OrganizationStatus> getStatuses() {
        return List.of(OrganizationStatus.values());
    }

    public List<ServiceArea> getAreas() {
        return List.of(ServiceArea.values());
    }

    public List<DocumentType> getDocumentTypes() {
        return List.of(DocumentType.values());
    }

    public List<MemberRole> getMemberRoles() {
        return List.of(MemberRole.values());
    }
}

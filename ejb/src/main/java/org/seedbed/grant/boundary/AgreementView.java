package org.seedbed.grant.boundary;

import java.time.Instant;
import org.seedbed.grant.entity.Agreement;

/** The grant agreement (资助协议): generated document, the organization's signature and the countersignature. */
public record AgreementView(
        Instant generatedAt,
        Instant organizationSignedAt,
        String organizationSignedBy,
        Agreement.Signature organizationSignature,
        String scanName,
        Instant officerSignedAt,
        String officerSignedBy,
        boolean signed) {}

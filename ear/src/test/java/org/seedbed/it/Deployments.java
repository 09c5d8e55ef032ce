package org.seedbed.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build produced it: tests deploy what users run. */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive seedbed() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("seedbed.ear")));
    }
}

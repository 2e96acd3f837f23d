package org.agora.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployments the end-to-end tests run against: the EAR exactly as the build produced it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive agora() {
        File ear = new File(System.getProperty("it.ear", "target/agora.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}

package org.agora.testing;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the end-to-end tests: Arquillian deploys the EAR the build produced to the provisioned WildFly,
 * and the tests talk to it from outside, over HTTP, as a browser or an API client would.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedAgora {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static EnterpriseArchive agora() {
        return Deployments.agora();
    }
}

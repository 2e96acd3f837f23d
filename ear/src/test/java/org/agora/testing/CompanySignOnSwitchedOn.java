package org.agora.testing;

import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Switches company single sign-on on the way an operator does, by configuration alone: starts a
 * {@link TestOidcProvider} and gives the running server its issuer, client id and secret as system properties before
 * Agora is deployed; removes them after the deployment. For {@code @ServerSetup}.
 */
public class CompanySignOnSwitchedOn implements ServerSetupTask {

    private static final String[] SETTINGS = {"agora.oidc.issuer", "agora.oidc.client-id", "agora.oidc.client-secret"};

    private static TestOidcProvider provider;

    /** The provider of the class now running. */
    public static TestOidcProvider provider() {
        return provider;
    }

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
        provider = TestOidcProvider.start();
        String[] values = {provider.issuer(), TestOidcProvider.CLIENT_ID, TestOidcProvider.CLIENT_SECRET};
        for (int i = 0; i < SETTINGS.length; i++) {
            systemProperty(client, "add", SETTINGS[i], values[i]);
        }
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) throws Exception {
        for (String name : SETTINGS) {
            systemProperty(client, "remove", name, null);
        }
        provider.close();
    }

    private static void systemProperty(ManagementClient client, String operation, String name, String value)
            throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("system-property", name);
        if (value != null) {
            op.get("value").set(value);
        }
        ModelNode result = client.getControllerClient().execute(op);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(operation + " " + name + ": " + result);
        }
    }
}

package org.agora.web.scim;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The SCIM 2.0 service (RFC 7644) for the company's identity provider, called with a provisioning token
 * (see {@code ApiCredentials}).
 * <p>
 * It lists its classes, as {@code AgoraApi} does: RESTEasy gives an application that lists none every resource and
 * provider in the WAR, so the REST API would answer under /scim/v2 and map SCIM's errors to problem details.
 * {@code JaxRsApplicationsTest} checks that each package's resources and providers are listed by its application.
 */
@ApplicationPath("/scim/v2")
public class ScimApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                UsersResource.class,
                GroupsResource.class,
                ServiceProviderConfigResource.class,
                ResourceTypesResource.class,
                SchemasResource.class,
                ScimErrors.Refused.class,
                ScimErrors.InvalidInput.class,
                ScimErrors.NotFound.class,
                ScimErrors.NotAllowed.class,
                ScimErrors.AccessDenied.class,
                ScimErrors.Protocol.class,
                ScimErrors.UnreadableBody.class,
                ScimErrors.MalformedJson.class,
                ScimErrors.Unexpected.class);
    }
}

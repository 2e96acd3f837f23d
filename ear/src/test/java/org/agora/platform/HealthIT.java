package org.agora.platform;

import java.net.URL;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The health endpoint that operators and load balancers poll, without signing in. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive agora() {
        return Deployments.agora();
    }

    @ArquillianResource
    URL base;

    @Test
    void healthReportsDatabaseAndSearchUpWithoutSigningIn() {
        HttpResponse<String> response = AgoraClient.anonymous(base).get("api/health");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = AgoraClient.json(response);
        assertEquals("UP", health.getString("status"));
        assertEquals("UP", health.getJsonObject("database").getString("status"));
        assertEquals("UP", health.getJsonObject("search").getString("status"));
    }
}

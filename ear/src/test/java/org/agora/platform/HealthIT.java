package org.agora.platform;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The health endpoint that operators and load balancers poll, without signing in. */
class HealthIT extends DeployedAgora {

    @Test
    void healthReportsDatabaseAndSearchUpWithoutSigningIn() {
        HttpResponse<String> response = AgoraClient.anonymous(base).get("api/health");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = AgoraClient.json(response);
        assertEquals("UP", health.getString("status"));
        assertEquals("UP", health.getJsonObject("database").getString("status"));
        assertEquals("UP", health.getJsonObject("search").getString("status"));
    }

    @Test
    void runsOnTheDatabaseTheBuildWasAskedFor() {
        String expected = "postgresql".equals(System.getProperty("agora.db.driver")) ? "PostgreSQL" : "H2";

        String product = AgoraClient.json(AgoraClient.anonymous(base).get("api/health"))
                .getJsonObject("database").getString("product");

        assertTrue(product.startsWith(expected), product);
    }
}

package org.agora.search;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.agora.testing.AgoraClient;
import org.agora.testing.Deployments;
import org.agora.testing.Eventually;
import org.agora.testing.TestElasticsearch;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agora restarts (is deployed again) after a rebuild: the rebuilt index stays, a half-built one is dropped. */
@ExtendWith(ArquillianExtension.class)
class SearchIndexRestartIT {

    private static final String AGORA = "agora";
    private static final String REINDEX = "api/v1/admin/search/reindex";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = AGORA, managed = false, testable = false)
    public static EnterpriseArchive agora() {
        return Deployments.agora();
    }

    @Test
    void aRebuiltIndexIsKeptAcrossARestartAndAHalfBuiltOneIsDropped() throws MalformedURLException {
        URL base = new URL("http://localhost:" + System.getProperty("it.http.port") + "/");
        String word = "restart" + UUID.randomUUID().toString().substring(0, 8);
        String alias = TestElasticsearch.alias("content");
        String halfBuilt = alias + "-v2-19990101000000000";
        String rebuilt;
        deployer.deploy(AGORA);
        try {
            AgoraClient alex = AgoraClient.signedIn(base, "alex");
            assertEquals(201, alex.publish("Written before the " + word).statusCode());
            Eventually.within(Duration.ofSeconds(60), "no fill of the content index is running",
                    () -> !"RUNNING".equals(contentProgress(alex).getString("state")));
            String before = liveIndex(alias);
            assertEquals(202, alex.postRaw(REINDEX + "?index=content", "application/json", "").statusCode());
            Eventually.within(Duration.ofSeconds(120), "the rebuild is done",
                    () -> "DONE".equals(contentProgress(alex).getString("state")));
            rebuilt = liveIndex(alias);
            assertNotEquals(before, rebuilt);
            // what a restart in the middle of a rebuild leaves behind: an index nothing reads, still being filled
            assertEquals(200, TestElasticsearch.put(halfBuilt, "{\"aliases\": {\"" + alias + "-rebuild\": {}}}")
                    .statusCode());
        } finally {
            deployer.undeploy(AGORA);
        }

        deployer.deploy(AGORA);
        try {
            AgoraClient alex = AgoraClient.signedIn(base, "alex");
            Eventually.within(Duration.ofSeconds(60), "the half-built index is dropped at start-up",
                    () -> TestElasticsearch.get(halfBuilt).statusCode() == 404);
            Eventually.within(Duration.ofSeconds(30), "what was written before the restart is found",
                    () -> AgoraClient.json(alex.search(word)).getInt("total") == 1);
            assertEquals(rebuilt, liveIndex(alias), "the rebuilt index still serves");
            assertEquals("IDLE", contentProgress(alex).getString("state"), "and is not filled again");
        } finally {
            deployer.undeploy(AGORA);
        }
    }

    private static JsonObject contentProgress(AgoraClient admin) {
        HttpResponse<String> response = admin.get(REINDEX);
        assertEquals(200, response.statusCode(), response.body());
        return AgoraClient.jsonArray(response).stream().map(JsonValue::asJsonObject)
                .filter(progress -> "content".equals(progress.getString("index"))).findFirst().orElseThrow();
    }

    private static String liveIndex(String alias) {
        Set<String> indices = TestElasticsearch.json(TestElasticsearch.get("_alias/" + alias)).keySet();
        assertEquals(1, indices.size(), indices.toString());
        String live = indices.iterator().next();
        assertTrue(live.startsWith(alias + "-v2"), live);
        return live;
    }
}

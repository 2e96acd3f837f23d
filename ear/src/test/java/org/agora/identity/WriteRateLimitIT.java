package org.agora.identity;

import java.net.http.HttpResponse;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A runaway script is slowed down, with a precise answer, and nobody else notices. */
class WriteRateLimitIT extends DeployedAgora {

    /** Nobody else in the test suite writes as this employee. */
    private static final String SCRIPT_OWNER = "jiahui.zhang";
    /** The server's default allowance. */
    private static final int WRITES_PER_MINUTE = 300;

    @Test
    void writesBeyondAMinutesAllowanceAreAnsweredWith429AndRetryAfter() {
        AgoraClient owner = AgoraClient.as(base, SCRIPT_OWNER);
        AgoraClient script = AgoraClient.withBearer(base, AccessTokensIT.create(owner, "Runaway loop", "WRITE", 1));

        HttpResponse<String> limited = null;
        int accepted = 0;
        for (int i = 0; i < WRITES_PER_MINUTE + 60 && limited == null; i++) {
            // an empty post is refused by the service (400) but is a write all the same, and costs the server little
            HttpResponse<String> response = script.postJson("api/v1/posts", "{\"body\":\"\"}");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertEquals(400, response.statusCode(), response.body());
                accepted++;
            }
        }

        assertNotNull(limited, "the loop is stopped");
        assertTrue(accepted >= WRITES_PER_MINUTE, "a whole minute's allowance first: " + accepted);
        assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertTrue(limited.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(AgoraClient.json(limited).getString("detail").contains("try again in"), limited.body());
        assertEquals(200, script.get("api/v1/people/me").statusCode(), "reading goes on");
        assertEquals(201, AgoraClient.as(base, "marcus").publish("Unaffected by someone else's loop").statusCode());
    }
}

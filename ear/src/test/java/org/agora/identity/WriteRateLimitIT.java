package org.agora.identity;

import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern POLICY = Pattern.compile("\"writes\";q=(\\d+);w=60");

    @Test
    void writesBeyondAMinutesAllowanceAreAnsweredWith429AndRetryAfter() throws InterruptedException {
        AgoraClient owner = AgoraClient.as(base, SCRIPT_OWNER);
        AgoraClient script = AgoraClient.withBearer(base, AccessTokensIT.create(owner, "Runaway loop", "WRITE", 1));

        // the test server allows more than the default 300, for the suite's own bulk writers; it says how many
        HttpResponse<String> first = script.postJson("api/v1/posts", "{\"body\":\"\"}");
        Matcher policy = POLICY.matcher(first.headers().firstValue("RateLimit-Policy").orElseThrow());
        assertTrue(policy.matches(), "the allowance is announced: " + first.headers().firstValue("RateLimit-Policy"));
        int writesPerMinute = Integer.parseInt(policy.group(1));
        // eight loops at once, so that the allowance runs out faster than it refills
        AtomicReference<HttpResponse<String>> limited = new AtomicReference<>();
        AtomicInteger accepted = new AtomicInteger(1);
        AtomicInteger sent = new AtomicInteger(1);
        ExecutorService loops = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            loops.submit(() -> {
                while (limited.get() == null && sent.incrementAndGet() < writesPerMinute * 10) {
                    // an empty post is refused by the service (400) but is a write all the same, and costs the server little
                    HttpResponse<String> response = script.postJson("api/v1/posts", "{\"body\":\"\"}");
                    if (response.statusCode() == 429) {
                        limited.compareAndSet(null, response);
                    } else if (response.statusCode() == 400) {
                        accepted.incrementAndGet();
                    }
                }
            });
        }
        loops.shutdown();
        assertTrue(loops.awaitTermination(5, TimeUnit.MINUTES));

        HttpResponse<String> stopped = limited.get();
        assertNotNull(stopped, "the loops are stopped");
        assertTrue(accepted.get() >= writesPerMinute, "a whole minute's allowance first: " + accepted.get());
        assertTrue(Long.parseLong(stopped.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertTrue(stopped.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(AgoraClient.json(stopped).getString("detail").contains("try again in"), stopped.body());
        assertEquals(200, script.get("api/v1/people/me").statusCode(), "reading goes on");
        assertEquals(201, AgoraClient.as(base, "marcus").publish("Unaffected by someone else's loop").statusCode());
    }
}

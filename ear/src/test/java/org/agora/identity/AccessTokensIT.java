package org.agora.identity;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal access tokens: a script calls the API as its owner, within the token's scope, until it is revoked. */
class AccessTokensIT extends DeployedAgora {

    @Test
    void aReadTokenReadsAsItsOwnerButCannotWrite() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String secret = create(sam, "Dashboard", "READ", 30);
        AgoraClient script = AgoraClient.withBearer(base, secret);

        HttpResponse<String> me = script.get("api/v1/people/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(sam.employeeId(), AgoraClient.json(me).getJsonObject("person").getJsonNumber("id").longValue());

        HttpResponse<String> write = script.publish("Written by a read-only token");
        assertEquals(403, write.statusCode());
        assertTrue(write.headers().firstValue("WWW-Authenticate").orElseThrow().contains("insufficient_scope"));
        assertTrue(AgoraClient.json(write).getString("detail").contains("may only read"), write.body());
    }

    @Test
    void aWriteTokenWritesAndTheServicesStillCheckWhatTheOwnerMayDo() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient script = AgoraClient.withBearer(base, create(sam, "Release bot", "WRITE", null));

        assertEquals(201, script.publish("Release 4.2 is out, written with a token").statusCode());
        assertEquals(403, script.postRaw("api/v1/admin/search/reindex?index=content", "application/json", "").statusCode(),
                "a token has its owner's roles, no more");
    }

    @Test
    void aTokenCannotMakeOrRevokeTokens() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient script = AgoraClient.withBearer(base, create(sam, "Everything", "WRITE", 1));

        HttpResponse<String> minted = script.postJson("api/v1/tokens", "{\"name\":\"escalated\",\"scope\":\"WRITE\"}");
        assertEquals(403, minted.statusCode(), minted.body());
        assertEquals(200, script.get("api/v1/tokens").statusCode(), "listing is reading");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceAndOnlyItsOwnerCanRevokeIt() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        HttpResponse<String> created = sam.postJson("api/v1/tokens", "{\"name\":\"Old laptop\",\"scope\":\"READ\",\"days\":7}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject json = AgoraClient.json(created);
        long id = json.getJsonObject("token").getJsonNumber("id").longValue();
        AgoraClient script = AgoraClient.withBearer(base, json.getString("secret"));
        assertEquals(200, script.get("api/v1/people/me").statusCode());

        assertEquals(404, AgoraClient.as(base, "priya").delete("api/v1/tokens/" + id).statusCode(),
                "someone else's token is not found, whoever asks");
        assertEquals(200, script.get("api/v1/people/me").statusCode(), "and keeps working");

        assertEquals(204, sam.delete("api/v1/tokens/" + id).statusCode());
        HttpResponse<String> refused = script.get("api/v1/people/me");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElseThrow().contains("invalid_token"));
        assertTrue(sam.get("api/v1/tokens").body().contains("\"revokedAt\""), "the list shows it revoked");
    }

    @Test
    void theSecretIsShownOnceAndNeverListed() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String secret = create(sam, "Shown once", "READ", 1);

        String listed = sam.get("api/v1/tokens").body();
        assertFalse(listed.contains(secret), "the list never carries a secret");
        assertTrue(listed.contains(secret.substring(0, 10)), "only its first characters, to tell tokens apart");
    }

    @Test
    void madeUpTokensAndProvisioningTokensOfNonAdministratorsAreRefused() {
        HttpResponse<String> madeUp = AgoraClient.withBearer(base, "agora_" + "A".repeat(43)).get("api/v1/people/me");
        assertEquals(401, madeUp.statusCode());
        assertTrue(madeUp.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));

        HttpResponse<String> scim = AgoraClient.as(base, "sam").postJson("api/v1/tokens",
                "{\"name\":\"Provisioning\",\"scope\":\"SCIM\",\"days\":1}");
        assertEquals(403, scim.statusCode(), scim.body());

        HttpResponse<String> nameless = AgoraClient.as(base, "sam").postJson("api/v1/tokens", "{\"scope\":\"READ\"}");
        assertEquals(400, nameless.statusCode());
        assertTrue(AgoraClient.json(nameless).getString("detail").startsWith("Name the token"), nameless.body());
    }

    static String create(AgoraClient owner, String name, String scope, Integer days) {
        HttpResponse<String> created = owner.postJson("api/v1/tokens", "{\"name\":\"" + name + "\",\"scope\":\"" + scope + "\""
                + (days == null ? "" : ",\"days\":" + days) + "}");
        assertEquals(201, created.statusCode(), created.body());
        String secret = AgoraClient.json(created).getString("secret");
        assertTrue(secret.startsWith("agora_"), secret);
        return secret;
    }
}

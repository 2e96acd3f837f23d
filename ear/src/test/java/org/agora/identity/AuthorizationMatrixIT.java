package org.agora.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the REST API, as the server's own OpenAPI document lists it, against every role and no one:
 * allowed or denied, as this table says. A new endpoint fails this test until it is added to the table, so none
 * ships without a decision about who may call it. Calls aim at ids that do not exist or carry no valid body, so an
 * allowed call changes nothing (it answers 400 or 404), while a denied one is refused before anything is looked up.
 */
class AuthorizationMatrixIT extends DeployedAgora {

    enum Caller {
        EMPLOYEE("sam"), EXECUTIVE("helena"), HR("priya"), MODERATOR("tomas"), ADMIN("alex");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
    private static final Set<Caller> EXECUTIVE = EnumSet.of(Caller.EXECUTIVE);
    private static final Set<Caller> HR = EnumSet.of(Caller.HR);
    private static final Set<Caller> HR_AND_ADMIN = EnumSet.of(Caller.HR, Caller.ADMIN);
    private static final Set<Caller> MODERATORS_AND_ADMIN = EnumSet.of(Caller.MODERATOR, Caller.ADMIN);
    private static final long NOBODY = 999_999_999L;

    /**
     * Who may call each operation. {@code allowedNotCalled} marks a real side effect the allowed are spared;
     * {@code ownerOnly} an operation on an employee's own things: allowed with the caller's id, denied with anyone else's;
     * {@code provisioning} a SCIM operation, open to an administrator's SCIM token only, never to a session or a
     * personal token.
     */
    private record Rule(Set<Caller> allowed, String body, String contentType, boolean allowedNotCalled, boolean ownerOnly,
                        boolean provisioning) {
    }

    private static final Map<String, Rule> RULES = new TreeMap<>();

    static {
        // public
        allow("GET /api/health", null);
        // accounts, audit, tokens
        allow("GET /api/v1/accounts", ADMIN);
        allow("PUT /api/v1/accounts/{id}/roles", ADMIN, "[\"HR\"]");
        allow("POST /api/v1/accounts/{id}/unlock", ADMIN);
        allow("GET /api/v1/audit", ADMIN);
        allow("GET /api/v1/tokens", EVERYONE);
        allow("POST /api/v1/tokens", EVERYONE, "{}");
        allow("DELETE /api/v1/tokens/{id}", EVERYONE);
        // administration
        sparing("POST /api/v1/admin/digests", ADMIN);
        allow("GET /api/v1/admin/search/reindex", ADMIN);
        allow("POST /api/v1/admin/search/reindex?index=no-such-index", ADMIN);
        // people and expertise
        allow("GET /api/v1/people", EVERYONE);
        allow("GET /api/v1/people/me", EVERYONE);
        allow("PUT /api/v1/people/me/details", EVERYONE, "{\"languages\":[\"" + "x".repeat(300) + "\"]}");
        allow("PUT /api/v1/people/me/expertise/{tag}", EVERYONE);
        allow("DELETE /api/v1/people/me/expertise/{tag}", EVERYONE);
        allow("PUT /api/v1/people/me/photo", EVERYONE, "not a picture", "image/png");
        allow("GET /api/v1/people/{id}", EVERYONE);
        allow("PUT /api/v1/people/{id}/follow", EVERYONE);
        allow("DELETE /api/v1/people/{id}/follow", EVERYONE);
        allow("PUT /api/v1/people/{id}/expertise/{tag}/endorsement", EVERYONE);
        allow("DELETE /api/v1/people/{id}/expertise/{tag}/endorsement", EVERYONE);
        allow("PUT /api/v1/people/{id}/manager", HR_AND_ADMIN, "{\"managerId\":" + NOBODY + "}");
        allow("GET /api/v1/people/{id}/organisation", HR_AND_ADMIN);
        allow("PUT /api/v1/people/{id}/organisation", HR_AND_ADMIN, "{}");
        allow("POST /api/v1/people/{id}/deactivation", HR_AND_ADMIN);
        allow("POST /api/v1/people/{id}/reactivation", HR_AND_ADMIN);
        allow("POST /api/v1/people/imports", HR_AND_ADMIN, "not,a,file", "text/csv");
        allow("GET /api/v1/expertise", EVERYONE);
        allow("POST /api/v1/expertise/merges", ADMIN, "{\"alias\":\"no-such-alias\",\"into\":\"no-such-topic\"}");
        allow("GET /api/v1/expertise/{tag}/people", EVERYONE);
        // groups
        allow("GET /api/v1/groups", EVERYONE);
        allow("POST /api/v1/groups", EVERYONE, "{}");
        allow("GET /api/v1/groups/{slug}", EVERYONE);
        allow("PUT /api/v1/groups/{id}", EVERYONE, "{}");
        allow("PUT /api/v1/groups/{id}/archive", EVERYONE);
        allow("DELETE /api/v1/groups/{id}/archive", EVERYONE);
        allow("POST /api/v1/groups/{id}/invitations", EVERYONE, "{}");
        allow("GET /api/v1/groups/{id}/members", EVERYONE);
        allow("PUT /api/v1/groups/{id}/members/{employeeId}", EVERYONE, "{}");
        allow("DELETE /api/v1/groups/{id}/members/{employeeId}", EVERYONE);
        allow("PUT /api/v1/groups/{id}/membership", EVERYONE);
        allow("DELETE /api/v1/groups/{id}/membership", EVERYONE);
        allow("GET /api/v1/groups/{id}/pending", EVERYONE);
        allow("GET /api/v1/groups/{id}/pinned", EVERYONE);
        allow("GET /api/v1/groups/{id}/posts", EVERYONE);
        // posts, comments, polls, reactions
        allow("GET /api/v1/posts", EVERYONE);
        allow("POST /api/v1/posts", EVERYONE, "{\"body\":\"\"}");
        allow("GET /api/v1/posts/pinned", EVERYONE);
        allow("GET /api/v1/posts/{id}", EVERYONE);
        allow("PUT /api/v1/posts/{id}", EVERYONE, "{\"body\":\"edited\"}");
        allow("DELETE /api/v1/posts/{id}", EVERYONE);
        allow("PUT /api/v1/posts/{id}/accepted-answer", EVERYONE, "{\"commentId\":" + NOBODY + "}");
        allow("DELETE /api/v1/posts/{id}/accepted-answer", EVERYONE);
        allow("GET /api/v1/posts/{id}/activity", EVERYONE);
        allow("GET /api/v1/posts/{id}/comments", EVERYONE);
        allow("POST /api/v1/posts/{id}/comments", EVERYONE, "{\"body\":\"a comment\"}");
        allow("GET /api/v1/posts/{id}/history", EVERYONE);
        allow("DELETE /api/v1/posts/{id}/pin", EVERYONE);
        allow("GET /api/v1/posts/{id}/poll", EVERYONE);
        allow("PUT /api/v1/posts/{id}/reaction", EVERYONE, "{\"kind\":\"LIKE\"}");
        allow("DELETE /api/v1/posts/{id}/reaction", EVERYONE);
        allow("POST /api/v1/posts/{id}/votes", EVERYONE, "{\"optionIds\":[]}");
        allow("GET /api/v1/mentions", EVERYONE);
        // live Q&A: only executives schedule; who may moderate or answer depends on the session (its host,
        // moderators, administrators), which the service checks per session (LiveQaIT)
        allow("GET /api/v1/live-sessions", EVERYONE);
        allow("POST /api/v1/live-sessions", EXECUTIVE, "{}");
        allow("GET /api/v1/live-sessions/{id}", EVERYONE);
        allow("POST /api/v1/live-sessions/{id}/questions", EVERYONE, "{\"text\":\"a question\"}");
        allow("POST /api/v1/live-sessions/questions/{id}/votes", EVERYONE);
        allow("POST /api/v1/live-sessions/questions/{id}/approval", EVERYONE);
        allow("POST /api/v1/live-sessions/questions/{id}/merge", EVERYONE, "{\"into\":" + NOBODY + "}");
        allow("POST /api/v1/live-sessions/questions/{id}/dismissal", EVERYONE);
        allow("POST /api/v1/live-sessions/questions/{id}/answering", EVERYONE);
        allow("POST /api/v1/live-sessions/questions/{id}/answer", EVERYONE, "{\"text\":\"an answer\"}");
        // notifications
        allow("GET /api/v1/notifications", EVERYONE);
        allow("POST /api/v1/notifications/read", EVERYONE);
        allow("GET /api/v1/notifications/preferences", EVERYONE);
        allow("PUT /api/v1/notifications/preferences", EVERYONE, "{\"categories\":[{\"category\":\"NO_SUCH\"}]}");
        ownerOnly("GET /api/v1/notifications/preferences/{employeeId}", null);
        ownerOnly("PUT /api/v1/notifications/preferences/{employeeId}", "{}");
        // moderation
        allow("POST /api/v1/reports", EVERYONE, "{}");
        allow("GET /api/v1/moderation/cases", MODERATORS_AND_ADMIN);
        allow("POST /api/v1/moderation/decisions", MODERATORS_AND_ADMIN,
                "{\"postId\":" + NOBODY + ",\"decision\":\"DISMISS\",\"reason\":\"none\"}");
        allow("GET /api/v1/moderation/log", MODERATORS_AND_ADMIN);
        // search
        allow("GET /api/v1/search", EVERYONE);
        allow("GET /api/v1/search/suggestions", EVERYONE);
        // attachments
        allow("POST /api/v1/attachments", EVERYONE, "{}");
        allow("DELETE /api/v1/attachments/{id}", EVERYONE);
        // videos: executives upload and publish, and choose delegates who may too (VideoUploadsIT); everyone watches
        allow("POST /api/v1/video-uploads?size=0", EXECUTIVE);
        allow("PUT /api/v1/video-uploads/{id}", EVERYONE, "piece", "application/octet-stream");
        allow("DELETE /api/v1/video-uploads/{id}", EVERYONE);
        allow("GET /api/v1/videos", EVERYONE);
        allow("POST /api/v1/videos", EXECUTIVE, "{}");
        allow("GET /api/v1/videos/{id}", EVERYONE);
        allow("POST /api/v1/videos/{id}/views", EVERYONE);
        allow("PUT /api/v1/videos/{id}/views/{viewId}", EVERYONE, "{\"watchedMs\":1}");
        allow("PUT /api/v1/videos/subscriptions/{executiveId}", EVERYONE);
        allow("DELETE /api/v1/videos/subscriptions/{executiveId}", EVERYONE);
        allow("GET /api/v1/videos/delegates", EXECUTIVE);
        allow("PUT /api/v1/videos/delegates/{employeeId}", EXECUTIVE);
        allow("DELETE /api/v1/videos/delegates/{employeeId}", EXECUTIVE);
        // recognition: everyone gives and reads; HR alone runs programmes, reads statistics, exports and posts
        // milestones. Bodies and dates are well formed, so that a refusal is about who calls, not what they sent.
        allow("GET /api/v1/recognitions", EVERYONE);
        allow("POST /api/v1/recognitions", EVERYONE, "{\"recipientIds\":[" + NOBODY + "],\"badgeId\":" + NOBODY + "}");
        allow("GET /api/v1/recognitions/badges", EVERYONE);
        allow("GET /api/v1/recognitions/received/{employeeId}", EVERYONE);
        allow("PUT /api/v1/recognitions/leaderboards", EVERYONE, "{}");
        allow("GET /api/v1/recognitions/programmes", HR);
        allow("POST /api/v1/recognitions/programmes", HR, "{\"startsOn\":\"2026-01-01\"}");
        allow("PUT /api/v1/recognitions/programmes/{id}", HR, "{\"startsOn\":\"2026-01-01\"}");
        allow("POST /api/v1/recognitions/programmes/{id}/badges", HR, "{\"icon\":\"STAR\"}");
        allow("PUT /api/v1/recognitions/badges/{id}", HR, "{\"icon\":\"STAR\"}");
        allow("PUT /api/v1/recognitions/badges/{id}/picture", HR, "not a picture", "image/png");
        allow("GET /api/v1/recognitions/statistics?from=2026-01-01&to=2026-01-31", HR);
        sparing("GET /api/v1/recognitions/export?from=2026-01-01&to=2026-01-31", HR);
        allow("GET /api/v1/recognitions/milestones", HR);
        allow("PUT /api/v1/recognitions/milestones/{kind}", HR, "{\"on\":true}");
        sparing("POST /api/v1/recognitions/milestones", HR);
        // SCIM provisioning, for the identity provider: not in the OpenAPI document (SCIM describes itself, RFC 7644),
        // so these rows are the operations the SCIM resources implement
        provisioning("GET /scim/v2/Users", null);
        provisioning("POST /scim/v2/Users", "{}");
        provisioning("GET /scim/v2/Users/{id}", null);
        provisioning("PUT /scim/v2/Users/{id}", "{}");
        provisioning("PATCH /scim/v2/Users/{id}", "{\"Operations\":[]}");
        provisioning("DELETE /scim/v2/Users/{id}", null);
        provisioning("GET /scim/v2/Groups", null);
        provisioning("GET /scim/v2/Groups/{id}", null);
        provisioning("PUT /scim/v2/Groups/{id}", "{}");
        provisioning("PATCH /scim/v2/Groups/{id}", "{\"Operations\":[]}");
        provisioning("GET /scim/v2/ResourceTypes", null);
        provisioning("GET /scim/v2/ResourceTypes/{id}", null);
        provisioning("GET /scim/v2/Schemas", null);
        provisioning("GET /scim/v2/Schemas/{id}", null);
        provisioning("GET /scim/v2/ServiceProviderConfig", null);
    }

    @Test
    void everyOperationOfTheApiIsInTheTableAndEveryRowIsAnOperation() throws Exception {
        Set<String> documented = operations();
        Set<String> decided = new TreeSet<>();
        RULES.keySet().stream().filter(key -> !RULES.get(key).provisioning())
                .forEach(key -> decided.add(key.replaceAll("\\?.*$", "")));

        Set<String> undecided = new TreeSet<>(documented);
        undecided.removeAll(decided);
        Set<String> stale = new TreeSet<>(decided);
        stale.removeAll(documented);
        assertTrue(undecided.isEmpty(), "operations nobody decided who may call: " + undecided);
        assertTrue(stale.isEmpty(), "rows for operations that no longer exist: " + stale);
    }

    @Test
    void everyRoleIsAllowedOrDeniedExactlyAsTheTableSays() {
        Map<Caller, AgoraClient> clients = new TreeMap<>();
        Map<Caller, Long> ids = new TreeMap<>();
        for (Caller caller : Caller.values()) {
            clients.put(caller, AgoraClient.signedIn(base, caller.username));
            ids.put(caller, clients.get(caller).employeeId());
        }
        AgoraClient anonymous = AgoraClient.anonymous(base);
        AgoraClient personalToken = AgoraClient.withBearer(base, AccessTokensIT.create(clients.get(Caller.EMPLOYEE),
                "Matrix", "WRITE", 1));
        AgoraClient provisioningToken = AgoraClient.withBearer(base, AccessTokensIT.create(clients.get(Caller.ADMIN),
                "Matrix provisioning", "SCIM", 1));
        List<String> wrong = new ArrayList<>();

        RULES.forEach((operation, rule) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = concrete(operation.substring(operation.indexOf(' ') + 1));
            int unsigned = call(anonymous, method, path, rule).statusCode();
            if (rule.allowed() != null && unsigned != 401) {
                wrong.add(operation + " without credentials answered " + unsigned + ", not 401");
            }
            if (rule.allowed() == null) {
                return;
            }
            if (rule.provisioning()) {
                for (Caller caller : Caller.values()) {
                    int session = call(clients.get(caller), method, path, rule).statusCode();
                    if (session != 401) {
                        wrong.add(operation + " with " + caller + "'s session answered " + session + ", not 401");
                    }
                }
                int personal = call(personalToken, method, path, rule).statusCode();
                if (personal != 403) {
                    wrong.add(operation + " with a personal token answered " + personal + ", not 403");
                }
                HttpResponse<String> scim = call(provisioningToken, method, path, rule);
                if (scim.statusCode() == 401 || scim.statusCode() == 403 || scim.statusCode() >= 500) {
                    wrong.add(operation + " with a SCIM token should be allowed but answered " + scim.statusCode() + " "
                            + scim.body());
                }
                return;
            }
            for (Caller caller : Caller.values()) {
                if (rule.ownerOnly()) {
                    String own = operation.substring(operation.indexOf(' ') + 2).replace("{employeeId}", String.valueOf(ids.get(caller)));
                    Caller other = Caller.values()[(caller.ordinal() + 1) % Caller.values().length];
                    String theirs = operation.substring(operation.indexOf(' ') + 2).replace("{employeeId}", String.valueOf(ids.get(other)));
                    int mine = call(clients.get(caller), method, own, rule).statusCode();
                    int someoneElses = call(clients.get(caller), method, theirs, rule).statusCode();
                    if (mine == 401 || mine == 403 || mine >= 500) {
                        wrong.add(operation + " as " + caller + " on their own should be allowed but answered " + mine);
                    }
                    if (someoneElses != 403 && someoneElses != 404) {
                        wrong.add(operation + " as " + caller + " on " + other + "'s should be denied but answered " + someoneElses);
                    }
                    continue;
                }
                boolean allowed = rule.allowed().contains(caller);
                if (allowed && rule.allowedNotCalled()) {
                    continue;
                }
                HttpResponse<String> answer = call(clients.get(caller), method, path, rule);
                int status = answer.statusCode();
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    wrong.add(operation + " as " + caller + " should be allowed but answered " + status + " " + answer.body());
                } else if (!allowed && status != 403) {
                    wrong.add(operation + " as " + caller + " should be denied (403) but answered " + status + " " + answer.body());
                }
            }
        });

        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static void allow(String operation, Set<Caller> allowed) {
        allow(operation, allowed, null, null);
    }

    private static void allow(String operation, Set<Caller> allowed, String body) {
        allow(operation, allowed, body, "application/json");
    }

    private static void allow(String operation, Set<Caller> allowed, String body, String contentType) {
        RULES.put(operation, new Rule(allowed, body, contentType, false, false, false));
    }

    /** Denials are checked; the allowed are not called, since the call would really happen (mail to everyone). */
    private static void sparing(String operation, Set<Caller> allowed) {
        RULES.put(operation, new Rule(allowed, null, null, true, false, false));
    }

    private static void provisioning(String operation, String body) {
        RULES.put(operation, new Rule(ADMIN, body, body == null ? null : "application/scim+json", false, false, true));
    }

    private static void ownerOnly(String operation, String body) {
        RULES.put(operation, new Rule(EVERYONE, body, body == null ? null : "application/json", false, true, false));
    }

    private static String concrete(String template) {
        return template.substring(1)
                .replace("{id}", String.valueOf(NOBODY))
                .replace("{employeeId}", String.valueOf(NOBODY))
                .replace("{executiveId}", String.valueOf(NOBODY))
                .replace("{viewId}", String.valueOf(NOBODY))
                .replace("{kind}", "BADGE")
                .replace("{tag}", "no-such-topic")
                .replace("{slug}", "no-such-group");
    }

    private static HttpResponse<String> call(AgoraClient client, String method, String path, Rule rule) {
        return switch (method) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            case "POST" -> client.postRaw(path, rule.contentType() == null ? "application/json" : rule.contentType(),
                    rule.body() == null ? "" : rule.body());
            case "PATCH" -> client.patchRaw(path, rule.contentType(), rule.body());
            case "PUT" -> rule.body() == null ? client.put(path)
                    : client.putBytes(path, rule.contentType(), rule.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** "GET /api/v1/people/{id}" for every operation the server's OpenAPI document describes. */
    private Set<String> operations() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi?format=JSON")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        JsonObject paths = AgoraClient.json(document).getJsonObject("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(key -> Set.of("get", "put", "post", "delete", "patch").contains(key))
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        assertTrue(operations.size() > 50, "the document lists the API: " + operations.size());
        return operations;
    }
}

package org.agora.identity;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonObject;

import org.agora.identity.AuthorizationMatrixIT.Caller;
import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the web application against every role, the page's owner and no one: a caller allowed to use a page
 * gets what proves it (the form that does the work), anyone else gets neither that nor an error, and a visitor who
 * has not signed in gets the sign-in page. The pages are read from the deployed archive, so a new page fails this
 * test until it is added to the table. The actions on these pages call the same services the REST API does, whose
 * checks {@link AuthorizationMatrixIT} asserts operation by operation.
 */
class PageAccessMatrixIT extends DeployedAgora {

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> NO_ONE = EnumSet.noneOf(Caller.class);
    private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
    private static final Set<Caller> EXECUTIVE = EnumSet.of(Caller.EXECUTIVE);
    private static final Set<Caller> HR = EnumSet.of(Caller.HR);
    private static final Set<Caller> HR_AND_ADMIN = EnumSet.of(Caller.HR, Caller.ADMIN);
    private static final Set<Caller> MODERATORS_AND_ADMIN = EnumSet.of(Caller.MODERATOR, Caller.ADMIN);
    private static final String SIGN_IN_FORM = "id=\"loginForm\"";

    /**
     * {@code path} may hold {@code {me}} (the caller's own employee id) or {@code {colleague}} (someone else's);
     * {@code proof} is what only an allowed caller's page contains.
     */
    private record Page(String path, Set<Caller> allowed, String proof) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("index.xhtml", EVERYONE, "id=\"composer:body\""),
            new Page("notifications.xhtml", EVERYONE, "agora-page-title\">Notifications"),
            new Page("search.xhtml?q=kubernetes", EVERYONE, "id=\"results\""),
            new Page("people/index.xhtml", EVERYONE, "id=\"people:text\""),
            new Page("people/index.xhtml", HR_AND_ADMIN, "people/import.xhtml"),
            new Page("people/profile.xhtml?id={me}", EVERYONE, "id=\"details:bio\""),
            new Page("people/profile.xhtml?id={colleague}", NO_ONE, "id=\"details:bio\""),
            new Page("people/profile.xhtml?id={colleague}", EVERYONE, "id=\"profile:follow\""),
            new Page("people/profile.xhtml?id={colleague}", HR_AND_ADMIN, "id=\"hr:saveRecord\""),
            new Page("people/profile.xhtml?id={colleague}", HR_AND_ADMIN, "id=\"profile:deactivate\""),
            new Page("people/expertise.xhtml", EVERYONE, "id=\"expertise\""),
            new Page("people/expertise.xhtml", ADMIN, "id=\"expertise:merge\""),
            new Page("people/tag.xhtml?tag=kubernetes", EVERYONE, "agora-page-title"),
            new Page("people/import.xhtml", HR_AND_ADMIN, "id=\"import:file\""),
            new Page("groups/index.xhtml", EVERYONE, "id=\"directory:query\""),
            new Page("groups/view.xhtml?slug=project-nightingale", NO_ONE, "id=\"composer:body\""),
            new Page("posts/view.xhtml?id=999999999", NO_ONE, "data-post-id="),
            new Page("leadership/index.xhtml", EVERYONE, "agora-page-title\">Leadership"),
            new Page("leadership/index.xhtml", EXECUTIVE, "id=\"delegates:addDelegate\""),
            new Page("leadership/index.xhtml", EXECUTIVE, "agora-upload-video"),
            new Page("leadership/upload.xhtml", EXECUTIVE, "id=\"upload:publish\""),
            new Page("leadership/video.xhtml?id=999999999", NO_ONE, "id=\"player\""),
            new Page("leadership/index.xhtml", EXECUTIVE, "id=\"scheduleLive\""),
            new Page("leadership/live.xhtml?id=999999999", NO_ONE, "id=\"qaQueue\""),
            new Page("leadership/schedule-live.xhtml", EXECUTIVE, "id=\"schedule:title\""),
            new Page("recognition/index.xhtml", EVERYONE, "id=\"composer:give\""),
            new Page("recognition/index.xhtml", HR, "recognition/insights.xhtml"),
            new Page("recognition/programmes.xhtml", HR, "id=\"programmes:createProgramme\""),
            new Page("recognition/insights.xhtml", HR, "id=\"insights:export\""),
            new Page("moderation/index.xhtml", MODERATORS_AND_ADMIN, "Waiting for a decision"),
            new Page("moderation/policy.xhtml", EVERYONE, "agora-page-title\">Community policy"),
            new Page("settings/notifications.xhtml", EVERYONE, "id=\"settings:dailyDigest\""),
            new Page("settings/password.xhtml", EVERYONE, "id=\"password:current\""),
            new Page("settings/tokens.xhtml", EVERYONE, "id=\"tokens:name\""),
            new Page("admin/roles.xhtml", ADMIN, "id=\"roles:query\""),
            new Page("admin/audit.xhtml", ADMIN, "id=\"audit:events\""),
            new Page("admin/search.xhtml", ADMIN, "id=\"searchIndex\""));

    /** Pages anyone may open without signing in. */
    private static final Set<String> PUBLIC_PAGES = Set.of("login.xhtml", "error.xhtml");

    @Test
    void everyPageOfTheApplicationIsInTheTable() throws IOException {
        Set<String> inTable = new TreeSet<>(PUBLIC_PAGES);
        PAGES.forEach(page -> inTable.add(page.path().replaceFirst("\\?.*", "")));
        assertEquals(deployedPages(), inTable, "pages deployed vs pages in the table");
    }

    @Test
    void eachRoleGetsWhatItMayUseAndNoOneElseDoes() {
        Map<Caller, AgoraClient> sessions = new EnumMap<>(Caller.class);
        Map<Caller, Long> ids = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            AgoraClient session = AgoraClient.signedIn(base, caller.username);
            sessions.put(caller, session);
            ids.put(caller, AgoraClient.json(session.get("api/v1/people/me")).getJsonObject("person").getJsonNumber("id")
                    .longValue());
        }
        List<String> wrong = new ArrayList<>();
        for (Page page : PAGES) {
            for (Caller caller : Caller.values()) {
                Caller colleague = caller == Caller.EMPLOYEE ? Caller.EXECUTIVE : Caller.EMPLOYEE;
                String path = page.path().replace("{me}", String.valueOf(ids.get(caller)))
                        .replace("{colleague}", String.valueOf(ids.get(colleague)));
                HttpResponse<String> answer = sessions.get(caller).get(path);
                boolean allowed = page.allowed().contains(caller);
                String outcome = answer.statusCode() + (answer.body().contains(SIGN_IN_FORM) ? " (sign-in page)" : "")
                        + (answer.body().contains(page.proof()) ? " with " : " without ") + page.proof();
                boolean right = allowed
                        ? answer.statusCode() == 200 && answer.body().contains(page.proof())
                        : (answer.statusCode() == 200 || answer.statusCode() == 403 || answer.statusCode() == 404)
                                && !answer.body().contains(page.proof());
                if (!right || answer.body().contains(SIGN_IN_FORM)) {
                    wrong.add(caller + " " + path + ": " + (allowed ? "allowed" : "denied") + " but got " + outcome);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void visitorsWhoHaveNotSignedInMeetTheSignInPageEverywhereButThePublicPages() {
        AgoraClient visitor = AgoraClient.anonymous(base);
        List<String> wrong = new ArrayList<>();
        for (Page page : PAGES) {
            HttpResponse<String> answer = visitor.get(page.path().replace("{me}", "1").replace("{colleague}", "1"));
            if (!answer.body().contains(SIGN_IN_FORM) || answer.body().contains(page.proof())) {
                wrong.add(page.path() + ": " + answer.statusCode());
            }
        }
        assertTrue(wrong.isEmpty(), "not the sign-in page:\n" + String.join("\n", wrong));
        for (String open : PUBLIC_PAGES) {
            assertEquals(200, visitor.get(open).statusCode(), open);
        }
    }

    @Test
    void aSecretGroupAndItsPostsArePagesForItsMembersOnly() {
        AgoraClient marcus = AgoraClient.signedIn(base, "marcus");
        AgoraClient sam = AgoraClient.signedIn(base, "sam");
        String group = "groups/view.xhtml?slug=project-nightingale";
        assertTrue(marcus.get(group).body().contains("id=\"composer:body\""), "a member can post there");
        String refused = sam.get(group).body();
        assertTrue(refused.contains("does not exist, or it is secret and you are not a member"), refused);
        assertFalse(refused.contains("Nightingale"), "its name does not leak");

        long secretPost = AgoraClient.json(marcus.get("api/v1/posts?size=100")).getJsonArray("posts")
                .getValuesAs(JsonObject.class).stream()
                .filter(post -> "project-nightingale".equals(post.getString("groupSlug", null)))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String post = "posts/view.xhtml?id=" + secretPost;
        assertTrue(marcus.get(post).body().contains("data-post-id=\"" + secretPost + "\""), "a member reads it");
        String notShown = sam.get(post).body();
        assertFalse(notShown.contains("data-post-id="), "an outsider does not");
        assertTrue(notShown.contains("a group you are not a member of"), notShown);
    }

    /** The pages in the web archive inside the EAR the tests deploy. */
    private static Set<String> deployedPages() throws IOException {
        Set<String> pages = new TreeSet<>();
        try (ZipFile ear = new ZipFile(new File(System.getProperty("it.ear", "target/agora.ear")))) {
            ZipEntry war = ear.getEntry("agora-web.war");
            try (InputStream in = ear.getInputStream(war); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    String name = entry.getName();
                    if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("resources/")) {
                        pages.add(name);
                    }
                }
            }
        }
        return pages;
    }
}

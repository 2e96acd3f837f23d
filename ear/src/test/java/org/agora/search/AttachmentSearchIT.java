package org.agora.search;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.agora.testing.TestDocuments;
import org.junit.jupiter.api.Test;

import static org.agora.testing.SearchAnswers.hits;
import static org.agora.testing.SearchAnswers.search;
import static org.agora.testing.SearchAnswers.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What attached documents say is searchable: a post is found by a word that only its PDF or Word file contains, by
 * those who may read the post and by nobody else; of a very long document, its beginning.
 */
class AttachmentSearchIT extends DeployedAgora {

    /** Generous: right after deployment, the demo company's posts and people are still on their way to the index. */
    private static final Duration INDEXING = Duration.ofSeconds(90);

    @Test
    void aPostIsFoundByTheTextOfItsDocumentsByMembersOnly() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        AgoraClient tomas = AgoraClient.as(base, "tomas");
        AgoraClient priya = AgoraClient.as(base, "priya");
        String inPdf = "ledger" + uniqueWord();
        String inDocx = "charter" + uniqueWord();
        long groupId = AgoraClient.json(sam.postRaw("api/v1/groups", "application/json", Json.createObjectBuilder()
                .add("name", "Finance Desk " + uniqueWord()).add("visibility", "PRIVATE").build().toString()))
                .getJsonNumber("id").longValue();
        tomas.put("api/v1/groups/" + groupId + "/membership");
        assertEquals(200, sam.putJson("api/v1/groups/" + groupId + "/members/" + tomas.employeeId(), "{}").statusCode(),
                "Tomás is let into the group");

        HttpResponse<String> pdf = sam.postBytes("api/v1/attachments?name=forecast.pdf", "application/octet-stream",
                TestDocuments.pdf("Forecast for the year: the " + inPdf + " closes in March."));
        HttpResponse<String> docx = sam.postBytes("api/v1/attachments?name=charter.docx", "application/octet-stream",
                TestDocuments.docx("The " + inDocx + " of the finance desk, agreed in October."));
        assertEquals(201, pdf.statusCode(), pdf.body());
        assertEquals(201, docx.statusCode(), docx.body());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                AgoraClient.json(docx).getString("mediaType"));
        HttpResponse<String> published = sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "This year's papers, for the desk")
                .add("groupId", groupId)
                .add("attachmentIds", Json.createArrayBuilder()
                        .add(AgoraClient.json(pdf).getJsonNumber("id").longValue())
                        .add(AgoraClient.json(docx).getJsonNumber("id").longValue()))
                .build().toString());
        assertEquals(201, published.statusCode(), published.body());
        long postId = AgoraClient.json(published).getJsonNumber("id").longValue();

        Eventually.within(INDEXING, "the member finds the post by a word of its PDF",
                () -> postIds(search(tomas, inPdf)).equals(List.of(postId)));
        assertEquals(List.of(postId), postIds(search(tomas, inDocx)), "and by a word of its Word document");
        assertTrue(hits(search(tomas, inPdf)).get(0).asJsonObject().getString("snippetHtml")
                .contains("<mark>" + inPdf + "</mark>"), "the snippet shows where the document says it");
        assertEquals(List.of(postId), postIds(search(sam, inDocx)), "so does its author");

        assertEquals(List.of(), postIds(search(priya, inPdf)), "an outsider finds nothing by the PDF's words");
        assertEquals(List.of(), postIds(search(priya, inDocx)), "nor by the Word document's");
    }

    @Test
    void theBeginningOfAVeryLongDocumentIsSearchable() {
        AgoraClient sam = AgoraClient.as(base, "sam");
        String early = "preface" + uniqueWord();
        String late = "epilogue" + uniqueWord();
        // Agora keeps the first 100,000 characters of a document's text; the last word lies well past them
        String text = "Handbook " + early + "\n" + "section text ".repeat(10_000) + late + "\n";
        HttpResponse<String> upload = sam.postBytes("api/v1/attachments?name=handbook.txt", "text/plain",
                text.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, upload.statusCode(), upload.body());
        HttpResponse<String> published = sam.postRaw("api/v1/posts", "application/json", Json.createObjectBuilder()
                .add("body", "The whole handbook")
                .add("attachmentIds", Json.createArrayBuilder().add(AgoraClient.json(upload).getJsonNumber("id").longValue()))
                .build().toString());
        assertEquals(201, published.statusCode(), published.body());
        long postId = AgoraClient.json(published).getJsonNumber("id").longValue();

        Eventually.within(INDEXING, "the post is found by a word at the start of its document",
                () -> postIds(search(sam, early)).equals(List.of(postId)));
        assertEquals(List.of(), postIds(search(sam, late)), "a word past the first 100,000 characters is not");
    }

    /** The posts the hits belong to. */
    private static List<Long> postIds(JsonObject results) {
        return hits(results).stream().map(hit -> hit.getJsonNumber("postId").longValue()).toList();
    }

}

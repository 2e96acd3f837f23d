package org.agora.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.PostKind;
import org.agora.groups.CommunityGroup;
import org.agora.groups.GroupVisibility;
import org.agora.liveqa.QuestionState;
import org.agora.recognition.RecognitionKind;
import org.agora.search.ContentDocument;
import org.agora.search.ContentType;
import org.agora.video.Captions;

/**
 * Builds {@link ContentDocument}s from posts (videos among them), comments and live Q&A sessions as they stand in the
 * database. Hidden content, and the
 * comments of a hidden post, have no document: search must not find them.
 */
@Stateless
@PermitAll
public class ContentDocuments {

    private static final String POST = "post-";
    private static final String COMMENT = "comment-";
    private static final String LIVE_SESSION = "liveqa-";
    /** The name a video's captions have where a hit says in which document its words were found. */
    public static final String CAPTIONS = "the captions";

    @PersistenceContext
    EntityManager em;

    /**
     * The documents of a batch, read as plain columns in a few queries: no entity is loaded, so nothing is kept for
     * change tracking, which cost more than the queries themselves for batches of hundreds.
     */
    public Map<String, Object> byId(Collection<String> documentIds) {
        Map<String, Object> documents = new HashMap<>();
        List<Long> postIds = idsWith(documentIds, POST);
        if (!postIds.isEmpty()) {
            List<Object[]> posts = em.createQuery("""
                            select p.id, p.kind, p.bodyText, p.createdAt, a.id, a.fullName, a.department,
                                   g.id, g.name, g.visibility
                            from Post p join p.author a left join p.group g
                            where p.id in :ids and p.hiddenAt is null""", Object[].class)
                    .setParameter("ids", postIds)
                    .getResultList();
            Map<Long, List<String>> tags = hashtags(postIds);
            Map<Long, List<Object[]>> attachments = attachments(postIds);
            Map<Long, Object[]> videos = videos(postIds);
            Map<Long, String> recognitions = recognitions(postIds);
            Map<Long, List<String>> restricted = restrictedAudiences(postIds);
            for (Object[] post : posts) {
                long id = (Long) post[0];
                documents.put(ContentDocument.postId(id), ofPost(post, tags.getOrDefault(id, List.of()),
                        attachments.getOrDefault(id, List.of()), videos.get(id), recognitions.get(id),
                        restricted.get(id)));
            }
        }
        List<Long> commentIds = idsWith(documentIds, COMMENT);
        if (!commentIds.isEmpty()) {
            List<Object[]> comments = em.createQuery("""
                            select c.id, c.bodyText, c.createdAt, a.id, a.fullName, a.department,
                                   p.id, p.acceptedCommentId, g.id, g.name, g.visibility
                            from Comment c join c.author a join c.post p left join p.group g
                            where c.id in :ids and c.hiddenAt is null and p.hiddenAt is null""", Object[].class)
                    .setParameter("ids", commentIds)
                    .getResultList();
            Map<Long, List<String>> restricted = comments.isEmpty() ? Map.of()
                    : restrictedAudiences(comments.stream().map(comment -> (Long) comment[6]).distinct().toList());
            comments.forEach(comment -> documents.put(ContentDocument.commentId((Long) comment[0]),
                    ofComment(comment, restricted.get((Long) comment[6]))));
        }
        List<Long> sessionIds = idsWith(documentIds, LIVE_SESSION);
        if (!sessionIds.isEmpty()) {
            liveSessions(sessionIds).forEach((id, document) -> documents.put(ContentDocument.liveSessionId(id), document));
        }
        return documents;
    }

    /**
     * Sessions with the questions everyone may read and their answers. The asker is named only for questions asked
     * under a name: an anonymous question's document holds its words and nothing of who asked it.
     */
    private Map<Long, ContentDocument> liveSessions(List<Long> sessionIds) {
        Map<Long, List<String>> texts = new HashMap<>();
        em.createQuery("""
                        select q.session.id, q.text, q.anonymous, a.fullName, q.answerText from Question q join q.asker a
                        where q.session.id in :ids and q.state in :shown order by q.votes desc, q.askedAt""", Object[].class)
                .setParameter("ids", sessionIds)
                .setParameter("shown", List.of(QuestionState.OPEN, QuestionState.ANSWERING, QuestionState.ANSWERED))
                .getResultStream()
                .forEach(row -> {
                    List<String> text = texts.computeIfAbsent((Long) row[0], id -> new ArrayList<>());
                    text.add(Boolean.TRUE.equals(row[2]) ? (String) row[1] : row[3] + " asked: " + row[1]);
                    if (row[4] != null) {
                        text.add("Answer: " + row[4]);
                    }
                });
        Map<Long, ContentDocument> documents = new HashMap<>();
        em.createQuery("""
                        select s.id, s.title, s.description, s.startsAt, h.id, h.fullName, h.department
                        from LiveSession s join s.host h where s.id in :ids""", Object[].class)
                .setParameter("ids", sessionIds)
                .getResultStream()
                .forEach(row -> {
                    List<String> body = new ArrayList<>();
                    body.add((String) row[1]);
                    if (row[2] != null) {
                        body.add((String) row[2]);
                    }
                    body.addAll(texts.getOrDefault((Long) row[0], List.of()));
                    documents.put((Long) row[0], new ContentDocument(ContentType.LIVE_QA.name(), (Long) row[0],
                            String.join("\n\n", body), null, null, null, null, String.valueOf(row[4]),
                            (String) row[5], (String) row[6], null, null, List.of(ContentDocument.EVERYONE),
                            row[3].toString()));
                });
        return documents;
    }

    private Map<Long, List<String>> hashtags(List<Long> postIds) {
        return em.createQuery("select p.id, t from Post p join p.hashtags t where p.id in :ids order by t", Object[].class)
                .setParameter("ids", postIds)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    /** File name and extracted text of each post's attachments, in the author's order. */
    private Map<Long, List<Object[]>> attachments(List<Long> postIds) {
        return em.createQuery("""
                        select a.post.id, a.fileName, a.extractedText from Attachment a
                        where a.post.id in :ids order by a.position""", Object[].class)
                .setParameter("ids", postIds)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0]));
    }

    /** Title and captions of the posts that are videos: what the film is called and what is said in it. */
    private Map<Long, Object[]> videos(List<Long> postIds) {
        return em.createQuery("select v.id, v.title, v.captionsVtt from Video v where v.id in :ids", Object[].class)
                .setParameter("ids", postIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> row));
    }

    /**
     * What the posts that are recognitions celebrate, as a line before the message: found by the names of the people
     * recognised, the badge and the value it stands for.
     */
    private Map<Long, String> recognitions(List<Long> postIds) {
        Map<Long, List<String>> names = em.createQuery("""
                        select r.id, e.fullName from Recognition r join r.recipients x, Employee e
                        where e.id = x.employeeId and r.id in :ids order by e.fullName""", Object[].class)
                .setParameter("ids", postIds)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
        Map<Long, String> lines = new HashMap<>();
        em.createQuery("select r.id, r.kind, b.name, b.companyValue from Recognition r left join r.badge b where r.id in :ids",
                        Object[].class)
                .setParameter("ids", postIds)
                .getResultStream()
                .forEach(row -> {
                    String people = String.join(", ", names.getOrDefault((Long) row[0], List.of()));
                    lines.put((Long) row[0], row[1] == RecognitionKind.BADGE
                            ? "Recognised " + people + " with " + row[2] + " (" + row[3] + ")"
                            : (row[1] == RecognitionKind.WELCOME ? "Welcome, " : "Work anniversary of ") + people);
                });
        return lines;
    }

    /** Who may read the restricted ones among these posts, by post: a team recognition's audience. */
    private Map<Long, List<String>> restrictedAudiences(List<Long> postIds) {
        return em.createQuery("select p.id, a from Post p join p.audience a where p.id in :ids and p.restricted = true",
                        Object[].class)
                .setParameter("ids", postIds)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    /** Every post and comment that search should hold. */
    public List<String> allIds() {
        List<String> ids = new ArrayList<>();
        em.createQuery("select p.id from Post p where p.hiddenAt is null order by p.id", Long.class)
                .getResultStream().forEach(id -> ids.add(ContentDocument.postId(id)));
        em.createQuery("""
                        select c.id from Comment c where c.hiddenAt is null and c.post.hiddenAt is null
                        order by c.id""", Long.class)
                .getResultStream().forEach(id -> ids.add(ContentDocument.commentId(id)));
        em.createQuery("select s.id from LiveSession s order by s.id", Long.class)
                .getResultStream().forEach(id -> ids.add(ContentDocument.liveSessionId(id)));
        return ids;
    }

    /** The post and its comments, whose documents change with it. */
    public List<String> postWithComments(long postId) {
        return Stream.concat(Stream.of(ContentDocument.postId(postId)),
                        em.createQuery("select c.id from Comment c where c.post.id = :post", Long.class)
                                .setParameter("post", postId).getResultStream().map(ContentDocument::commentId))
                .toList();
    }

    /** Everything written in a group, whose documents carry its name. */
    public List<String> inGroup(long groupId) {
        return Stream.concat(
                        em.createQuery("select p.id from Post p where p.group.id = :group", Long.class)
                                .setParameter("group", groupId).getResultStream().map(ContentDocument::postId),
                        em.createQuery("select c.id from Comment c where c.post.group.id = :group", Long.class)
                                .setParameter("group", groupId).getResultStream().map(ContentDocument::commentId))
                .toList();
    }

    /** From {@code id, kind, bodyText, createdAt, author id, name, department, group id, name, visibility}. */
    private static ContentDocument ofPost(Object[] post, List<String> tags, List<Object[]> attachments, Object[] video,
                                          String recognition, List<String> restrictedTo) {
        if (video != null) {
            // a video's captions are searched like an attached document's text; a hit there opens the film at that moment
            String captions = video[2] == null ? null : Captions.parse((String) video[2]).text();
            return document(ContentType.VIDEO, (Long) post[0], video[1] + "\n\n" + post[2], (Long) post[4],
                    (String) post[5], (String) post[6], captions == null ? List.of() : List.of(CAPTIONS), captions, tags,
                    (Instant) post[3], (Long) post[7], (String) post[8], (GroupVisibility) post[9], restrictedTo);
        }
        if (recognition != null) {
            return document(ContentType.RECOGNITION, (Long) post[0], recognition + "\n\n" + post[2], (Long) post[4],
                    (String) post[5], (String) post[6], List.of(), null, tags, (Instant) post[3], (Long) post[7],
                    (String) post[8], (GroupVisibility) post[9], restrictedTo);
        }
        List<String> documentNames = new ArrayList<>();
        List<String> documentTexts = new ArrayList<>();
        for (Object[] attachment : attachments) {
            documentNames.add((String) attachment[1]);
            if (attachment[2] != null) {
                documentTexts.add((String) attachment[2]);
            }
        }
        ContentType type = post[1] == PostKind.QUESTION ? ContentType.QUESTION : ContentType.POST;
        return document(type, (Long) post[0], (String) post[2], (Long) post[4], (String) post[5], (String) post[6],
                documentNames, String.join("\n\n", documentTexts), tags, (Instant) post[3],
                (Long) post[7], (String) post[8], (GroupVisibility) post[9], restrictedTo);
    }

    /**
     * From {@code id, bodyText, createdAt, author id, name, department, post id, its accepted comment id, group id,
     * name, visibility}.
     */
    private static ContentDocument ofComment(Object[] comment, List<String> restrictedTo) {
        ContentType type = Objects.equals(comment[7], comment[0]) ? ContentType.ANSWER : ContentType.COMMENT;
        return document(type, (Long) comment[6], (String) comment[1], (Long) comment[3], (String) comment[4],
                (String) comment[5], List.of(), null, List.of(), (Instant) comment[2],
                (Long) comment[8], (String) comment[9], (GroupVisibility) comment[10], restrictedTo);
    }

    private static ContentDocument document(ContentType type, long postId, String body, long authorId, String authorName,
                                            String authorDepartment, List<String> attachmentNames,
                                            String attachmentText, List<String> tags, Instant createdAt,
                                            Long groupId, String groupName, GroupVisibility visibility,
                                            List<String> restrictedTo) {
        // a restricted post (and its comments) is read by its audience only; recognitions are in no group
        List<String> audience = restrictedTo != null ? restrictedTo
                : List.of(groupId == null || CommunityGroup.isOpenToEveryone(visibility)
                ? ContentDocument.EVERYONE : ContentDocument.readableByMembersOf(groupId));
        return new ContentDocument(type.name(), postId, body, nullIfEmpty(attachmentNames),
                attachmentText == null || attachmentText.isEmpty() ? null : attachmentText, nullIfEmpty(tags),
                nullIfEmpty(tags), String.valueOf(authorId), authorName, authorDepartment,
                groupId == null ? null : String.valueOf(groupId), groupName, audience, createdAt.toString());
    }

    private static List<String> nullIfEmpty(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    private static List<Long> idsWith(Collection<String> documentIds, String prefix) {
        return documentIds.stream().filter(id -> id.startsWith(prefix))
                .map(id -> Long.valueOf(id.substring(prefix.length())))
                .collect(Collectors.toList());
    }
}

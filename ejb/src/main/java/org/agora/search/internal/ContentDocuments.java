package org.agora.search.internal;

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

import org.agora.feed.Attachment;
import org.agora.feed.Comment;
import org.agora.feed.Post;
import org.agora.feed.PostKind;
import org.agora.groups.CommunityGroup;
import org.agora.search.ContentDocument;
import org.agora.search.ContentType;

/**
 * Builds {@link ContentDocument}s from posts and comments as they stand in the database. Hidden content, and the
 * comments of a hidden post, have no document: search must not find them.
 */
@Stateless
@PermitAll
public class ContentDocuments {

    private static final String POST = "post-";
    private static final String COMMENT = "comment-";
    /** Loaded only to be read: Hibernate keeps no snapshot of them and skips checking them for changes at commit. */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext
    EntityManager em;

    /**
     * The documents of a batch. Each query is read whole before any document is built: batch fetching then loads the
     * hashtags and attachments (and a comment's group) of many posts per query; a result stream would meet the posts one
     * at a time and load their collections one query each.
     */
    public Map<String, Object> byId(Collection<String> documentIds) {
        Map<String, Object> documents = new HashMap<>();
        List<Long> postIds = idsWith(documentIds, POST);
        if (!postIds.isEmpty()) {
            em.createQuery("""
                            select p from Post p join fetch p.author left join fetch p.group
                            where p.id in :ids and p.hiddenAt is null""", Post.class)
                    .setParameter("ids", postIds)
                    .setHint(READ_ONLY, true)
                    .getResultList()
                    .forEach(post -> documents.put(ContentDocument.postId(post.getId()), ofPost(post)));
        }
        List<Long> commentIds = idsWith(documentIds, COMMENT);
        if (!commentIds.isEmpty()) {
            em.createQuery("""
                            select c from Comment c join fetch c.author join fetch c.post
                            where c.id in :ids and c.hiddenAt is null and c.post.hiddenAt is null""", Comment.class)
                    .setParameter("ids", commentIds)
                    .setHint(READ_ONLY, true)
                    .getResultList()
                    .forEach(comment -> documents.put(ContentDocument.commentId(comment.getId()), ofComment(comment)));
        }
        return documents;
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

    private static ContentDocument ofPost(Post post) {
        List<String> tags = post.getHashtags().stream().sorted().toList();
        List<String> documentNames = new ArrayList<>();
        List<String> documentTexts = new ArrayList<>();
        for (Attachment attachment : post.getAttachments()) {
            documentNames.add(attachment.getFileName());
            if (attachment.getExtractedText() != null) {
                documentTexts.add(attachment.getExtractedText());
            }
        }
        ContentType type = post.getKind() == PostKind.QUESTION ? ContentType.QUESTION : ContentType.POST;
        return document(type, post, post.getBody().text(), post.getAuthor().getId(), post.getAuthor().getFullName(),
                post.getAuthor().getDepartment(), documentNames, String.join("\n\n", documentTexts), tags,
                post.getCreatedAt().toString());
    }

    private static ContentDocument ofComment(Comment comment) {
        Post post = comment.getPost();
        ContentType type = Objects.equals(post.getAcceptedCommentId(), comment.getId())
                ? ContentType.ANSWER : ContentType.COMMENT;
        return document(type, post, comment.getBodyText(), comment.getAuthor().getId(),
                comment.getAuthor().getFullName(), comment.getAuthor().getDepartment(), List.of(), null, List.of(),
                comment.getCreatedAt().toString());
    }

    private static ContentDocument document(ContentType type, Post post, String body, long authorId, String authorName,
                                            String authorDepartment, List<String> attachmentNames,
                                            String attachmentText, List<String> tags, String createdAt) {
        CommunityGroup group = post.getGroup();
        String audience = group == null || group.isOpenToEveryone()
                ? ContentDocument.EVERYONE : ContentDocument.readableByMembersOf(group.getId());
        return new ContentDocument(type.name(), post.getId(), body, nullIfEmpty(attachmentNames),
                attachmentText == null || attachmentText.isEmpty() ? null : attachmentText, nullIfEmpty(tags),
                nullIfEmpty(tags), String.valueOf(authorId), authorName, authorDepartment,
                group == null ? null : String.valueOf(group.getId()), group == null ? null : group.getName(),
                List.of(audience), createdAt);
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

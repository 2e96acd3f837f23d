package org.agora.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.agora.feed.Comment;
import org.agora.feed.PollOption;
import org.agora.feed.PollVote;
import org.agora.feed.Post;
import org.agora.feed.PostBody;
import org.agora.feed.PostKind;
import org.agora.groups.CommunityGroup;
import org.agora.people.Employee;

/**
 * A few posts of every kind, so that a new user of the demo sees them at once: the chief executive's pinned
 * welcome, a question with its accepted answer, one still waiting, and a poll with votes.
 */
final class DemoShowcase {

    private DemoShowcase() {
    }

    static List<Post> persist(EntityManager em, Map<String, Employee> people, Map<String, CommunityGroup> groups,
                              Instant now) {
        List<Post> posts = new ArrayList<>();
        Post welcome = post(em, people.get("helena"), null, PostKind.ANNOUNCEMENT,
                "Welcome to Agora, our new intranet! Find colleagues who know a topic under People, join groups, "
                        + "ask questions (the best answer gets accepted) and tell us what you think.",
                now.minus(Duration.ofDays(2)));
        posts.add(welcome);

        Post vpn = post(em, people.get("sam"), groups.get(DemoCompanyGenerator.ENGINEERING_GUILD), PostKind.QUESTION,
                "How do I reach the staging VPN from home? The office profile times out.", now.minus(Duration.ofDays(1)));
        Comment answer = comment(em, vpn, people.get("alex"),
                "Ask for the “Staging VPN” role in the IT portal; it is approved within the hour. Then import the home profile.",
                now.minus(Duration.ofHours(20)));
        comment(em, vpn, people.get("marcus"), "And restart the client after importing it, it caches the old profile.",
                now.minus(Duration.ofHours(19)));
        vpn.accept(answer.getId());
        posts.add(vpn);

        posts.add(post(em, people.get("priya"), null, PostKind.QUESTION,
                "Does anyone have a good checklist for a new hire's first week? I would like to share one company-wide.",
                now.minus(Duration.ofHours(6))));

        Post poll = post(em, people.get("tomas"), null, PostKind.POLL,
                "Which day suits you best for the next town hall?", now.minus(Duration.ofHours(30)));
        poll.markAs(PostKind.POLL, false, now.plus(Duration.ofDays(5)));
        List<PollOption> options = List.of(new PollOption(poll, 0, "Tuesday"), new PollOption(poll, 1, "Wednesday"),
                new PollOption(poll, 2, "Thursday"));
        options.forEach(em::persist);
        em.flush(); // votes refer to the options by id only, so the options must be written first
        List<String> voters = List.of("helena", "marcus", "priya", "alex");
        for (int i = 0; i < voters.size(); i++) {
            em.persist(new PollVote(options.get(i % 2 == 0 ? 1 : i % 3), people.get(voters.get(i)).getId(),
                    now.minus(Duration.ofHours(29 - i))));
        }
        posts.add(poll);
        return posts;
    }

    private static Post post(EntityManager em, Employee author, CommunityGroup group, PostKind kind, String body,
                             Instant createdAt) {
        Post post = new Post(author, group, PostBody.fromUserInput(body), createdAt);
        post.markAs(kind, false, null);
        em.persist(post);
        return post;
    }

    private static Comment comment(EntityManager em, Post post, Employee author, String body, Instant createdAt) {
        Comment comment = new Comment(post, null, author, PostBody.fromUserInput(body), createdAt);
        em.persist(comment);
        return comment;
    }
}

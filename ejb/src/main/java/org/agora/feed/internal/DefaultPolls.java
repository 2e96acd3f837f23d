package org.agora.feed.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.PollOption;
import org.agora.feed.PollView;
import org.agora.feed.PollVote;
import org.agora.feed.Polls;
import org.agora.feed.Post;
import org.agora.feed.PostKind;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultPolls implements Polls {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    ReadablePosts readablePosts;

    @Override
    public PollView vote(long postId, List<Long> optionIds) {
        Post post = poll(readablePosts.find(postId));
        // one voter at a time per poll, so two quick clicks never leave two choices in a single-choice poll
        em.lock(post, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (!post.isPollOpen(now)) {
            throw new InvalidInputException("This poll is closed.");
        }
        Set<Long> chosen = new LinkedHashSet<>(optionIds == null ? List.of() : optionIds);
        chosen.remove(null);
        if (chosen.isEmpty()) {
            throw new InvalidInputException("Choose an option to vote.");
        }
        if (!post.isPollMultiple() && chosen.size() > 1) {
            throw new InvalidInputException("This poll takes one choice.");
        }
        if (!pollsOf(List.of(postId)).get(postId).myChoices().isEmpty()) {
            throw new InvalidInputException("You have already voted in this poll.");
        }
        List<PollOption> options = em.createQuery("select o from PollOption o where o.post = :post and o.id in :ids",
                        PollOption.class)
                .setParameter("post", post)
                .setParameter("ids", chosen)
                .getResultList();
        if (options.size() != chosen.size()) {
            throw new InvalidInputException("Choose among the options of this poll.");
        }
        options.forEach(option -> em.persist(new PollVote(option, currentEmployee.id(), now)));
        em.flush();
        return pollsOf(List.of(postId)).get(postId);
    }

    @Override
    public PollView poll(long postId) {
        poll(readablePosts.find(postId));
        return pollsOf(List.of(postId)).get(postId);
    }

    @Override
    public Map<Long, PollView> pollsOf(Collection<Long> postIds) {
        Map<Long, PollView> polls = new HashMap<>();
        if (postIds.isEmpty()) {
            return polls;
        }
        List<Post> readable = em.createQuery("select p from Post p left join p.group g where p.id in :ids"
                        + " and p.kind = org.agora.feed.PostKind.POLL and" + ReadablePosts.READABLE, Post.class)
                .setParameter("ids", postIds)
                .setParameter("audiences", readablePosts.personalAudiences())
                .setParameter("memberGroups", readablePosts.memberGroups())
                .getResultList();
        if (readable.isEmpty()) {
            return polls;
        }
        List<Long> ids = readable.stream().map(Post::getId).toList();
        Map<Long, Long> votesByOption = new HashMap<>();
        em.createQuery("select v.key.optionId, count(v) from PollVote v where v.postId in :ids group by v.key.optionId",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList().forEach(row -> votesByOption.put((Long) row[0], (Long) row[1]));
        Map<Long, Long> votersByPost = new HashMap<>();
        em.createQuery("select v.postId, count(distinct v.key.employeeId) from PollVote v where v.postId in :ids"
                        + " group by v.postId", Object[].class)
                .setParameter("ids", ids)
                .getResultList().forEach(row -> votersByPost.put((Long) row[0], (Long) row[1]));
        Set<Long> mine = new HashSet<>(em.createQuery(
                        "select v.key.optionId from PollVote v where v.postId in :ids and v.key.employeeId = :me", Long.class)
                .setParameter("ids", ids)
                .setParameter("me", currentEmployee.id())
                .getResultList());
        Map<Long, List<PollOption>> optionsByPost = new HashMap<>();
        em.createQuery("select o from PollOption o where o.post.id in :ids order by o.position", PollOption.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(option -> optionsByPost.computeIfAbsent(option.getPost().getId(), id -> new ArrayList<>())
                        .add(option));
        Instant now = Instant.now();
        for (Post post : readable) {
            List<PollOption> options = optionsByPost.getOrDefault(post.getId(), List.of());
            Set<Long> myChoices = new LinkedHashSet<>();
            options.stream().map(PollOption::getId).filter(mine::contains).forEach(myChoices::add);
            boolean open = post.isPollOpen(now);
            boolean resultsShown = !myChoices.isEmpty() || !open;
            List<PollView.Choice> choices = options.stream()
                    .map(option -> new PollView.Choice(option.getId(), option.getLabel(),
                            resultsShown ? votesByOption.getOrDefault(option.getId(), 0L) : 0L))
                    .toList();
            polls.put(post.getId(), new PollView(post.getId(), choices, post.isPollMultiple(), post.getPollClosesAt(),
                    open, myChoices, resultsShown ? votersByPost.getOrDefault(post.getId(), 0L) : 0L));
        }
        return polls;
    }

    private static Post poll(Post post) {
        if (post.getKind() != PostKind.POLL) {
            throw new NotFoundException("Post " + post.getId() + " is not a poll.");
        }
        return post;
    }
}

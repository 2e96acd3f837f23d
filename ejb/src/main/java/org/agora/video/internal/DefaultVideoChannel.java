package org.agora.video.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.agora.feed.ChannelPosts;
import org.agora.feed.Post;
import org.agora.feed.PostKind;
import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.people.Employee;
import org.agora.people.PersonSummary;
import org.agora.shared.AfterCommit;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;
import org.agora.video.Captions;
import org.agora.video.PlayableFile;
import org.agora.video.Playback;
import org.agora.video.Video;
import org.agora.video.VideoChannel;
import org.agora.video.VideoDraft;
import org.agora.video.VideoPublished;
import org.agora.video.VideoUpload;
import org.agora.video.VideoView;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultVideoChannel implements VideoChannel {

    static final int MAX_LIST = 100;
    /** Posts and their executives then load in batches (hibernate.default_batch_fetch_size). */
    private static final String VISIBLE_VIDEOS = "select v from Video v join v.post p where p.hiddenAt is null";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    Publishers publishers;

    @Inject
    VideoFiles files;

    @Inject
    FilmProbe probe;

    @Inject
    FilmTypes filmTypes;

    @Inject
    ChannelPosts channelPosts;

    @Inject
    Event<VideoPublished> videoPublished;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public VideoView publish(VideoDraft draft) {
        publishers.requirePublisher();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("Give the video a title.");
        }
        if (title.length() > Video.MAX_TITLE) {
            throw new InvalidInputException("A title can be at most " + Video.MAX_TITLE + " characters long.");
        }
        Captions captions = draft.captionsVtt() == null || draft.captionsVtt().isBlank() ? null
                : Captions.parse(draft.captionsVtt());
        VideoUpload upload = draft.uploadId() == null ? null : em.find(VideoUpload.class, draft.uploadId());
        if (upload == null || upload.getUploaderId() != currentEmployee.id()) {
            throw new InvalidInputException("The upload is no longer there; upload the video again.");
        }
        long executiveId = draft.executiveId() == null ? currentEmployee.id() : draft.executiveId();
        if (!publishers.publishesFor(executiveId)) {
            throw new NotAllowedException("You do not publish on that channel: only its executive and the colleagues "
                    + "they asked do.");
        }
        Path incoming = files.incoming(upload.getId());
        long received = size(incoming);
        if (received != upload.getSizeBytes()) {
            throw new InvalidInputException("The upload is not complete: " + megabytes(received) + " of "
                    + megabytes(upload.getSizeBytes()) + " arrived. Resume it, or upload the file again.");
        }
        String mediaType = filmTypes.playableType(incoming, upload.getFileName());
        Long durationMs = probe.durationMs(incoming);
        Path poster = files.newPoster();
        boolean hasPoster = probe.poster(incoming, durationMs, poster);
        if (!hasPoster) {
            AfterCommit.deleteQuietly(poster);
        }
        Employee executive = em.find(Employee.class, executiveId);
        Post post = channelPosts.publish(executive, body(title, draft.description(), draft.tags()), PostKind.VIDEO,
                Set.of());
        Video video = new Video(post, title, upload.getFileName(), mediaType, received, durationMs, hasPoster,
                captions == null ? null : draft.captionsVtt().replace("\r\n", "\n"), currentEmployee.id());
        em.persist(video);
        em.remove(upload);
        AfterCommit.keep(transactions, incoming, files.film(video.getId()));
        if (hasPoster) {
            AfterCommit.keep(transactions, poster, files.poster(video.getId()));
        }
        videoPublished.fire(new VideoPublished(video.getId(), executive.getId(), title));
        return view(video, audience(List.of(video)));
    }

    /** The post says what the description says, or the title without one; the tags become its hashtags. */
    private static String body(String title, String description, String tags) {
        String text = description == null || description.isBlank() ? title : description.strip();
        String hashtags = tags == null ? "" : Arrays.stream(tags.split("[\\s,]+"))
                .map(tag -> tag.replaceFirst("^#+", ""))
                .filter(tag -> !tag.isBlank())
                .map(tag -> "#" + tag)
                .distinct()
                .collect(Collectors.joining(" "));
        return hashtags.isEmpty() ? text : text + "\n\n" + hashtags;
    }

    @Override
    public List<VideoView> videos(Long executiveId, int limit) {
        var query = em.createQuery(VISIBLE_VIDEOS + (executiveId == null ? "" : " and p.author.id = :executive")
                + " order by v.publishedAt desc, v.id desc", Video.class);
        if (executiveId != null) {
            query.setParameter("executive", executiveId);
        }
        List<Video> videos = query.setMaxResults(Math.max(1, Math.min(limit, MAX_LIST))).getResultList();
        Map<Long, VideoView.Audience> audience = audience(videos);
        return videos.stream().map(video -> view(video, audience)).toList();
    }

    @Override
    public VideoView video(long videoId) {
        Video video = visible(videoId);
        return view(video, audience(List.of(video)));
    }

    @Override
    public List<PersonSummary> channelsICanPublishTo() {
        List<Employee> executives = em.createNativeQuery("""
                        select e.* from employee e join video_delegate d on d.executive_id = e.id
                        where d.delegate_id = ?1 and e.active = true order by e.full_name""", Employee.class)
                .setParameter(1, currentEmployee.id())
                .getResultList();
        List<PersonSummary> channels = new ArrayList<>();
        if (publishers.isExecutive()) {
            channels.add(PersonSummary.of(currentEmployee.get()));
        }
        executives.forEach(executive -> channels.add(PersonSummary.of(executive)));
        return channels;
    }

    @Override
    public PlayableFile film(long videoId) {
        Video video = visible(videoId);
        return new PlayableFile(files.film(video.getId()), video.getMediaType());
    }

    @Override
    public PlayableFile poster(long videoId) {
        Video video = visible(videoId);
        return video.hasPoster() ? new PlayableFile(files.poster(video.getId()), "image/jpeg") : null;
    }

    @Override
    public String captions(long videoId) {
        Video video = visible(videoId);
        if (video.getCaptionsVtt() == null) {
            throw new NotFoundException("Video " + videoId + " has no captions.");
        }
        return video.getCaptionsVtt();
    }

    @Override
    public Integer secondWhereSaid(long videoId, List<String> words) {
        Video video = visible(videoId);
        return video.getCaptionsVtt() == null ? null : Captions.parse(video.getCaptionsVtt()).secondWhereSaid(words);
    }

    @Override
    public long startPlayback(long videoId) {
        Video video = visible(videoId);
        Playback playback = new Playback(video.getId(), currentEmployee.id(), Instant.now());
        em.persist(playback);
        return playback.getId();
    }

    @Override
    public void watched(long playbackId, long watchedMs) {
        Playback playback = em.find(Playback.class, playbackId);
        if (playback == null || playback.getViewerId() != currentEmployee.id()) {
            throw new NotFoundException("There is no view " + playbackId + " of yours.");
        }
        playback.watched(watchedMs, em.find(Video.class, playback.getVideoId()).getDurationMs());
    }

    @Override
    public void subscribe(long executiveId) {
        Employee executive = em.find(Employee.class, executiveId);
        if (executive == null || !executive.isActive()) {
            throw new NotFoundException("There is no executive " + executiveId + ".");
        }
        currentEmployee.lockForUpdate();
        em.createNativeQuery("""
                        insert into video_subscription (executive_id, subscriber_id) select ?1, ?2
                        where not exists (select 1 from video_subscription where executive_id = ?1 and subscriber_id = ?2)""")
                .setParameter(1, executiveId).setParameter(2, currentEmployee.id())
                .executeUpdate();
    }

    @Override
    public void unsubscribe(long executiveId) {
        em.createNativeQuery("delete from video_subscription where executive_id = ?1 and subscriber_id = ?2")
                .setParameter(1, executiveId).setParameter(2, currentEmployee.id())
                .executeUpdate();
    }

    @Override
    public Set<Long> subscriptions() {
        List<?> ids = em.createNativeQuery("select executive_id from video_subscription where subscriber_id = ?1")
                .setParameter(1, currentEmployee.id()).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    @Override
    public List<PersonSummary> delegates() {
        requireExecutive();
        List<Employee> delegates = em.createNativeQuery("""
                        select e.* from employee e join video_delegate d on d.delegate_id = e.id
                        where d.executive_id = ?1 order by e.full_name""", Employee.class)
                .setParameter(1, currentEmployee.id())
                .getResultList();
        return delegates.stream().map(PersonSummary::of).toList();
    }

    @Override
    public void addDelegate(long employeeId) {
        requireExecutive();
        Employee delegate = em.find(Employee.class, employeeId);
        if (delegate == null || !delegate.isActive()) {
            throw new NotFoundException("There is no colleague " + employeeId + ".");
        }
        if (employeeId == currentEmployee.id()) {
            throw new InvalidInputException("You publish on your own channel already.");
        }
        currentEmployee.lockForUpdate();
        em.createNativeQuery("""
                        insert into video_delegate (executive_id, delegate_id) select ?1, ?2
                        where not exists (select 1 from video_delegate where executive_id = ?1 and delegate_id = ?2)""")
                .setParameter(1, currentEmployee.id()).setParameter(2, employeeId)
                .executeUpdate();
    }

    @Override
    public void removeDelegate(long employeeId) {
        requireExecutive();
        em.createNativeQuery("delete from video_delegate where executive_id = ?1 and delegate_id = ?2")
                .setParameter(1, currentEmployee.id()).setParameter(2, employeeId)
                .executeUpdate();
    }

    private void requireExecutive() {
        if (!publishers.isExecutive()) {
            throw new NotAllowedException("Only executives choose who publishes on their channel.");
        }
    }

    /** A video whose post a moderator hid is gone for everyone but its executive. */
    private Video visible(long videoId) {
        Video video = em.find(Video.class, videoId);
        if (video == null || video.getPost().isHidden() && !video.getPost().isWrittenBy(currentEmployee.id())) {
            throw new NotFoundException("There is no video " + videoId + ".");
        }
        return video;
    }

    /** Views and watch time of the videos whose channel the caller publishes on; nobody else sees them. */
    private Map<Long, VideoView.Audience> audience(List<Video> videos) {
        Map<Long, Boolean> publishesFor = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        for (Video video : videos) {
            long executiveId = video.getPost().getAuthor().getId();
            if (publishesFor.computeIfAbsent(executiveId, publishers::publishesFor)) {
                ids.add(video.getId());
            }
        }
        Map<Long, VideoView.Audience> audience = new HashMap<>();
        ids.forEach(id -> audience.put(id, new VideoView.Audience(0, 0)));
        if (!ids.isEmpty()) {
            em.createQuery("""
                            select p.videoId, count(p), avg(p.watchedMs) from Playback p
                            where p.videoId in :ids group by p.videoId""", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(row -> audience.put((Long) row[0],
                            new VideoView.Audience((Long) row[1], Math.round((Double) row[2]))));
        }
        return audience;
    }

    private static VideoView view(Video video, Map<Long, VideoView.Audience> audience) {
        Post post = video.getPost();
        Employee executive = post.getAuthor();
        return new VideoView(video.getId(), video.getTitle(), post.getBody().html(), executive.getId(),
                executive.getFullName(), executive.getTitle(), executive.initials(), video.getPublishedAt(),
                video.getDurationMs(), video.hasPoster(), video.getCaptionsVtt() != null, video.getMediaType(),
                video.getSizeBytes(), audience.get(video.getId()));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", Math.max(0, bytes) / 1_000_000.0);
    }
}

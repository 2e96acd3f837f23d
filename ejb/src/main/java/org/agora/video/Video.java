package org.agora.video;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.agora.feed.Post;

/**
 * A published film. It is a post of kind VIDEO on its executive's profile (which holds the description and carries
 * comments and reactions) and shares that post's id; its bytes are the file {@code videos/<id>} in the media directory.
 */
@Entity
@Table(name = "video")
public class Video {

    public static final int MAX_TITLE = 200;

    @Id
    @Column(name = "post_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    /** As detected from the bytes: video/mp4, video/webm or video/quicktime. */
    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** Null when ffmpeg was not there to measure it. */
    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "has_poster", nullable = false)
    private boolean hasPoster;

    /** WebVTT, as checked when it was published; null without captions. */
    @Column(name = "captions_vtt")
    private String captionsVtt;

    /** The executive, or the colleague they delegated to, who uploaded it. */
    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected Video() {
    }

    public Video(Post post, String title, String fileName, String mediaType, long sizeBytes, Long durationMs,
                 boolean hasPoster, String captionsVtt, long uploadedBy) {
        this.post = post;
        this.title = title;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.durationMs = durationMs;
        this.hasPoster = hasPoster;
        this.captionsVtt = captionsVtt;
        this.uploadedBy = uploadedBy;
        this.publishedAt = post.getCreatedAt();
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public boolean hasPoster() {
        return hasPoster;
    }

    public String getCaptionsVtt() {
        return captionsVtt;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}

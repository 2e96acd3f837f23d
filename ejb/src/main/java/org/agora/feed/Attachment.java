package org.agora.feed;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A file attached to a post: an image shown inline, or a document to download. Its bytes are a file in the media
 * directory; until the author publishes, it belongs to no post and only they can see it.
 */
@Entity
@Table(name = "post_attachment")
public class Attachment {

    /** Characters of a document's text kept for search: enough for its substance, bounded for the index. */
    public static final int MAX_TEXT = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_attachment_seq")
    @SequenceGenerator(name = "post_attachment_seq", sequenceName = "post_attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private Post post;

    @Column(nullable = false)
    private int position;

    @Column(name = "uploader_id", nullable = false)
    private Long uploaderId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    /** What the bytes are, as detected from them; never what the uploader's browser claimed. */
    @Column(name = "media_type", nullable = false, length = 127)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** Pixels of an image; null for documents. */
    private Integer width;

    private Integer height;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** What a document says, for search; null for pictures and for files whose text could not be read. */
    @Column(name = "extracted_text", length = MAX_TEXT)
    private String extractedText;

    protected Attachment() {
    }

    public Attachment(long uploaderId, String fileName, String mediaType, long sizeBytes, Integer width, Integer height,
                      Instant uploadedAt) {
        this.uploaderId = uploaderId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.uploadedAt = uploadedAt;
    }

    /** Publishing the draft: the upload becomes part of the post, at the given place among its files. */
    public void attachTo(Post post, int position) {
        this.post = post;
        this.position = position;
    }

    public void recordText(String text) {
        this.extractedText = text == null || text.isBlank() ? null
                : text.substring(0, Math.min(text.length(), MAX_TEXT));
    }

    public String getExtractedText() {
        return extractedText;
    }

    public boolean isPending() {
        return post == null;
    }

    public boolean isImage() {
        return width != null;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public int getPosition() {
        return position;
    }

    public Long getUploaderId() {
        return uploaderId;
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

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }
}

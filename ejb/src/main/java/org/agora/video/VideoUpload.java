package org.agora.video;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An upload in progress: the bytes so far are {@code incoming/<id>.part} in the media directory, and their count is
 * that file's size, so a resumed upload continues where the disk says it stopped.
 */
@Entity
@Table(name = "video_upload")
public class VideoUpload {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "uploader_id", nullable = false)
    private long uploaderId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected VideoUpload() {
    }

    public VideoUpload(String id, long uploaderId, String fileName, long sizeBytes, Instant startedAt) {
        this.id = id;
        this.uploaderId = uploaderId;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.startedAt = startedAt;
    }

    public String getId() {
        return id;
    }

    public long getUploaderId() {
        return uploaderId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}

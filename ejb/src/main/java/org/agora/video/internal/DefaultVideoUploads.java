package org.agora.video.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.agora.identity.CurrentEmployee;
import org.agora.identity.Role;
import org.agora.shared.AfterCommit;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.shared.TooLargeException;
import org.agora.video.UploadOutOfStep;
import org.agora.video.UploadStarted;
import org.agora.video.VideoUpload;
import org.agora.video.VideoUploads;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pieces go straight from the request to the end of the upload's file, 64 KiB at a time: a 2 GiB film never sits in
 * memory. The file's size is the truth about what arrived, so nothing is written to the database per piece.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultVideoUploads implements VideoUploads {

    /** Well under the server's request limit (25 MB), and large enough that a 2 GiB film is 256 requests. */
    public static final int PIECE_BYTES = 8 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(DefaultVideoUploads.class.getName());
    /** One piece at a time per upload: a second one arriving meanwhile is out of step, not interleaved. */
    private static final ConcurrentHashMap<String, ReentrantLock> RECEIVING = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    Publishers publishers;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    VideoFiles files;

    @Inject
    FilmTypes filmTypes;

    @Inject
    @ConfigProperty(name = "agora.videos.max-mb", defaultValue = "2048")
    long maxMegabytes;

    @Override
    public UploadStarted begin(String fileName, long sizeBytes) {
        publishers.requirePublisher();
        if (sizeBytes <= 0) {
            throw new InvalidInputException("That file is empty.");
        }
        if (sizeBytes > maxBytes()) {
            throw new TooLargeException("A video can be at most " + limit() + "; this one is "
                    + String.format("%.1f", sizeBytes / (1024.0 * 1024 * 1024)) + " GiB.");
        }
        String name = fileName == null || fileName.isBlank() ? "video" : Path.of(fileName.strip()).getFileName().toString();
        VideoUpload upload = new VideoUpload(UUID.randomUUID().toString(), currentEmployee.id(),
                name.length() > 200 ? name.substring(name.length() - 200) : name, sizeBytes,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        em.persist(upload);
        try {
            Files.deleteIfExists(files.incoming(upload.getId()));
            Files.createFile(files.incoming(upload.getId()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start an upload", e);
        }
        return new UploadStarted(upload.getId(), sizeBytes, PIECE_BYTES);
    }

    @Override
    public long append(String uploadId, long offset, InputStream piece) {
        VideoUpload upload = mine(uploadId);
        ReentrantLock lock = RECEIVING.computeIfAbsent(uploadId, id -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new UploadOutOfStep("Another piece of this upload is still arriving.", received(upload));
        }
        try (FileChannel file = FileChannel.open(files.incoming(uploadId), StandardOpenOption.WRITE)) {
            long size = file.size();
            if (offset != size) {
                throw new UploadOutOfStep("This piece starts at byte " + offset + ", but " + size
                        + " bytes have arrived; continue from there.", size);
            }
            long received = receive(upload, piece, file, size);
            if (received == upload.getSizeBytes()) {
                // said at once, rather than after the title is written: this file will never be a video
                filmTypes.playableType(files.incoming(uploadId), upload.getFileName());
            }
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write upload " + uploadId, e);
        } finally {
            lock.unlock();
            RECEIVING.remove(uploadId, lock);
        }
    }

    /** A piece cut off part-way, or running past the announced size, is taken back whole. */
    private static long receive(VideoUpload upload, InputStream piece, FileChannel file, long start) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        byte[] bytes = buffer.array();
        long position = start;
        boolean complete = false;
        try {
            for (int read; (read = piece.read(bytes)) != -1; ) {
                if (read == 0) {
                    continue;
                }
                if (position + read > upload.getSizeBytes()) {
                    throw new TooLargeException("The upload is longer than the " + upload.getSizeBytes()
                            + " bytes it announced.");
                }
                buffer.clear().limit(read);
                while (buffer.hasRemaining()) {
                    position += file.write(buffer, position);
                }
                if (position - start > PIECE_BYTES) {
                    throw new TooLargeException("A piece of an upload can be at most " + PIECE_BYTES / (1024 * 1024)
                            + " MiB.");
                }
            }
            complete = true;
        } catch (IOException e) {
            LOG.fine(() -> "A piece of upload " + upload.getId() + " was cut off at " + start + ": " + e);
            throw new InvalidInputException("The piece was cut off before it arrived; send it again from byte "
                    + start + ".");
        } finally {
            if (!complete) {
                file.truncate(start);
            }
        }
        if (position == upload.getSizeBytes()) {
            file.force(true);
        }
        return position;
    }

    @Override
    public long received(String uploadId) {
        return received(mine(uploadId));
    }

    @Override
    public void cancel(String uploadId) {
        VideoUpload upload = mine(uploadId);
        em.remove(upload);
        Path file = files.incoming(uploadId);
        AfterCommit.run(transactions, () -> AfterCommit.deleteQuietly(file));
    }

    private long received(VideoUpload upload) {
        try {
            return Files.size(files.incoming(upload.getId()));
        } catch (IOException e) {
            return 0;
        }
    }

    private VideoUpload mine(String uploadId) {
        VideoUpload upload = uploadId == null ? null : em.find(VideoUpload.class, uploadId);
        if (upload == null || upload.getUploaderId() != currentEmployee.id()) {
            throw new NotFoundException("There is no upload " + uploadId + "; start it again.");
        }
        return upload;
    }

    private long maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    private String limit() {
        return maxMegabytes % 1024 == 0 ? maxMegabytes / 1024 + " GiB" : maxMegabytes + " MiB";
    }
}

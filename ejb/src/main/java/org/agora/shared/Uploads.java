package org.agora.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;

/**
 * Where every file a user sends is received and checked, whatever it is for: streamed to a temporary file (never
 * whole into memory) and cut off as soon as it passes its policy's size, refused if empty, identified from its bytes
 * by Apache Tika (never from its name or the Content-Type it came with) and refused unless the policy takes that
 * type. Each refusal is a sentence for the user; nothing of a refused upload stays on disk.
 */
@ApplicationScoped
public class Uploads {

    private static final int MAX_NAME = 200;

    private final Tika tika = new Tika();

    /**
     * Receives {@code content} into {@code directory} (where the caller will keep it, so a move is a rename). In the
     * policy's sentence for a wrong type, {name} and {type} stand for the file's name and the type it turned out to be.
     */
    public Upload receive(InputStream content, String offeredName, UploadPolicy policy, Path directory) {
        String fileName = fileName(offeredName);
        Path file = spool(content, policy, directory);
        try {
            String mediaType = detect(file, fileName);
            if (!policy.mediaTypes().contains(mediaType)) {
                throw new InvalidInputException(policy.wrongType().replace("{name}", fileName).replace("{type}", mediaType));
            }
            return new Upload(file, fileName, mediaType, Files.size(file));
        } catch (IOException e) {
            AfterCommit.deleteQuietly(file);
            throw new InvalidInputException("The file could not be read; upload it again.");
        } catch (RuntimeException e) {
            AfterCommit.deleteQuietly(file);
            throw e;
        }
    }

    private static Path spool(InputStream content, UploadPolicy policy, Path directory) {
        Path file = null;
        try {
            file = Files.createTempFile(Files.createDirectories(directory), "upload", ".part");
            long written = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int read; (read = content.read(buffer)) != -1; ) {
                    written += read;
                    if (written > policy.maxBytes()) {
                        throw new TooLargeException(policy.what() + " can be at most " + policy.sizeLimit() + ".");
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (written == 0) {
                throw new InvalidInputException("That file is empty.");
            }
            return file;
        } catch (IOException e) {
            AfterCommit.deleteQuietly(file);
            throw new InvalidInputException("The file could not be read; upload it again.");
        } catch (RuntimeException e) {
            AfterCommit.deleteQuietly(file);
            throw e;
        }
    }

    /** Tika reads the bytes; the name only refines a type the bytes allow (a ZIP that is a .docx). */
    private String detect(Path file, String fileName) throws IOException {
        try (InputStream bytes = TikaInputStream.get(file)) { // from the file, Tika can look inside ZIP and OLE containers
            return tika.detect(bytes, fileName);
        }
    }

    /** The name as shown and offered for download: no folders, no control characters, not too long. */
    static String fileName(String offered) {
        String name = offered == null ? "" : offered.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "attachment";
        }
        return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
    }
}

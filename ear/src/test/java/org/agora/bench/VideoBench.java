package org.agora.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;

import org.agora.testing.DeployedAgora;
import org.agora.testing.TestFilms;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Video at scale: a 2 GiB film uploaded in pieces while the server's heap is sampled (it must stay flat: the film is
 * streamed to disk, never held), then read back in byte ranges through Agora's media servlet and, for comparison,
 * from the same file by nginx, a plain static file server. Run with
 * {@code ./mvnw verify -Pbench -Dit.test=VideoBench} (nginx from Debian must be installed); the report goes to
 * {@code ear/target/bench/video.md}.
 */
class VideoBench extends DeployedAgora {

    private static final long FILM_BYTES = Long.getLong("bench.filmBytes", 2L * 1024 * 1024 * 1024);
    private static final int READERS = Integer.getInteger("bench.readers", 4);
    private static final int READ_SECONDS = Integer.getInteger("bench.readSeconds", 15);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.readWarmupSeconds", 20);
    private static final int RANGE_BYTES = 1024 * 1024;
    private static final int NGINX_PORT = Integer.getInteger("bench.nginxPort", 8190);
    private static final Path MEDIA = Path.of(System.getProperty("jboss.home"), "standalone", "data", "agora", "media");

    @ArquillianResource
    ManagementClient management;

    private final StringBuilder report = new StringBuilder();

    @Test
    void uploadAndRangeReads() throws Exception {
        line("# Video benchmark");
        line("");
        line("Machine: %d cores, %,d MB RAM; Java %s; server heap -Xmx1g. Server, nginx and clients on loopback."
                .formatted(Runtime.getRuntime().availableProcessors(),
                        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                .getTotalMemorySize() / (1024 * 1024), System.getProperty("java.version")));
        line("");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        signIn(http, "helena");
        Path film = film();
        long videoId = uploadWatchingTheHeap(http, film);
        Path stored = MEDIA.resolve("videos").resolve(String.valueOf(videoId));
        assertEquals(Files.size(film), Files.size(stored));
        Process nginx = nginx(stored.getParent());
        try {
            rangeReads(http, URI.create(base + "media/videos/" + videoId), URI.create("http://127.0.0.1:" + NGINX_PORT + "/"
                    + videoId));
        } finally {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(film);
        }
        Path file = Path.of("target", "bench", "video.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    /** A real MP4 at the start (what Agora checks the type by), then pseudo-random bytes up to the size. */
    private static Path film() throws IOException {
        Path film = Path.of("target", "bench", "film.mp4");
        Files.createDirectories(film.getParent());
        byte[] head = Files.readAllBytes(TestFilms.mp4(4));
        Random random = new Random(7);
        byte[] block = new byte[4 * 1024 * 1024];
        try (OutputStream out = Files.newOutputStream(film)) {
            out.write(head);
            for (long written = head.length; written < FILM_BYTES; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, FILM_BYTES - written));
            }
        }
        return film;
    }

    private long uploadWatchingTheHeap(HttpClient http, Path film) throws Exception {
        long size = Files.size(film);
        gc();
        long before = heapUsed();
        List<Long> samples = new ArrayList<>();
        AtomicBoolean uploading = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (uploading.get()) {
                try {
                    long used = heapUsed();
                    synchronized (samples) {
                        samples.add(used);
                    }
                    Thread.sleep(200);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<String> begun = send(http, HttpRequest.newBuilder(URI.create(base + "api/v1/video-uploads?name=film.mp4&size="
                + size)).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(201, begun.statusCode(), begun.body());
        String uploadId = BenchHttp.json(begun).getString("id");
        int piece = BenchHttp.json(begun).getInt("pieceBytes");
        byte[] bytes = new byte[piece];
        try (FileChannel channel = FileChannel.open(film, StandardOpenOption.READ)) {
            for (long offset = 0; offset < size; ) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, (int) Math.min(piece, size - offset));
                while (buffer.hasRemaining()) {
                    channel.read(buffer, offset + buffer.position());
                }
                HttpResponse<String> sent = send(http, HttpRequest.newBuilder(URI.create(base + "api/v1/video-uploads/" + uploadId))
                        .header("Upload-Offset", String.valueOf(offset)).header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes, 0, buffer.limit())).build());
                assertEquals(200, sent.statusCode(), sent.body());
                offset += buffer.limit();
            }
        }
        double uploadSeconds = (System.nanoTime() - started) / 1e9;
        uploading.set(false);
        sampler.join();
        long publishStarted = System.nanoTime();
        HttpResponse<String> published = send(http, HttpRequest.newBuilder(URI.create(base + "api/v1/videos"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("uploadId", uploadId)
                        .add("title", "Two gibibytes").build().toString())).build());
        assertEquals(201, published.statusCode(), published.body());
        double publishSeconds = (System.nanoTime() - publishStarted) / 1e9;
        gc();
        long after = heapUsed();
        long max = samples.stream().mapToLong(Long::longValue).max().orElse(0);
        long min = samples.stream().mapToLong(Long::longValue).min().orElse(0);
        double mean = samples.stream().mapToLong(Long::longValue).average().orElse(0);

        line("## Heap during a %s upload".formatted(gib(size)));
        line("");
        line("%d pieces of %d MiB over one connection in %.1f s (%.0f MB/s); publishing it (type check, ffprobe, poster, "
                .formatted((size + piece - 1) / piece, piece / (1024 * 1024), uploadSeconds, size / 1e6 / uploadSeconds)
                + "rename) took %.2f s. The server's heap was read every 200 ms through the management API (%d samples)."
                .formatted(publishSeconds, samples.size()));
        line("");
        line("| heap used | MB |");
        line("| --- | --- |");
        line("| before, after a GC | %.0f |".formatted(before / 1e6));
        line("| during the upload: min / mean / max | %.0f / %.0f / %.0f |".formatted(min / 1e6, mean / 1e6, max / 1e6));
        line("| after publishing, after a GC | %.0f |".formatted(after / 1e6));
        line("");
        line("The film is %.1f times the heap's limit (1 GiB); the heap's peak during the upload rose %.0f MB above the "
                .formatted(size / (1024.0 * 1024 * 1024), (max - before) / 1e6) + "idle heap, which is garbage "
                + "between collections, not the film.");
        line("");
        assertTrue(max - before < 512L * 1024 * 1024, "the heap stays flat while the film streams to disk");
        return BenchHttp.json(published).getJsonNumber("id").longValue();
    }

    private Process nginx(Path root) throws Exception {
        Path prefix = Path.of("target", "bench", "nginx").toAbsolutePath();
        Files.createDirectories(prefix.resolve("logs"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 2;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log;
                events { worker_connections 256; }
                http {
                    access_log off;
                    sendfile on;
                    tcp_nopush on;
                    default_type application/octet-stream;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %3$s;
                    }
                }
                """.formatted(prefix, NGINX_PORT, root.toAbsolutePath()));
        Process process;
        try {
            process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", conf.toString()).inheritIO().start();
        } catch (IOException e) {
            throw new IllegalStateException("The video benchmark compares with nginx: apt-get install nginx", e);
        }
        HttpClient probe = HttpClient.newHttpClient();
        for (int i = 0; i < 50; i++) {
            try {
                probe.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + NGINX_PORT + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return process;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start; see " + prefix.resolve("logs/error.log"));
    }

    private void rangeReads(HttpClient agora, URI servlet, URI nginx) throws Exception {
        HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long size = FILM_BYTES;
        // both read from the page cache: the whole film once through nginx first
        read(plain, nginx, null);
        line("## Reading the film back: Agora's media servlet beside nginx");
        line("");
        line("The same file on disk. Agora checks the session on every request and the reader's right to the video on "
                + "the session's first request for it and then each minute, and streams the range in 256 KiB blocks "
                + "from a direct buffer; nginx uses sendfile. Each row ran %d s after %d s of the same "
                .formatted(READ_SECONDS, WARM_UP_SECONDS) + "reads, which the server's JIT needs: right after a start the servlet "
                + "reaches less than half of this.");
        line("");
        line("| reading | Agora MB/s | nginx MB/s | Agora / nginx | Agora requests/s |");
        line("| --- | --- | --- | --- | --- |");
        double[] agoraRanges = ranges(agora, servlet, size);
        double[] nginxRanges = ranges(plain, nginx, size);
        line("| random 1 MiB ranges (206), %d readers | %.0f | %.0f | **%.0f%%** | %.0f |".formatted(READERS,
                agoraRanges[0], nginxRanges[0], 100 * agoraRanges[0] / nginxRanges[0], agoraRanges[1]));
        double agoraWhole = whole(agora, servlet, size);
        double nginxWhole = whole(plain, nginx, size);
        line("| the whole %s, one reader | %.0f | %.0f | **%.0f%%** | |".formatted(gib(size), agoraWhole, nginxWhole,
                100 * agoraWhole / nginxWhole));
        line("");
    }

    /** MB/s and requests/s of {@link #READERS} readers asking for random ranges for {@link #READ_SECONDS}. */
    private static double[] ranges(HttpClient http, URI film, long size) throws Exception {
        timedRanges(http, film, size, WARM_UP_SECONDS);
        return timedRanges(http, film, size, READ_SECONDS);
    }

    private static double[] timedRanges(HttpClient http, URI film, long size, int seconds) throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        AtomicLong bytes = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < READERS; i++) {
            running.add(readers.submit(() -> {
                while (System.nanoTime() < until) {
                    long from = ThreadLocalRandom.current().nextLong(size - RANGE_BYTES);
                    bytes.addAndGet(read(http, film, "bytes=" + from + "-" + (from + RANGE_BYTES - 1)));
                    requests.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> reader : running) {
            reader.get();
        }
        readers.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new double[] {bytes.get() / 1e6 / elapsed, requests.get() / elapsed};
    }

    private static double whole(HttpClient http, URI film, long size) {
        long started = System.nanoTime();
        long read = read(http, film, null);
        assertEquals(size, read);
        return read / 1e6 / ((System.nanoTime() - started) / 1e9);
    }

    /** Reads the answer's body through a buffer and counts it, as a player consumes it. */
    private static long read(HttpClient http, URI film, String range) {
        HttpRequest.Builder request = HttpRequest.newBuilder(film);
        if (range != null) {
            request.header("Range", range);
        }
        try {
            HttpResponse<InputStream> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            int expected = range == null ? 200 : 206;
            if (answer.statusCode() != expected) {
                throw new IllegalStateException(film + " " + range + " answered " + answer.statusCode());
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream body = answer.body()) {
                for (int n; (n = body.read(buffer)) != -1; ) {
                    total += n;
                }
            }
            return total;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void signIn(HttpClient http, String username) {
        HttpResponse<String> signedIn = send(http, HttpRequest.newBuilder(URI.create(base + "sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=agora")).build());
        assertTrue(signedIn.statusCode() < 400, "signed in as " + username);
    }

    private long heapUsed() throws IOException {
        ModelNode read = memoryOperation("read-attribute");
        read.get("name").set("heap-memory-usage");
        ModelNode result = management.getControllerClient().execute(read);
        return result.get("result").get("used").asLong();
    }

    private void gc() throws IOException {
        management.getControllerClient().execute(memoryOperation("gc"));
    }

    private static ModelNode memoryOperation(String name) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        ModelNode address = operation.get("address");
        address.add("core-service", "platform-mbean");
        address.add("type", "memory");
        return operation;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        return BenchHttp.send(http, request);
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.0f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}

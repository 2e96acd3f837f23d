package org.agora.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.Post;
import org.agora.feed.PostBody;
import org.agora.feed.PostKind;
import org.agora.people.Employee;
import org.agora.shared.AfterCommit;
import org.agora.video.Video;
import org.agora.video.internal.FilmProbe;
import org.agora.video.internal.VideoFiles;

/**
 * The chief executive's first video blog, made on the spot: ffmpeg's test pattern with her script spoken by
 * espeak-ng, and captions timed to each spoken sentence. Without those tools (the run and CI scripts install them)
 * the demo company simply has no video.
 */
@ApplicationScoped
class DemoVideo {

    static final String TITLE = "A week in the life: our first quarter on Agora";
    /** What she says, one caption per sentence. */
    static final List<String> SCRIPT = List.of(
            "Hello everyone, and welcome to the first of my weekly video blogs.",
            "This week I spent two days with our customer support team in Lisbon.",
            "Their new onboarding checklist cut first response times by a third.",
            "Next week we open the roadmap review to every department.",
            "Bring your questions to the live session on Thursday, and vote for the ones you care about.",
            "Thank you for everything you do. See you next week.");
    private static final Logger LOG = Logger.getLogger(DemoVideo.class.getName());
    private static final float PAUSE_SECONDS = 0.5f;

    @PersistenceContext
    EntityManager em;

    @Inject
    VideoFiles files;

    @Inject
    FilmProbe probe;

    /** The video's post, or nothing when the tools are missing or fail. */
    List<Post> publish(Employee executive, Instant publishedAt) {
        Path work = null;
        try {
            work = Files.createTempDirectory("agora-demo-video");
            StringBuilder captions = new StringBuilder("WEBVTT\n");
            Path speech = speak(work, captions);
            Path film = work.resolve("film.mp4");
            if (speech == null || !encode(speech, film)) {
                LOG.info("ffmpeg or espeak-ng is not installed: the demo company has no video");
                return List.of();
            }
            Post post = new Post(executive, null, PostBody.fromUserInput("Every week, a few minutes on what I saw, "
                    + "what I learned and what comes next. This week: Lisbon, onboarding and the roadmap review."), publishedAt);
            post.markAs(PostKind.VIDEO, false, null);
            em.persist(post);
            post.tag(Set.of(), Set.of("leadership", "roadmap"));
            Long durationMs = probe.durationMs(film);
            Path poster = files.newPoster();
            boolean hasPoster = probe.poster(film, durationMs, poster);
            Video video = new Video(post, TITLE, "week-in-the-life.mp4", "video/mp4", Files.size(film), durationMs,
                    hasPoster, captions.toString(), executive.getId());
            em.persist(video);
            Files.move(film, files.film(video.getId()));
            if (hasPoster) {
                Files.move(poster, files.poster(video.getId()));
            } else {
                AfterCommit.deleteQuietly(poster);
            }
            return List.of(post);
        } catch (IOException | UnsupportedAudioFileException e) {
            LOG.warning(() -> "Could not make the demo video: " + e);
            return List.of();
        } finally {
            deleteTree(work);
        }
    }

    /** Each sentence spoken, then a pause, as one WAV; the captions get each sentence's time. Null without espeak-ng. */
    private static Path speak(Path work, StringBuilder captions) throws IOException, UnsupportedAudioFileException {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        AudioFormat format = null;
        double at = 0.5;
        for (int i = 0; i < SCRIPT.size(); i++) {
            Path sentence = work.resolve("sentence-" + i + ".wav");
            if (!run(List.of("espeak-ng", "-v", "en-gb", "-s", "150", "-w", sentence.toString(), SCRIPT.get(i)))) {
                return null;
            }
            try (AudioInputStream audio = AudioSystem.getAudioInputStream(sentence.toFile())) {
                format = audio.getFormat();
                if (i == 0) {
                    pcm.write(new byte[silence(format, 0.5f)]);
                }
                byte[] said = audio.readAllBytes();
                pcm.write(said);
                pcm.write(new byte[silence(format, PAUSE_SECONDS)]);
                double seconds = said.length / (double) (format.getFrameSize() * format.getFrameRate());
                captions.append('\n').append(timestamp(at)).append(" --> ").append(timestamp(at + seconds)).append('\n')
                        .append(SCRIPT.get(i)).append('\n');
                at += seconds + PAUSE_SECONDS;
            }
        }
        Path speech = work.resolve("speech.wav");
        byte[] bytes = pcm.toByteArray();
        try (AudioInputStream all = new AudioInputStream(new ByteArrayInputStream(bytes), format,
                bytes.length / format.getFrameSize())) {
            AudioSystem.write(all, AudioFileFormat.Type.WAVE, speech.toFile());
        }
        return speech;
    }

    private static boolean encode(Path speech, Path film) {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc2=size=960x540:rate=25", "-i", speech.toString()));
        Path font = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
        if (Files.exists(font)) {
            command.addAll(List.of("-vf", "drawbox=y=ih-120:w=iw:h=120:color=black@0.55:t=fill,"
                    + "drawtext=fontfile=" + font + ":text='A week in the life':fontcolor=white:fontsize=44:x=40:y=h-95,"
                    + "drawtext=fontfile=" + font + ":text='Helena Virtanen, Chief Executive':fontcolor=white@0.85:"
                    + "fontsize=26:x=40:y=h-42"));
        }
        command.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "28", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "96k", "-shortest", "-movflags", "+faststart", film.toString()));
        return run(command);
    }

    private static int silence(AudioFormat format, float seconds) {
        return Math.round(format.getFrameRate() * seconds) * format.getFrameSize();
    }

    private static String timestamp(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format("%02d:%02d.%03d", millis / 60_000, millis / 1000 % 60, millis % 1000);
    }

    private static boolean run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path directory) {
        if (directory == null) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(AfterCommit::deleteQuietly);
        } catch (IOException e) {
            LOG.fine(() -> "Could not clean up " + directory + ": " + e);
        }
    }
}

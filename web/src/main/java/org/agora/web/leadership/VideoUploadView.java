package org.agora.web.leadership;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.agora.people.PersonSummary;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.video.Captions;
import org.agora.video.VideoChannel;
import org.agora.video.VideoDraft;
import org.agora.video.VideoView;
import org.agora.web.faces.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backs the upload page: the film goes up in pieces from the browser (video-upload.js) while the publisher writes the
 * title and description; publishing then needs only the upload's id. A refusal keeps everything typed and uploaded.
 */
@Named
@ViewScoped
public class VideoUploadView implements Serializable {

    @Inject
    VideoChannel channel;

    @Inject
    @ConfigProperty(name = "agora.videos.max-mb", defaultValue = "2048")
    long maxMegabytes;

    private List<PersonSummary> channels;
    private Long executiveId;
    private String uploadId;
    private String title;
    private String description;
    private String tags;
    private transient Part captions;
    private String captionsVtt;
    private String captionsName;

    public List<PersonSummary> getChannels() {
        if (channels == null) {
            channels = channel.channelsICanPublishTo();
            if (executiveId == null && !channels.isEmpty()) {
                executiveId = channels.get(0).id();
            }
        }
        return channels;
    }

    public String publish() {
        try {
            readCaptions();
            if (uploadId == null || uploadId.isBlank()) {
                throw new InvalidInputException("Choose the video file first, and wait until it has uploaded.");
            }
            VideoView video = channel.publish(new VideoDraft(uploadId, executiveId, title,
                    description, tags, captionsVtt));
            return "/leadership/video?faces-redirect=true&id=" + video.id();
        } catch (InvalidInputException | NotAllowedException e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    /** A captions file chosen now replaces one read before; it is checked here, so a mistake shows before publishing. */
    private void readCaptions() {
        if (captions == null || captions.getSize() == 0) {
            return;
        }
        if (captions.getSize() > Captions.MAX_CHARACTERS * 4L) {
            throw new InvalidInputException("The captions file is too large for captions.");
        }
        try (InputStream bytes = captions.getInputStream()) {
            String vtt = new String(bytes.readAllBytes(), StandardCharsets.UTF_8);
            Captions.parse(vtt);
            captionsVtt = vtt;
            captionsName = captions.getSubmittedFileName();
        } catch (IOException e) {
            throw new InvalidInputException("The captions file could not be read; choose it again.");
        } finally {
            captions = null;
        }
    }

    public void dropCaptions() {
        captionsVtt = null;
        captionsName = null;
    }

    public String getMaxSize() {
        return maxMegabytes % 1024 == 0 ? maxMegabytes / 1024 + " GiB" : maxMegabytes + " MiB";
    }

    public long getMaxBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    public boolean isExecutiveChoice() {
        return getChannels().size() > 1;
    }

    public boolean isAllowed() {
        return !getChannels().isEmpty();
    }

    public String apiBase() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1";
    }

    public Long getExecutiveId() {
        return executiveId;
    }

    public void setExecutiveId(Long executiveId) {
        this.executiveId = executiveId;
    }

    public String getUploadId() {
        return uploadId;
    }

    public void setUploadId(String uploadId) {
        this.uploadId = uploadId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Part getCaptions() {
        return captions;
    }

    public void setCaptions(Part captions) {
        this.captions = captions;
    }

    public String getCaptionsName() {
        return captionsName;
    }
}

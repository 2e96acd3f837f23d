package org.agora.web.api;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.agora.web.api.problem.ProblemMappers;
import org.agora.web.api.v1.AccountsResource;
import org.agora.web.api.v1.AttachmentsResource;
import org.agora.web.api.v1.AuditResource;
import org.agora.web.api.v1.DigestsResource;
import org.agora.web.api.v1.ExpertiseResource;
import org.agora.web.api.v1.GroupsResource;
import org.agora.web.api.v1.LiveSessionsResource;
import org.agora.web.api.v1.MentionsResource;
import org.agora.web.api.v1.ModerationResource;
import org.agora.web.api.v1.NotificationsResource;
import org.agora.web.api.v1.PeopleImportResource;
import org.agora.web.api.v1.PeopleResource;
import org.agora.web.api.v1.PostsResource;
import org.agora.web.api.v1.RecognitionsResource;
import org.agora.web.api.v1.SearchReindexResource;
import org.agora.web.api.v1.SearchResource;
import org.agora.web.api.v1.SuggestionsResource;
import org.agora.web.api.v1.TokensResource;
import org.agora.web.api.v1.VideoUploadsResource;
import org.agora.web.api.v1.VideosResource;

/**
 * Agora's REST API, protected by the same sign-in as the pages (HTTP Basic for scripts).
 * <p>
 * It lists its resources and providers because the WAR holds a second application, the SCIM service: RESTEasy gives
 * an application that lists nothing every resource and provider it finds, SCIM's included. {@code
 * JaxRsApplicationsTest} fails when a class in this package is missing here.
 */
@ApplicationPath("/api")
public class AgoraApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                HealthResource.class,
                AccountsResource.class,
                AttachmentsResource.class,
                AuditResource.class,
                DigestsResource.class,
                ExpertiseResource.class,
                GroupsResource.class,
                LiveSessionsResource.class,
                MentionsResource.class,
                ModerationResource.class,
                NotificationsResource.class,
                PeopleImportResource.class,
                PeopleResource.class,
                PostsResource.class,
                RecognitionsResource.class,
                SearchReindexResource.class,
                SearchResource.class,
                SuggestionsResource.class,
                TokensResource.class,
                VideosResource.class,
                VideoUploadsResource.class,
                SignedInCallers.class,
                ServerTiming.class,
                ProblemMappers.InvalidInput.class,
                ProblemMappers.TooLarge.class,
                ProblemMappers.NotFound.class,
                ProblemMappers.NotAllowed.class,
                ProblemMappers.AccessDenied.class,
                ProblemMappers.ReindexRunning.class,
                ProblemMappers.SearchUnavailable.class,
                ProblemMappers.UploadOutOfStepMapper.class,
                ProblemMappers.Protocol.class,
                ProblemMappers.UnreadableBody.class,
                ProblemMappers.Unexpected.class);
    }
}

package org.agora.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Agora's REST API, protected by the same sign-in as the pages (HTTP Basic for scripts). */
@ApplicationPath("/api")
public class AgoraApi extends Application {
}

package org.agora.web.api.v1;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditEvent;
import org.agora.audit.AuditLog;
import org.agora.shared.InvalidInputException;

/** The audit log for administrators: {@code GET /api/v1/audit?action=ACCOUNT_LOCKED&first=0&max=50}, newest first. */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    public record Entry(long id, String occurredAt, String action, String actor, String subject, String details,
                        String remoteAddress) {
        static Entry of(AuditEvent event) {
            return new Entry(event.getId(), event.getOccurredAt().toString(), event.getAction().name(), event.getActor(),
                    event.getSubject(), event.getDetails(), event.getRemoteAddress());
        }
    }

    @GET
    public List<Entry> recent(@QueryParam("action") String action, @QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1) {
            throw new InvalidInputException("first must be 0 or more and max 1 or more.");
        }
        return log.recent(parse(action), first, max).stream().map(Entry::of).toList();
    }

    private static AuditAction parse(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown action \"" + action + "\": use one of " + List.of(AuditAction.values()) + ".");
        }
    }
}

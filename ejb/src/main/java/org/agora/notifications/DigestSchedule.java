package org.agora.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the e-mail digests once a day at {@code agora.digest.hour} (server time, 7 by default). The timer is not
 * persistent: every node has its own, and the claim in the database makes sure each digest leaves only once.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestSchedule {

    /** A node whose timer fires a little later than another's does not send a second digest the same day. */
    static final Duration AT_MOST_ONCE_IN = Duration.ofHours(12);
    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DailyDigests digests;

    @Inject
    @ConfigProperty(name = "agora.digest.hour", defaultValue = "7")
    int hour;

    @PostConstruct
    void schedule() {
        if (hour < 0 || hour > 23) {
            throw new IllegalStateException("agora.digest.hour must be an hour of the day, 0 to 23, not " + hour);
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(0).second(0),
                new TimerConfig("Daily e-mail digest", false));
        LOG.info(() -> "E-mail digests go out every day at " + hour + ":00 server time");
    }

    @Timeout
    void sendDigests() {
        digests.sendDue(Instant.now().minus(AT_MOST_ONCE_IN));
    }
}

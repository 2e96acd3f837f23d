package org.agora.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.people.Employee;
import org.agora.recognition.RecognitionGiven;

/**
 * Tells the people recognised, and their managers, in the transaction that gives the recognition. A manager hears once
 * per recognition, naming all their reports in it, and not at all when they gave it or are recognised in it too.
 */
@ApplicationScoped
public class RecognitionNotices {

    private static final int MAX_DETAIL = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Notices notices;

    void onRecognitionGiven(@Observes RecognitionGiven given) {
        String badge = "\u201C" + given.badgeName() + "\u201D";
        List<Employee> recipients = em.createQuery("select e from Employee e left join fetch e.manager where e.id in :ids",
                        Employee.class)
                .setParameter("ids", given.recipientIds())
                .getResultList();
        Map<Employee, List<String>> reportsByManager = new LinkedHashMap<>();
        for (Employee recipient : recipients) {
            notices.store(new Notification(recipient.getId(), NotificationKind.RECOGNISED, given.giverId(), badge,
                    given.recognitionId()));
            Employee manager = recipient.getManager();
            if (manager != null && manager.isActive() && manager.getId() != given.giverId()
                    && !given.recipientIds().contains(manager.getId())) {
                reportsByManager.computeIfAbsent(manager, m -> new ArrayList<>()).add(recipient.getFullName());
            }
        }
        reportsByManager.forEach((manager, reports) -> {
            String detail = String.join(" and ", reports) + (reports.size() == 1 ? ", who reports" : ", who report")
                    + " to you, with " + badge;
            notices.store(new Notification(manager.getId(), NotificationKind.REPORT_RECOGNISED, given.giverId(),
                    detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail,
                    given.recognitionId()));
        });
    }
}

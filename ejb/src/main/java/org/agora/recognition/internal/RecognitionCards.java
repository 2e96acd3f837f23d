package org.agora.recognition.internal;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.feed.PostView;
import org.agora.people.Employee;
import org.agora.recognition.BadgeView;
import org.agora.recognition.RecognisedPerson;
import org.agora.recognition.Recipient;
import org.agora.recognition.Recognition;
import org.agora.recognition.RecognitionKind;
import org.agora.recognition.RecognitionView;

/** Turns recognitions into what the feed shows, loading the people they name in one query. */
@ApplicationScoped
class RecognitionCards {

    @PersistenceContext
    EntityManager em;

    List<RecognitionView> views(List<Recognition> recognitions) {
        Set<Long> recipientIds = recognitions.stream()
                .flatMap(recognition -> recognition.getRecipients().stream())
                .map(Recipient::employeeId)
                .collect(Collectors.toSet());
        Map<Long, Employee> people = new HashMap<>();
        if (!recipientIds.isEmpty()) {
            em.createQuery("select e from Employee e where e.id in :ids", Employee.class)
                    .setParameter("ids", recipientIds)
                    .getResultStream()
                    .forEach(employee -> people.put(employee.getId(), employee));
        }
        return recognitions.stream().map(recognition -> view(recognition, people)).toList();
    }

    private static RecognitionView view(Recognition recognition, Map<Long, Employee> people) {
        List<Employee> recipients = recognition.getRecipients().stream()
                .map(recipient -> people.get(recipient.employeeId()))
                .sorted(Comparator.comparing(Employee::getFullName))
                .toList();
        int years = 0;
        if (recognition.getKind() == RecognitionKind.ANNIVERSARY && !recipients.isEmpty()
                && recipients.get(0).getHireDate() != null) {
            years = recognition.getCreatedAt().atZone(ZoneId.systemDefault()).getYear()
                    - recipients.get(0).getHireDate().getYear();
        }
        return new RecognitionView(PostView.of(recognition.getPost()), recognition.getKind(),
                recognition.getBadge() == null ? null : BadgeView.of(recognition.getBadge(), null, true),
                recognition.getGiver() == null ? null : person(recognition.getGiver()),
                recipients.stream().map(RecognitionCards::person).toList(), recognition.getVisibility(), years);
    }

    static RecognisedPerson person(Employee employee) {
        return new RecognisedPerson(employee.getId(), employee.getFullName(), employee.initials());
    }
}

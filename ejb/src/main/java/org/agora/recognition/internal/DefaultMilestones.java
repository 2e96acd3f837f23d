package org.agora.recognition.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.identity.Role;
import org.agora.recognition.Milestones;
import org.agora.recognition.RecognitionKind;
import org.agora.shared.InvalidInputException;

@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class DefaultMilestones implements Milestones {

    private static final String MILESTONES = "Milestone posts are";

    @PersistenceContext
    EntityManager em;

    @Inject
    HumanResources hr;

    @Inject
    MilestonePosts posts;

    @Override
    public int postDue() {
        hr.requireHr(MILESTONES);
        return posts.postFor(LocalDate.now());
    }

    @Override
    public Map<RecognitionKind, Boolean> settings() {
        hr.requireHr(MILESTONES);
        Map<RecognitionKind, Boolean> settings = new EnumMap<>(RecognitionKind.class);
        for (Object row : em.createNativeQuery("select kind, enabled from milestone_setting").getResultList()) {
            Object[] columns = (Object[]) row;
            settings.put(RecognitionKind.valueOf((String) columns[0]), (Boolean) columns[1]);
        }
        return settings;
    }

    @Override
    public void switchKind(RecognitionKind kind, boolean on) {
        hr.requireHr(MILESTONES);
        if (kind == null || kind == RecognitionKind.BADGE) {
            throw new InvalidInputException("Milestones are ANNIVERSARY or WELCOME.");
        }
        em.createNativeQuery("update milestone_setting set enabled = ?1 where kind = ?2")
                .setParameter(1, on).setParameter(2, kind.name()).executeUpdate();
    }
}

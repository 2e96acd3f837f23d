package org.agora.web.leadership;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.people.PeopleDirectory;
import org.agora.people.PersonSummary;

/** Backs the leadership page: the executives. */
@Named
@RequestScoped
public class LeadershipView {

    @Inject
    PeopleDirectory directory;

    private List<PersonSummary> executives;

    public List<PersonSummary> getExecutives() {
        if (executives == null) {
            executives = directory.executives();
        }
        return executives;
    }
}

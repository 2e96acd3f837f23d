package org.agora.web.people;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.people.PeopleDirectory;
import org.agora.people.PersonSummary;

/** Backs the people directory: every active colleague, filtered in the table. */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    @Inject
    PeopleDirectory directory;

    private List<PersonSummary> people;
    private List<PersonSummary> filtered;

    @PostConstruct
    void load() {
        people = directory.activeEmployees();
    }

    public String expertiseText(PersonSummary person) {
        return String.join(" ", person.expertise());
    }

    public List<PersonSummary> getPeople() {
        return people;
    }

    public List<PersonSummary> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<PersonSummary> filtered) {
        this.filtered = filtered;
    }
}

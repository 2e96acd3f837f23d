package org.agora.web.people;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.people.PeopleDirectory;
import org.agora.people.PersonSummary;
import org.agora.search.PeopleResults;
import org.agora.search.PeopleSearch;

/** Backs the people directory: every active colleague, filtered in the table. */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    @Inject
    PeopleDirectory directory;

    @Inject
    PeopleSearch peopleSearch;

    private List<PersonSummary> people;
    private List<PersonSummary> filtered;
    private List<String> locations;
    private List<String> departments;
    private String topic;
    private String location;
    private String department;
    private PeopleResults experts;

    @PostConstruct
    void load() {
        people = directory.activeEmployees();
        locations = people.stream().map(PersonSummary::location).filter(Objects::nonNull)
                .flatMap(place -> Stream.of(place.split(", "))).distinct().sorted().toList();
        departments = people.stream().map(PersonSummary::department).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** "Who knows X?" with the chosen place and department. */
    public void findExperts() {
        experts = peopleSearch.whoKnows(topic, location, department, 0);
    }

    public PeopleResults getExperts() {
        return experts;
    }

    public List<String> getLocations() {
        return locations;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
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

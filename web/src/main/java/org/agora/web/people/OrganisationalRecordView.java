package org.agora.web.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.people.Organisation;
import org.agora.people.OrganisationalRecord;
import org.agora.people.PeopleDirectory;
import org.agora.people.PersonSummary;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;
import org.primefaces.PrimeFaces;

/**
 * HR's edit form on a profile: title, department, place, manager and hire date, and deactivation. Shown only to
 * HR and administrators; the {@link Organisation} service checks the role again for every change.
 */
@Named
@ViewScoped
public class OrganisationalRecordView implements Serializable {

    @Inject
    Organisation organisation;

    @Inject
    PeopleDirectory directory;

    private long employeeId;
    private String title;
    private String department;
    private String city;
    private String country;
    private PersonSummary manager;
    private boolean topOfCompany;
    private LocalDate hireDate;

    /** Fills the form with the employee's record as it stands. */
    public void edit(long employeeId) {
        this.employeeId = employeeId;
        OrganisationalRecord record = organisation.record(employeeId);
        title = record.title();
        department = record.department();
        city = record.city();
        country = record.country();
        manager = record.managerId() == null ? null : directory.summary(record.managerId());
        topOfCompany = manager == null;
        hireDate = record.hireDate();
    }

    /** Saves the form; a refusal (a manager cycle, a field too long) keeps what HR typed and the dialog open. */
    public void save() {
        if (manager == null && !topOfCompany) {
            // a half-typed name is cleared by the picker; never read that as "reports to nobody"
            Messages.error("Choose the manager from the suggestions, or tick \"Top of the company\".");
            return;
        }
        try {
            organisation.updateRecord(employeeId, new OrganisationalRecord(title, department, city, country,
                    manager == null ? null : manager.id(), hireDate));
            Messages.info("The organisational record is saved.");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void deactivate(long id) {
        try {
            organisation.deactivate(id);
            Messages.info("The employee is deactivated: they can no longer sign in and are hidden from search. "
                    + "Their posts stay.");
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void reactivate(long id) {
        try {
            organisation.reactivate(id);
            Messages.info("The employee is active again and can sign in.");
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Typeahead for the manager field. */
    public List<PersonSummary> suggestManagers(String typed) {
        return directory.suggest(typed, 10).stream().filter(person -> person.id() != employeeId).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public PersonSummary getManager() {
        return manager;
    }

    public void setManager(PersonSummary manager) {
        this.manager = manager;
    }

    public boolean isTopOfCompany() {
        return topOfCompany;
    }

    public void setTopOfCompany(boolean topOfCompany) {
        this.topOfCompany = topOfCompany;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }
}

package org.agora.people;

import java.time.LocalDate;

import org.agora.shared.InvalidInputException;

import static org.agora.people.TypedText.limited;

/**
 * Where an employee sits in the company, as HR keeps it: title, department, place of work, manager and hire date.
 *
 * @param managerId null for the top of the company
 */
public record OrganisationalRecord(String title, String department, String city, String country, Long managerId,
                                   LocalDate hireDate) {

    static final int MAX_TITLE = 200;
    static final int MAX_DEPARTMENT = 120;
    static final int MAX_PLACE = 120;

    /** Trims what was typed and refuses what does not fit, with a message for HR. */
    public OrganisationalRecord validated() {
        String cleanCity = limited(city, MAX_PLACE, "A city");
        String cleanCountry = limited(country, MAX_PLACE, "A country");
        if (hireDate != null && hireDate.isAfter(LocalDate.now().plusYears(1))) {
            throw new InvalidInputException("A hire date more than a year ahead is surely a typo: " + hireDate + ".");
        }
        return new OrganisationalRecord(limited(title, MAX_TITLE, "A title"),
                limited(department, MAX_DEPARTMENT, "A department"), cleanCity, cleanCountry, managerId, hireDate);
    }

    Location location() {
        return city == null && country == null ? null : new Location(city, country);
    }

    static OrganisationalRecord of(Employee employee) {
        Location location = employee.getLocation();
        return new OrganisationalRecord(employee.getTitle(), employee.getDepartment(),
                location == null ? null : location.city(), location == null ? null : location.country(),
                employee.getManager() == null ? null : employee.getManager().getId(), employee.getHireDate());
    }
}

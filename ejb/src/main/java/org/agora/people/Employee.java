package org.agora.people;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agora.shared.InvalidInputException;

/** A person who works at the company, with their place in the organisation and their declared expertise. */
@Entity
@Table(name = "employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_number", nullable = false, unique = true, length = 32)
    private String employeeNumber;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(length = 200)
    private String title;

    @Column(length = 120)
    private String department;

    @Embedded
    private Location location;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @Column(name = "hire_date")
    private LocalDate hireDate;

    private boolean active = true;

    @Column(length = 2000)
    private String bio;

    @Column(name = "ask_me_about", length = 200)
    private String askMeAbout;

    /** Comma-separated, as typed. */
    @Column(length = 200)
    private String languages;

    @Column(name = "time_zone", length = 60)
    private String timeZone;

    @Column(length = 40)
    private String phone;

    /** Null while the employee has no photo: pages show their initials. */
    @Column(name = "photo_version")
    private Long photoVersion;

    @ElementCollection
    @CollectionTable(name = "employee_expertise", joinColumns = @JoinColumn(name = "employee_id"))
    @Column(name = "tag", length = 80)
    private Set<String> expertise = new LinkedHashSet<>();

    @Version
    private long version;

    protected Employee() {
    }

    public Employee(String employeeNumber, String fullName, String email, String title, String department,
                    Location location, LocalDate hireDate) {
        this.employeeNumber = employeeNumber;
        takeHrRecord(fullName, email, title, department, location, hireDate);
    }

    /** Changes the manager; refuses a chain that would lead back to this employee. */
    public void reportTo(Employee newManager) {
        if (newManager != null && isSameAs(newManager)) {
            throw new InvalidInputException(fullName + " cannot be their own manager.");
        }
        // walk with getters: managers further up may be lazy proxies whose fields are not loaded
        for (Employee m = newManager; m != null; m = m.getManager()) {
            if (isSameAs(m)) {
                throw new InvalidInputException(fullName + " cannot report to " + newManager.fullName
                        + ", who already reports to them.");
            }
        }
        this.manager = newManager;
    }

    private boolean isSameAs(Employee other) {
        return other == this || (id != null && id.equals(other.getId()));
    }

    /** Replaces what the employee tells colleagues about themselves; the details must be validated. */
    public void describe(ProfileDetails details) {
        this.bio = details.bio();
        this.askMeAbout = details.askMeAbout();
        this.languages = details.languages().isEmpty() ? null : String.join(", ", details.languages());
        this.timeZone = details.timeZone();
        this.phone = details.phone();
    }

    public void photoChanged() {
        photoVersion = System.currentTimeMillis();
    }

    public Long getPhotoVersion() {
        return photoVersion;
    }

    public ProfileDetails details() {
        return new ProfileDetails(bio, askMeAbout, ProfileDetails.languagesFrom(languages), timeZone, phone);
    }

    /** Leaves the company: no longer listed or able to sign in; what they wrote stays, under their name. */
    public void deactivate() {
        active = false;
    }

    /** Takes what HR's system says about this employee; true if anything differed. */
    public boolean updateFromHr(String fullName, String email, String title, String department, Location location,
                                LocalDate hireDate) {
        boolean changed = !Objects.equals(this.fullName, fullName) || !Objects.equals(this.email, email)
                || !Objects.equals(this.title, title) || !Objects.equals(this.department, department)
                || !Objects.equals(this.location, location) || !Objects.equals(this.hireDate, hireDate);
        takeHrRecord(fullName, email, title, department, location, hireDate);
        return changed;
    }

    private void takeHrRecord(String fullName, String email, String title, String department, Location location,
                              LocalDate hireDate) {
        this.fullName = fullName;
        this.email = email;
        this.title = title;
        this.department = department;
        this.location = location;
        this.hireDate = hireDate;
    }

    /** The company's identity system gives the employee another number; the caller checks that it is free. */
    public void renumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    /** HR moves the employee: a new title, department, place of work or hire date. */
    public void reassign(String title, String department, Location location, LocalDate hireDate) {
        this.title = title;
        this.department = department;
        this.location = location;
        this.hireDate = hireDate;
    }

    /** Comes back to the company: listed again; their account is a separate matter. */
    public void reactivate() {
        active = true;
    }

    /** Adds a topic, already in its canonical form (see {@link ExpertiseTag}). */
    public void declareExpertise(String canonicalTag) {
        expertise.add(canonicalTag);
    }

    public void withdrawExpertise(String canonicalTag) {
        expertise.remove(canonicalTag);
    }

    /** Up to two letters for the avatar shown when there is no photo. */
    public String initials() {
        String[] parts = fullName.trim().split("\\s+");
        String first = parts[0].substring(0, 1);
        return parts.length == 1 ? first.toUpperCase(Locale.ROOT)
                : (first + parts[parts.length - 1].charAt(0)).toUpperCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getTitle() {
        return title;
    }

    public String getDepartment() {
        return department;
    }

    public Location getLocation() {
        return location;
    }

    public Employee getManager() {
        return manager;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getExpertise() {
        return Set.copyOf(expertise);
    }
}

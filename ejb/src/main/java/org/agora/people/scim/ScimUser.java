package org.agora.people.scim;

import java.util.Locale;

import org.agora.identity.Account;
import org.agora.people.EmailAddresses;
import org.agora.people.Employee;

/**
 * What a SCIM User says about an employee and their account, in Agora's terms.
 *
 * @param employeeNumber SCIM's externalId and the enterprise employeeNumber alike (see {@link UserDraft})
 * @param managerId      the manager's employee id, which is their SCIM id; null for nobody
 * @param active         whether the account is open
 */
record ScimUser(String userName, String employeeNumber, String fullName, String email, String title,
                String department, Long managerId, boolean active) {

    static final int MAX_USER_NAME = 80;
    static final int MAX_EMPLOYEE_NUMBER = 32;
    static final int MAX_FULL_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_TITLE = 200;
    static final int MAX_DEPARTMENT = 120;

    /** A user not yet created: active, and nothing else known. */
    static final ScimUser NEW = new ScimUser(null, null, null, null, null, null, null, true);

    static ScimUser of(Account account) {
        Employee employee = account.getEmployee();
        return new ScimUser(account.getUsername(), employee.getEmployeeNumber(), employee.getFullName(),
                employee.getEmail(), employee.getTitle(), employee.getDepartment(),
                employee.getManager() == null ? null : employee.getManager().getId(), account.isEnabled());
    }

    /** This user without what a PUT must repeat to keep: what an employee may lack. */
    ScimUser withoutOptionalAttributes() {
        return new ScimUser(userName, employeeNumber, fullName, email, null, null, null, active);
    }

    ScimUser deactivated() {
        return new ScimUser(userName, employeeNumber, fullName, email, title, department, managerId, false);
    }

    /** Refuses what Agora cannot store, in words for the administrator reading the identity provider's log. */
    ScimUser validated() {
        required(userName, "userName");
        limited(userName, MAX_USER_NAME, "userName");
        if (userName.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == ':')) {
            // the userName is what the employee signs in with, and HTTP Basic credentials cannot carry a colon
            throw ScimException.invalidValue("userName \"" + userName + "\" may not contain spaces or a colon.");
        }
        if (employeeNumber == null) {
            throw ScimException.invalidValue("Agora identifies employees by their employee number: send it as externalId "
                    + "or as the enterprise extension's employeeNumber.");
        }
        limited(employeeNumber, MAX_EMPLOYEE_NUMBER, "The employee number (externalId)");
        required(fullName, "A name (name.formatted, name.givenName and name.familyName, or displayName)");
        limited(fullName, MAX_FULL_NAME, "The name");
        required(email, "An e-mail address (emails)");
        limited(email, MAX_EMAIL, "The e-mail address");
        if (!EmailAddresses.isValid(email.toLowerCase(Locale.ROOT))) {
            throw ScimException.invalidValue("\"" + email + "\" is not a valid e-mail address.");
        }
        limited(title, MAX_TITLE, "The title");
        limited(department, MAX_DEPARTMENT, "The department");
        return this;
    }

    private static void required(String value, String what) {
        if (value == null) {
            throw ScimException.invalidValue(what + " is required.");
        }
    }

    private static void limited(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw ScimException.invalidValue(what + " can be at most %d characters; \"%s\" has %d."
                    .formatted(max, value, value.length()));
        }
    }
}

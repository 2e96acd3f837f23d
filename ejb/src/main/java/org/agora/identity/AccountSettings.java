package org.agora.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditLog;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;

/** What employees change about their own account: the password. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class AccountSettings {

    public static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    @Inject
    CallerCredentials credentials;

    /**
     * Changes the caller's password after checking the current one, so a session left open on a shared screen
     * cannot take the account over.
     */
    public void changePassword(char[] current, char[] replacement) {
        if (credentials.isToken()) {
            throw new NotAllowedException("A password is changed signed in with the password, not with a token.");
        }
        try {
            Account account = em.createQuery("select a from Account a where a.employee.id = :me", Account.class)
                    .setParameter("me", currentEmployee.id())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getSingleResult();
            if (current == null || !passwords.matches(current, account.getPasswordHash())) {
                throw new InvalidInputException("Your current password is not right.");
            }
            if (replacement == null || replacement.length < MIN_PASSWORD || replacement.length > MAX_PASSWORD) {
                throw new InvalidInputException("Choose a new password of " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
            }
            String candidate = new String(replacement).toLowerCase(Locale.ROOT);
            if (candidate.contains(account.getUsername().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("The new password must not contain your username.");
            }
            if (passwords.matches(replacement, account.getPasswordHash())) {
                throw new InvalidInputException("The new password must differ from the current one.");
            }
            account.changePassword(passwords.hash(replacement), Instant.now());
            audit.record(AuditAction.PASSWORD_CHANGED, account.getUsername(), null);
        } finally {
            if (current != null) {
                Arrays.fill(current, '\0');
            }
            if (replacement != null) {
                Arrays.fill(replacement, '\0');
            }
        }
    }
}

package org.agora.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditLog;

/**
 * Checks a username and password for every way in (the sign-in page and HTTP Basic), counts wrong passwords and
 * locks the account for a while after too many, and writes each attempt to the audit log.
 */
@Stateless
@PermitAll
public class SignIns {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    /**
     * Checks HTTP Basic credentials, sent with every call, so a right password costs no write: neither the account nor
     * the audit log changes. A wrong one is counted under a row lock, so parallel guesses are all counted.
     * An unknown username costs the same bcrypt check as a known one, so timing does not tell them apart.
     */
    public SignInOutcome attempt(String username, char[] password) {
        String name = username == null ? "" : username.strip();
        try {
            Account account = em.createQuery("select a from Account a where a.username = :username", Account.class)
                    .setParameter("username", name)
                    .getResultStream().findFirst().orElse(null);
            Instant now = Instant.now();
            if (account == null) {
                passwords.matches(password, passwords.unmatchableHash());
                audit.recordAs(null, AuditAction.SIGN_IN_FAILED, clip(name), "unknown username");
                return SignInOutcome.rejected(name);
            }
            if (!account.isLockedAt(now) && account.isEnabled() && passwords.matches(password, account.getPasswordHash())) {
                if (account.hasFailedSignIns()) {
                    em.lock(account, LockModeType.PESSIMISTIC_WRITE);
                    account.signedIn();
                }
                return SignInOutcome.accepted(name);
            }
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
            return refused(account, now);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The sign-in page lets the login realm check the password (so the session is the server's own); these record
     * what it found. Locked accounts are refused before the realm is asked, and by the realm itself.
     */
    public Instant lockedUntil(String username) {
        return em.createQuery("select a.lockedUntil from Account a where a.username = :username", Instant.class)
                .setParameter("username", username == null ? "" : username.strip())
                .getResultStream().filter(until -> until != null && until.isAfter(Instant.now()))
                .findFirst().orElse(null);
    }

    public void succeeded(String username) {
        String name = username.strip();
        // Only an account with failures to forget is locked and written, as for HTTP Basic
        em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", name)
                .getResultStream().findFirst()
                .filter(Account::hasFailedSignIns)
                .ifPresent(account -> {
                    em.lock(account, LockModeType.PESSIMISTIC_WRITE);
                    account.signedIn();
                });
        audit.recordAs(name, AuditAction.SIGNED_IN, name, "sign-in page");
    }

    /** Counts a refused sign-in; an unknown username pays a bcrypt check, as a known one did in the realm. */
    public SignInOutcome failed(String username) {
        String name = username == null ? "" : username.strip();
        Account account = em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (account == null) {
            passwords.matches(new char[] {'x'}, passwords.unmatchableHash());
            audit.recordAs(null, AuditAction.SIGN_IN_FAILED, clip(name), "unknown username");
            return SignInOutcome.rejected(name);
        }
        return refused(account, Instant.now());
    }

    private SignInOutcome refused(Account account, Instant now) {
        String name = account.getUsername();
        if (account.isLockedAt(now)) {
            audit.recordAs(name, AuditAction.SIGN_IN_FAILED, name, "account locked");
            return SignInOutcome.locked(name, account.getLockedUntil());
        }
        if (!account.isEnabled()) {
            audit.recordAs(name, AuditAction.SIGN_IN_FAILED, name, "account closed");
            return SignInOutcome.rejected(name);
        }
        if (account.failedSignIn(MAX_FAILURES, now.plus(LOCK_DURATION))) {
            audit.recordAs(name, AuditAction.ACCOUNT_LOCKED, name,
                    MAX_FAILURES + " wrong passwords in a row; locked for " + LOCK_DURATION.toMinutes() + " minutes");
            return SignInOutcome.locked(name, account.getLockedUntil());
        }
        audit.recordAs(name, AuditAction.SIGN_IN_FAILED, name, "wrong password");
        return SignInOutcome.rejected(name);
    }

    private static String clip(String username) {
        return username.length() <= 80 ? username : username.substring(0, 80);
    }
}

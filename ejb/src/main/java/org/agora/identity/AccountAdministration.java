package org.agora.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditLog;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;

/** Administrators assign roles and unlock accounts. */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class AccountAdministration {

    static final int MAX_RESULTS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /**
     * Accounts whose username or employee name contains {@code query}; without a query, everyone who holds more
     * than the EMPLOYEE role, and locked accounts, since those are the ones an administrator looks after.
     */
    public List<AccountSummary> find(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Account> accounts = q.isEmpty()
                ? em.createQuery("""
                        select distinct a from Account a join fetch a.employee left join a.roles r
                        where r <> org.agora.identity.Role.EMPLOYEE or a.lockedUntil > :now
                        order by a.username""", Account.class)
                        .setParameter("now", Instant.now())
                        .setMaxResults(MAX_RESULTS).getResultList()
                : em.createQuery("""
                        select a from Account a join fetch a.employee
                        where lower(a.username) like :q or lower(a.employee.fullName) like :q order by a.username""", Account.class)
                        .setParameter("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                        .setMaxResults(MAX_RESULTS).getResultList();
        return accounts.stream().map(AccountAdministration::summary).toList();
    }

    /** Gives the account exactly {@code roles} (EMPLOYEE always stays). The last administrator keeps ADMIN. */
    public AccountSummary assignRoles(long accountId, Set<Role> roles) {
        Account account = lockedAccount(accountId);
        Set<Role> granted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        Set<Role> before = account.getRoles();
        if (before.contains(Role.ADMIN) && !granted.contains(Role.ADMIN) && administrators() <= 1) {
            throw new InvalidInputException(account.getUsername() + " is the only administrator; make someone else "
                    + "an administrator first.");
        }
        if (account.grant(granted)) {
            audit.record(AuditAction.ROLES_CHANGED, account.getUsername(), names(before) + " → " + names(account.getRoles()));
        }
        return summary(account);
    }

    public AccountSummary unlock(long accountId) {
        Account account = lockedAccount(accountId);
        if (account.isLockedAt(Instant.now())) {
            account.unlock();
            audit.record(AuditAction.ACCOUNT_UNLOCKED, account.getUsername(), null);
        }
        return summary(account);
    }

    private Account lockedAccount(long accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new NotFoundException("There is no account " + accountId + ".");
        }
        return account;
    }

    private long administrators() {
        return em.createQuery("select count(a) from Account a join a.roles r where r = org.agora.identity.Role.ADMIN "
                        + "and a.enabled = true", Long.class)
                .getSingleResult();
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.joining(", "));
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getEmployee().getId(),
                account.getEmployee().getFullName(), account.getEmployee().getTitle(), account.getRoles(),
                account.isEnabled(), account.getLockedUntil());
    }
}

package org.agora.identity;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The employee behind a caller's name. A password, a token or HTTP Basic sign in with the account's username;
 * company single sign-on signs in with the e-mail address the provider vouches for, which names the account of the
 * employee with that address, just as the server's roles query for single sign-on reads it.
 */
@ApplicationScoped
public class CallerAccounts {

    @PersistenceContext
    EntityManager em;

    /** The employee of the enabled account the name belongs to. */
    public Optional<Long> employeeIdOf(String callerName) {
        Optional<Long> byUsername = em.createQuery("""
                        select a.employee.id from Account a where a.username = :name and a.enabled = true""", Long.class)
                .setParameter("name", callerName)
                .getResultStream().findFirst();
        if (byUsername.isPresent() || callerName.indexOf('@') < 0) {
            return byUsername;
        }
        return em.createQuery("""
                        select a.employee.id from Account a
                        where lower(a.employee.email) = :email and a.enabled = true""", Long.class)
                .setParameter("email", callerName.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }
}

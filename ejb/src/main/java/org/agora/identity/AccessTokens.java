package org.agora.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditLog;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;

/**
 * Personal access tokens, made and revoked by their owner. The secret is 256 random bits shown once; the database
 * keeps its SHA-256 digest, which is enough for a secret that cannot be guessed (bcrypt would only slow every call).
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_ROLE)
public class AccessTokens {

    public static final String PREFIX = "agora_";
    static final int MAX_NAME = 80;
    static final int MAX_ACTIVE = 20;
    static final int MAX_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CurrentEmployee currentEmployee;

    @Inject
    AuditLog audit;

    @Inject
    CallerCredentials credentials;

    /** Makes a token for the caller; {@code days} null means it does not expire. */
    public CreatedToken create(String name, TokenScope scope, Integer days) {
        refuseTokens();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME) {
            throw new InvalidInputException("Name the token (up to " + MAX_NAME + " characters), so you can tell it apart later.");
        }
        if (scope == null) {
            throw new InvalidInputException("Choose what the token may do: read, or read and write.");
        }
        if (scope == TokenScope.SCIM && !session.isCallerInRole(Role.ADMIN_ROLE)) {
            throw new NotAllowedException("Only administrators make provisioning tokens.");
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new InvalidInputException("A token lasts from 1 to " + MAX_DAYS + " days, or until you revoke it.");
        }
        Account account = myAccount();
        Instant now = Instant.now();
        long active = em.createQuery("""
                        select count(t) from AccessToken t where t.account = :account and t.revokedAt is null
                        and (t.expiresAt is null or t.expiresAt > :now)""", Long.class)
                .setParameter("account", account)
                .setParameter("now", now)
                .getSingleResult();
        if (active >= MAX_ACTIVE) {
            throw new InvalidInputException("You have " + MAX_ACTIVE + " active tokens already; revoke one you no longer use.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        AccessToken token = new AccessToken(account, label, scope, digest(secret), secret.substring(0, PREFIX.length() + 4),
                days == null ? null : now.plus(Duration.ofDays(days)));
        em.persist(token);
        audit.record(AuditAction.TOKEN_CREATED, label, scope + (days == null ? ", no expiry" : ", " + days + " days"));
        return new CreatedToken(AccessTokenView.of(token), secret);
    }

    /** The caller's tokens, newest first, revoked and expired ones included. */
    public List<AccessTokenView> mine() {
        return em.createQuery("select t from AccessToken t where t.account.employee.id = :me order by t.createdAt desc, t.id desc",
                        AccessToken.class)
                .setParameter("me", currentEmployee.id())
                .getResultStream().map(AccessTokenView::of).toList();
    }

    /** Revokes one of the caller's tokens; anybody else's is "not found", so ids reveal nothing. */
    public void revoke(long tokenId) {
        refuseTokens();
        AccessToken token = em.find(AccessToken.class, tokenId);
        if (token == null || !token.getAccount().getEmployee().getId().equals(currentEmployee.id())) {
            throw new NotFoundException("You have no token " + tokenId + ".");
        }
        if (token.getRevokedAt() == null) {
            token.revoke(Instant.now());
            audit.record(AuditAction.TOKEN_REVOKED, token.getName(), token.getScope().toString());
        }
    }

    private void refuseTokens() {
        if (credentials.isToken()) {
            throw new NotAllowedException("Tokens are managed signed in with your password, not with a token.");
        }
    }

    private Account myAccount() {
        return em.createQuery("select a from Account a where a.employee.id = :me", Account.class)
                .setParameter("me", currentEmployee.id())
                .getSingleResult();
    }

    static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package org.agora.identity;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.spec.InvalidKeySpecException;
import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/** Hashes and checks passwords with bcrypt through Elytron, in modular crypt form. */
@ApplicationScoped
public class PasswordHashing {

    private static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile String unmatchableHash;

    public String hash(char[] password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            var spec = new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt));
            return ModularCrypt.encodeAsString(factory.generatePassword(spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /**
     * A hash of a random password nobody knows: for accounts that sign in some other way (single sign-on), and for
     * checks that must take as long as a real one. bcrypt is slow on purpose, so one hash serves this server.
     */
    public String unmatchableHash() {
        if (unmatchableHash == null) {
            char[] random = new char[32];
            for (int i = 0; i < random.length; i++) {
                random[i] = (char) ('a' + RANDOM.nextInt(26));
            }
            unmatchableHash = hash(random);
        }
        return unmatchableHash;
    }

    /** Whether {@code password} is the one {@code hash} was made from; false for a hash no password can match. */
    public boolean matches(char[] password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(),
                    WildFlyElytronPasswordProvider.getInstance());
            return factory.verify(factory.translate(stored), password);
        } catch (InvalidKeySpecException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }
}

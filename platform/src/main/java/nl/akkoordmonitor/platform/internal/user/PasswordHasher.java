package nl.akkoordmonitor.platform.internal.user;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.security.SecureRandom;

@Singleton
class PasswordHasher {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private final SecureRandom random = new SecureRandom();
    private final int cost;

    private final String unknownUserHash;

    PasswordHasher(@Value("${akkoordmonitor.security.bcrypt-cost:12}") int cost) {
        this.cost = cost;
        this.unknownUserHash = hash(generatePassword());
    }

    /** A hash of the same cost that no password matches: verified when the username is unknown. */
    String unknownUserHash() {
        return unknownUserHash;
    }

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    String generatePassword() {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}

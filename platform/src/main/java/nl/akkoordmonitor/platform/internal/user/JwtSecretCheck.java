package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * Refuses to start with a token secret shorter than 32 characters (256 bits for HS256): a short
 * secret can be guessed offline from one token, and then anyone can sign their own.
 */
@Context
class JwtSecretCheck {

    static final int MINIMUM_LENGTH = 32;
    /** For the operator starting the server, in the log: not an answer to a user. */
    private static final String TOO_SHORT = "AKKOORDMONITOR_JWT_SECRET is too short: it must be at least 32 characters "
            + "(for example: openssl rand -base64 48).";

    JwtSecretCheck(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        if (secret.length() < MINIMUM_LENGTH) {
            throw new ConfigurationException(TOO_SHORT);
        }
    }
}

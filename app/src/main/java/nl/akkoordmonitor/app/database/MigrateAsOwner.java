package nl.akkoordmonitor.app.database;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Runs the migrations as the owner of the schemas while the application itself connects as a role
 * that owns nothing (see the README, "Security"). Micronaut Flyway migrates with the application's
 * data source; this points Flyway at the same database with the owner's name and password instead.
 * Without {@code akkoordmonitor.database.migration.username} everything runs as the one configured user.
 */
@Singleton
@Named("default")
@Requires(property = "akkoordmonitor.database.migration.username")
class MigrateAsOwner implements FlywayConfigurationCustomizer {

    private final String url;
    private final String username;
    private final String password;

    MigrateAsOwner(@Value("${datasources.default.url}") String url,
                   @Value("${akkoordmonitor.database.migration.username}") String username,
                   @Value("${akkoordmonitor.database.migration.password:}") String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.dataSource(url, username, password);
    }

    @Override
    public String getName() {
        return "default";
    }
}

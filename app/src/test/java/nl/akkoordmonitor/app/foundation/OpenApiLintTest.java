package nl.akkoordmonitor.app.foundation;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lints the OpenAPI document the build made with Redocly CLI and its recommended rules
 * ({@code redocly.yaml} in the repository root turns off only what it gives a reason for): zero
 * errors and zero warnings, else the build fails.
 *
 * <p>Redocly is installed with {@code npm ci} from {@code src/test/openapi-lint}, whose lock file
 * pins its version; Node and npm come from {@code build/test-tools.sh}. The test never skips: without
 * Node, or without the npm registry, it fails and says so.
 */
class OpenApiLintTest {

    private static final String DOCUMENT = "META-INF/swagger/akkoordmonitor-0.1.yml";
    private static final Path LINTER_SOURCE = Path.of("src/test/openapi-lint");
    private static final Path LINTER_HOME = Path.of("target/openapi-lint");
    private static final Path CONFIG = Path.of("../redocly.yaml");

    @Test
    void theDocumentHasNoErrorsAndNoWarnings() throws Exception {
        Path document = document();
        Path cli = installRedocly();

        Run lint = run(LINTER_HOME, 120, "node", cli.toString(), "lint", document.toString(),
                "--config", CONFIG.toAbsolutePath().normalize().toString(), "--format=json", "--max-problems=1000");

        Map<String, Object> report = new Yaml().load(lint.out());
        assertNotNull(report, "Redocly wrote no report: " + lint);
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) report.get("totals");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) report.get("problems");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> problem : problems) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> location = (List<Map<String, Object>>) problem.get("location");
            found.add(problem.get("severity") + " " + problem.get("ruleId") + " at "
                    + (location.isEmpty() ? "?" : location.get(0).get("pointer")) + ": " + problem.get("message"));
        }
        assertEquals(0, ((Number) totals.get("errors")).intValue() + ((Number) totals.get("warnings")).intValue(),
                "Redocly found problems in the OpenAPI document:\n" + String.join("\n", found));
        assertEquals(0, lint.exit(), lint.toString());
        assertFalse((lint.out() + lint.err()).contains("Your config has"), "redocly.yaml itself has a problem: " + lint);
    }

    /** The document as the build wrote it into the classes (the server serves the same file). */
    private static Path document() throws URISyntaxException {
        URL url = OpenApiLintTest.class.getClassLoader().getResource(DOCUMENT);
        assertNotNull(url, DOCUMENT + " is not on the class path: the build did not make the OpenAPI document");
        return Path.of(url.toURI());
    }

    /** Installs the locked Redocly CLI into target/openapi-lint once; answers its entry point. */
    private static Path installRedocly() throws Exception {
        Files.createDirectories(LINTER_HOME);
        boolean changed = false;
        for (String file : List.of("package.json", "package-lock.json")) {
            Path source = LINTER_SOURCE.resolve(file);
            Path target = LINTER_HOME.resolve(file);
            if (!Files.exists(target) || Files.mismatch(source, target) != -1) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                changed = true;
            }
        }
        Path cli = LINTER_HOME.resolve("node_modules/@redocly/cli/bin/cli.js").toAbsolutePath();
        if (changed || !Files.exists(cli)) {
            Run install = run(LINTER_HOME, 600, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            assertEquals(0, install.exit(), "npm ci of the OpenAPI linter failed (Node and npm come from build/test-tools.sh): " + install);
        }
        assertTrue(Files.exists(cli), "npm ci did not install " + cli);
        return cli;
    }

    private static Run run(Path directory, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        // No telemetry and no update check: CI reaches the npm registry and nothing else.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Path out = Files.createTempFile("openapi-lint", ".out");
        Path err = Files.createTempFile("openapi-lint", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + command[0] + " (build/test-tools.sh installs Node and npm): " + e.getMessage(), e);
        }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n" + out + "\n" + err;
        }
    }
}

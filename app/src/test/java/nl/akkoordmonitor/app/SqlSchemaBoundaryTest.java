package nl.akkoordmonitor.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The boundary {@link ArchitectureTest} cannot see: SQL text. A module's SQL (its Flyway scripts
 * and the string literals of its main sources) names no schema but its own, so no module reads or
 * writes another's tables past its door. The demo and the benchmark load their bulk data through
 * each owner's seeder ({@code AgreementSeeder}, {@code MilestoneSeeder}, {@code FinancingSeeder}),
 * so the demo module names no schema at all. Only {@code app}, which assembles the one database
 * (roles, grants), may name every schema.
 */
class SqlSchemaBoundaryTest {

    /** Modules that may name every schema, and why. */
    private static final Set<String> ASSEMBLY = Set.of("app");

    @Test
    void noModulesSqlNamesAnotherModulesSchema() throws IOException {
        Path root = repositoryRoot();
        Set<String> schemas = new TreeSet<>();
        List<Path> modules = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            children.filter(d -> Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("src/main")))
                    .sorted().forEach(modules::add);
        }
        for (Path module : modules) {
            schemas.addAll(ownSchemas(module));
        }
        assertTrue(schemas.containsAll(Set.of("platform", "agreements", "milestones", "financing")), "schemas found: " + schemas);

        List<String> crossings = new ArrayList<>();
        for (Path module : modules) {
            String name = module.getFileName().toString();
            if (ASSEMBLY.contains(name)) {
                continue;
            }
            Set<String> own = ownSchemas(module);
            try (Stream<Path> files = Files.walk(module.resolve("src/main"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String fileName = file.getFileName().toString();
                    List<String> sql;
                    if (fileName.endsWith(".sql")) {
                        sql = List.of(withoutSqlComments(Files.readString(file)));
                    } else if (fileName.endsWith(".java")) {
                        String source = Files.readString(file);
                        sql = new ArrayList<>(stringLiterals(source));
                        // @MappedEntity(value = "budget", schema = "financing") names a table as well.
                        Matcher attribute = SCHEMA_ATTRIBUTE.matcher(source);
                        while (attribute.find()) {
                            sql.add(attribute.group(2) + "." + attribute.group(1) + " ");
                        }
                    } else {
                        continue;
                    }
                    for (String text : sql) {
                        for (String schema : named(text, schemas)) {
                            if (!own.contains(schema)) {
                                crossings.add(root.relativize(file) + " names schema " + schema + ": "
                                        + text.strip().replaceAll("\\s+", " "));
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), crossings, "SQL that names another module's schema; ask that module's public API instead");
    }

    @Test
    void theScannerSeesSqlInLiteralsAndSkipsCommentsAndMessageKeys() {
        Set<String> schemas = Set.of("agreements", "financing");
        String java = """
                // SELECT * FROM financing.budget in a comment is no SQL
                String a = "SELECT id FROM agreements.agreement a " + "JOIN financing.allocation x ON x.agreement_id = a.id";
                String b = Labels.get("financing.row.total");
                String c = \"""
                    UPDATE financing.budget SET amount = 0\""";
                long id = ids.next("agreements.agreement_id_seq");
                """;
        List<String> found = stringLiterals(java).stream().flatMap(s -> named(s, schemas).stream()).toList();
        assertEquals(List.of("agreements", "financing", "financing", "agreements"), found);
        assertEquals(List.of(), named(withoutSqlComments("-- refers to agreements.organisation\nCREATE TABLE financing.x (id INT);"),
                Set.of("agreements")));
    }

    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.$])([a-z_]+)\\.[a-z_]");

    private static final Pattern SCHEMA_ATTRIBUTE = Pattern.compile("\"([a-z_]+)\",\\s*schema\\s*=\\s*\"([a-z_]+)\"");

    /** The schemas a piece of SQL names as {@code schema.table}. */
    private static List<String> named(String text, Set<String> schemas) {
        // A single token with dots is a message key or a class name, unless it is a sequence.
        if (text.matches("[\\w.\\-]+") && !text.endsWith("_seq")) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        Matcher m = QUALIFIED.matcher(text);
        while (m.find()) {
            if (schemas.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static Set<String> ownSchemas(Path module) throws IOException {
        Path migrations = module.resolve("src/main/resources/db/migration");
        if (!Files.isDirectory(migrations)) {
            return Set.of();
        }
        try (Stream<Path> dirs = Files.list(migrations)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
    }

    /** The string literals and text blocks of a Java source, outside comments. */
    static List<String> stringLiterals(String java) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = java.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (java.startsWith("/*", i)) {
                i = java.indexOf("*/", i + 2);
                i = i < 0 ? n : i + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(java.substring(i + 3, end));
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < n && java.charAt(i) != c && java.charAt(i) != '\n') {
                    if (java.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    literal.append(java.charAt(i));
                    i++;
                }
                if (c == '"') {
                    literals.add(literal.toString());
                }
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("platform")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("No repository root above " + here);
    }
}

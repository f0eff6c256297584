package nl.akkoordmonitor.app.messages;

import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.MessageBundle;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text a person reads comes from a message bundle, complete in Dutch and English
 * (docs/messages.md). These checks read the bundles and the main sources of every module.
 */
class MessageBundlesTest {

    /**
     * Modules whose throw sites still carry texts built in code, on their way into their bundle
     * (issue 13). Remove a module from here once it is converted; the list ends empty.
     */
    static final Set<String> NOT_YET_CONVERTED = Set.of();

    /** The calls that carry a user-visible text; the problem exceptions are added by name. */
    private static final String MESSAGE_CALLS = "\\bMessage\\s*\\.\\s*(?:of|literal)\\s*\\(|\\bViolation\\s*\\.\\s*(?:of|at|field)\\s*\\("
            + "|\\bnew\\s+(?:Violation|ProgressProblem";
    private static final Pattern SUBCLASS = Pattern.compile("\\bclass\\s+(\\w+)\\s+extends\\s+(\\w+)");
    private static final Pattern KEY_CALLS = Pattern.compile("\\bMessage\\s*\\.\\s*of\\s*\\(");
    private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("\\bmessage\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CONSTANT = Pattern.compile("\\bstatic\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyBundleIsCompleteInDutchAndEnglish() {
        List<String> faults = new ArrayList<>();
        for (Bundle bundle : bundles()) {
            Map<String, String> dutch = bundle.texts(Languages.DUTCH);
            Map<String, String> english = bundle.texts(Languages.ENGLISH);
            for (String key : dutch.keySet()) {
                if (!english.containsKey(key)) {
                    faults.add(bundle.english() + " lacks " + key + " (Dutch: " + dutch.get(key) + ")");
                } else if (!placeholders(dutch.get(key)).equals(placeholders(english.get(key)))) {
                    faults.add(key + " uses placeholders " + placeholders(dutch.get(key)) + " in Dutch but "
                            + placeholders(english.get(key)) + " in English");
                }
            }
            for (String key : english.keySet()) {
                if (!dutch.containsKey(key)) {
                    faults.add(bundle.dutch() + " lacks " + key + " (English: " + english.get(key) + ")");
                }
            }
            dutch.forEach((key, text) -> {
                if (text.isBlank()) {
                    faults.add(bundle.dutch() + " has an empty text for " + key);
                }
            });
        }
        assertTrue(faults.isEmpty(), "Add every message in both languages:\n" + String.join("\n", faults));
    }

    @Test
    void noKeyIsInTwoBundles() {
        Map<String, String> owner = new HashMap<>();
        List<String> faults = new ArrayList<>();
        for (Bundle bundle : bundles()) {
            for (String key : bundle.texts(Languages.DUTCH).keySet()) {
                String earlier = owner.put(key, bundle.module());
                if (earlier != null) {
                    faults.add(key + " is in the bundles of " + earlier + " and " + bundle.module());
                }
            }
        }
        assertTrue(faults.isEmpty(), "A key belongs to one module's bundle:\n" + String.join("\n", faults));
    }

    @Test
    void everyModuleWithABundleDeclaresIt() {
        List<String> faults = new ArrayList<>();
        for (Bundle bundle : bundles()) {
            boolean declared = SourceTree.javaSources(bundle.dir()).stream().map(SourceTree::read)
                    .anyMatch(s -> s.contains("extends MessageBundle") && s.contains("super(\"" + bundle.module() + "\")"));
            if (!declared) {
                faults.add(bundle.module() + " has " + bundle.dutch() + " but no bean 'extends MessageBundle' with super(\""
                        + bundle.module() + "\")");
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @Test
    void everyKeyUsedInCodeIsInTheBundles() {
        Set<String> known = new TreeSet<>();
        bundles().forEach(b -> known.addAll(b.texts(Languages.DUTCH).keySet()));
        Map<String, String> constants = constants();
        List<String> faults = new ArrayList<>();
        for (Path module : SourceTree.modules()) {
            for (Path file : SourceTree.javaSources(module)) {
                String source = SourceTree.read(file);
                String name = SourceTree.root().relativize(file).toString();
                for (JavaCalls.Call call : JavaCalls.find(name, source, KEY_CALLS)) {
                    if (call.args().isEmpty()) {
                        continue;
                    }
                    for (String key : keysIn(call.args().get(0), constants)) {
                        if (!known.contains(key)) {
                            faults.add(call + "\n    key '" + key + "' is in no bundle");
                        }
                    }
                }
                Matcher m = CONSTRAINT_MESSAGE.matcher(JavaCalls.withoutComments(source));
                while (m.find()) {
                    String template = m.group(1);
                    if (template.matches("\\{[A-Za-z0-9_.-]+}") && !known.contains(template.substring(1, template.length() - 1))) {
                        faults.add(name + ": constraint message " + template + " is in no bundle");
                    }
                }
            }
        }
        assertTrue(faults.isEmpty(), "Add these keys to the module's bundle, in Dutch and English (docs/messages.md):\n"
                + String.join("\n", faults));
    }

    @Test
    void noMessageIsBuiltFromAJavaString() {
        Pattern messageCalls = Pattern.compile(MESSAGE_CALLS + "|" + String.join("|", problemExceptions()) + ")\\s*\\(");
        List<String> faults = new ArrayList<>();
        for (Path module : SourceTree.modules()) {
            if (NOT_YET_CONVERTED.contains(module.getFileName().toString())) {
                continue;
            }
            for (Path file : SourceTree.javaSources(module)) {
                String source = SourceTree.read(file);
                String name = SourceTree.root().relativize(file).toString();
                for (JavaCalls.Call call : JavaCalls.find(name, source, messageCalls)) {
                    String reason = textBuiltIn(call);
                    if (reason != null) {
                        faults.add(call + "\n    " + reason);
                    }
                }
                Matcher m = CONSTRAINT_MESSAGE.matcher(JavaCalls.withoutComments(source));
                while (m.find()) {
                    if (!m.group(1).matches("\\{[A-Za-z0-9_.-]+}")) {
                        faults.add(name + ": constraint message \"" + m.group(1) + "\"\n    use message = \"{key}\" with the key in the bundle");
                    }
                }
            }
        }
        assertTrue(faults.isEmpty(), "Every user-visible text comes from a bundle: throw with Message.of(\"KEY\", values...) "
                + "and put the text under KEY in the module's i18n/<module>.properties and _en.properties (docs/messages.md):\n"
                + String.join("\n", faults));
    }

    @Test
    void dutchIsTheDefaultAndEnglishIsAskedFor() {
        assertEquals(Languages.DUTCH, Languages.fromHeader(null));
        assertEquals(Languages.DUTCH, Languages.fromHeader("nl-NL,nl;q=0.9"));
        assertEquals(Languages.DUTCH, Languages.fromHeader("de"));
        assertEquals(Languages.DUTCH, Languages.fromHeader("*"));
        assertEquals(Languages.DUTCH, Languages.fromHeader("en;q=nonsense\u0000"));
        assertEquals(Languages.ENGLISH, Languages.fromHeader("en"));
        assertEquals(Languages.ENGLISH, Languages.fromHeader("en-GB,en;q=0.9,nl;q=0.5"));
        assertEquals(Languages.DUTCH, Languages.fromHeader("nl;q=0.9,en;q=0.5"));
    }

    /** ProblemException and every class that extends it, directly or not, in the main sources. */
    private static Set<String> problemExceptions() {
        Map<String, String> parents = new HashMap<>();
        for (Path module : SourceTree.modules()) {
            for (Path file : SourceTree.javaSources(module)) {
                Matcher m = SUBCLASS.matcher(SourceTree.read(file));
                while (m.find()) {
                    parents.put(m.group(1), m.group(2));
                }
            }
        }
        Set<String> found = new TreeSet<>(Set.of("ProblemException"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> e : parents.entrySet()) {
                if (found.contains(e.getValue()) && found.add(e.getKey())) {
                    grew = true;
                }
            }
        }
        assertTrue(found.contains("RuleViolatedException"), found.toString());
        return found;
    }

    private static String textBuiltIn(JavaCalls.Call call) {
        if (call.text().matches("(?s)Message\\s*\\.\\s*literal.*")) {
            return "Message.literal is only a bridge for modules not yet converted";
        }
        for (String arg : call.args()) {
            if (arg.matches("(?s)Message\\s*\\.\\s*of\\s*\\(.*") || arg.matches("(?s)new\\s+Violation\\s*\\(.*")) {
                continue; // checked as a call of its own
            }
            for (String literal : JavaCalls.literals(arg)) {
                if (literal.matches("(?s).*\\s.*")) {
                    return JavaCalls.concatenatesText(arg) ? "builds a text with +: " + arg.replaceAll("\\s+", " ")
                            : "a sentence in code: \"" + literal + "\"";
                }
            }
        }
        return null;
    }

    private static Set<String> keysIn(String arg, Map<String, String> constants) {
        if (JavaCalls.concatenatesText(arg)) {
            return Set.of(); // a key put together in code, e.g. "validation." + kind: checked where it is used
        }
        Set<String> keys = new TreeSet<>(JavaCalls.literals(arg));
        if (keys.isEmpty()) {
            Matcher identifier = Pattern.compile("^(?:[\\w.]+\\.)?([A-Z][A-Z0-9_]*)$").matcher(arg.strip());
            if (identifier.matches() && constants.containsKey(identifier.group(1))) {
                keys.add(constants.get(identifier.group(1)));
            }
        }
        return keys;
    }

    /** The String constants of the main sources, by name; a constant used as a key is looked up by name. */
    private static Map<String, String> constants() {
        Map<String, String> constants = new HashMap<>();
        for (Path module : SourceTree.modules()) {
            for (Path file : SourceTree.javaSources(module)) {
                Matcher m = CONSTANT.matcher(SourceTree.read(file));
                while (m.find()) {
                    constants.putIfAbsent(m.group(1), m.group(2));
                }
            }
        }
        return constants;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private record Bundle(Path dir, String module) {
        String dutch() {
            return module + "/src/main/resources/i18n/" + module + ".properties";
        }

        String english() {
            return module + "/src/main/resources/i18n/" + module + "_en.properties";
        }

        Map<String, String> texts(java.util.Locale language) {
            return new MessageBundle(module).texts(language);
        }
    }

    private static List<Bundle> bundles() {
        List<Bundle> bundles = new ArrayList<>();
        for (Path module : SourceTree.modules()) {
            Path i18n = module.resolve("src/main/resources/i18n");
            if (Files.isDirectory(i18n)) {
                String name = module.getFileName().toString();
                assertTrue(Files.exists(i18n.resolve(name + ".properties")), "missing " + i18n.resolve(name + ".properties"));
                assertTrue(Files.exists(i18n.resolve(name + "_en.properties")), "missing " + i18n.resolve(name + "_en.properties"));
                bundles.add(new Bundle(module, name));
            }
        }
        assertTrue(bundles.size() >= 5, "found only " + bundles);
        return bundles;
    }
}

package nl.akkoordmonitor.app.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of a Java reader to find calls in source text: the argument list of a call
 * (strings, chars and nested parentheses respected) split into its top-level arguments, and the
 * string literals in a piece of code. Comments are blanked out first.
 */
final class JavaCalls {

    private JavaCalls() {
    }

    /** A call found in a file: where it starts, its whole text and its top-level arguments. */
    record Call(String file, int line, String text, List<String> args) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + text.replaceAll("\\s+", " ");
        }
    }

    static List<Call> find(String file, String source, Pattern start) {
        String code = withoutComments(source);
        List<Call> calls = new ArrayList<>();
        Matcher m = start.matcher(code);
        while (m.find()) {
            int open = code.indexOf('(', m.end() - 1);
            if (open < 0) {
                continue;
            }
            int close = closing(code, open);
            if (close < 0) {
                continue;
            }
            int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            calls.add(new Call(file, line, code.substring(m.start(), close + 1), split(code.substring(open + 1, close))));
        }
        return calls;
    }

    /** The string literals in a piece of code, without their quotes (escapes left as written). */
    static List<String> literals(String code) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                boolean block = code.startsWith("\"\"\"", i);
                int end = block ? code.indexOf("\"\"\"", i + 3) : stringEnd(code, i);
                if (end < 0) {
                    break;
                }
                found.add(block ? code.substring(i + 3, end) : code.substring(i + 1, end));
                i = end + (block ? 3 : 1);
            } else if (c == '\'') {
                i = charEnd(code, i) + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    /** True when the code joins a string literal with + (a text built in code). */
    static boolean concatenatesText(String code) {
        String outside = blankLiterals(code);
        return outside.matches("(?s).*\"\\s*\\+.*") || outside.matches("(?s).*\\+\\s*\".*");
    }

    private static String blankLiterals(String code) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = stringEnd(code, i);
                out.append("\"\"");
                i = end < 0 ? code.length() : end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static List<String> split(String args) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        int i = 0;
        while (i < args.length()) {
            char c = args.charAt(i);
            if (c == '"') {
                i = (args.startsWith("\"\"\"", i) ? args.indexOf("\"\"\"", i + 3) + 2 : stringEnd(args, i)) + 1;
                continue;
            }
            if (c == '\'') {
                i = charEnd(args, i) + 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(args.substring(from, i).strip());
                from = i + 1;
            }
            i++;
        }
        if (!args.substring(from).isBlank()) {
            parts.add(args.substring(from).strip());
        }
        return parts;
    }

    private static int closing(String code, int open) {
        int depth = 0;
        int i = open;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                i = (code.startsWith("\"\"\"", i) ? code.indexOf("\"\"\"", i + 3) + 2 : stringEnd(code, i)) + 1;
                continue;
            }
            if (c == '\'') {
                i = charEnd(code, i) + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i++;
        }
        return -1;
    }

    private static int stringEnd(String code, int quote) {
        for (int i = quote + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int charEnd(String code, int quote) {
        for (int i = quote + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'') {
                return i;
            }
        }
        return code.length();
    }

    /** The source with comments replaced by spaces (line breaks kept, so line numbers stay right). */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = source.startsWith("\"\"\"", i) ? source.indexOf("\"\"\"", i + 3) + 2 : stringEnd(source, i);
                end = end < 0 ? source.length() - 1 : end;
                out.append(source, i, end + 1);
                i = end + 1;
            } else if (c == '\'') {
                int end = Math.min(charEnd(source, i), source.length() - 1);
                out.append(source, i, end + 1);
                i = end + 1;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                out.append(" ".repeat(end - i));
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                for (int j = i; j < end; j++) {
                    out.append(source.charAt(j) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

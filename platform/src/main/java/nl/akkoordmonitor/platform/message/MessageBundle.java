package nl.akkoordmonitor.platform.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One module's messages: {@code i18n/<module>.properties} in Dutch (the default) and
 * {@code i18n/<module>_en.properties} in English, both UTF-8. A module makes its bundle known by
 * declaring one bean:
 *
 * <pre>{@code
 * @Singleton
 * class AgreementsMessages extends MessageBundle {
 *     AgreementsMessages() { super("agreements"); }
 * }
 * }</pre>
 */
public class MessageBundle {

    private final String module;

    public MessageBundle(String module) {
        this.module = module;
    }

    public String module() {
        return module;
    }

    /** The resource path of the bundle in this language. */
    public String resource(Locale language) {
        return "i18n/" + module + (Languages.DUTCH.equals(language) ? "" : "_" + language.getLanguage()) + ".properties";
    }

    /** Every key and text of the bundle in this language; empty when the file is missing. */
    public Map<String, String> texts(Locale language) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundle.class.getClassLoader().getResourceAsStream(resource(language))) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource(language), e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return texts;
    }

    @Override
    public String toString() {
        return "MessageBundle[" + module + "]";
    }
}

package org.jixiao.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the external PostgreSQL is laid out as the embedded one. README's *External PostgreSQL* statements are
 * exactly those the embedded server runs (so every test that runs on the embedded database — the application role
 * neither superuser nor owner, the audit table INSERT-only for it — holds for the documented layout), and each
 * variable it tells the operator to set is one the application reads.
 */
class DocumentedLayoutTest {
    static final String README = readme();

    static String readme() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first fenced block of a language after a heading text. */
    static String block(String after, String language) {
        int at = README.indexOf(after);
        assertThat(at).as("README has " + after).isNotNegative();
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(README);
        assertThat(m.find(at)).as("a ```" + language + " block after " + after).isTrue();
        return m.group(1);
    }

    static List<String> statements(String sql) {
        return Arrays.stream(sql.split(";")).map(s -> s.replaceAll("--.*", "").replaceAll("\\s+", " ").strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void theReadmesStatementsAreTheOnesTheEmbeddedServerRuns() {
        List<String> documented = statements(block("**External PostgreSQL**", "sql"));
        List<String> embedded = EmbeddedServer.layout("…", "…").stream().map(s -> s.replaceAll("\\s+", " ")).toList();
        assertThat(documented).containsExactlyElementsOf(embedded);
    }

    @Test
    void everyVariableTheOperatorSetsIsReadByTheApplication() throws IOException {
        String shell = block("**External PostgreSQL**", "bash");
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        List<String> variables = Pattern.compile("\\b(JIXIAO_DB_[A-Z_]+)=").matcher(shell).results().map(r -> r.group(1)).toList();
        assertThat(variables).containsExactlyInAnyOrder("JIXIAO_DB_URL", "JIXIAO_DB_USER", "JIXIAO_DB_PASSWORD", "JIXIAO_DB_OWNER",
                "JIXIAO_DB_OWNER_PASSWORD");
        for (String v : variables) assertThat(properties).as(v).contains("${" + v + ":}");
        // the roles it connects as are the layout's: the application's and the owner's
        assertThat(shell).contains("JIXIAO_DB_USER=" + Credentials.APP).contains("JIXIAO_DB_OWNER=" + Credentials.OWNER)
                .contains("/" + Credentials.DATABASE);
    }
}

package org.jixiao.scorecard.json;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ScorecardValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads scorecard JSON in the field names of PARSE-FORMAT.md — one table object, or a document with
 * {@code tables} — for every door (REST API, `jixiao score`, imports). Keys the format does not know
 * ({@code _notes}, {@code file}, {@code id}…) are ignored; a value of the wrong type is reported with its path.
 */
public final class ScorecardJson {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(IndicatorJson.module())
            .build();

    private static final int MAX_TYPE_ERRORS = 50;

    private ScorecardJson() {}

    /** The tables of a document: its {@code tables} array, or the object itself when it is one table. */
    public static List<Scorecard> readTables(String json) {
        JsonNode root = tree(json);
        if (root.has("tables")) {
            JsonNode tables = root.get("tables");
            if (!tables.isArray()) {
                throw new ValidationException(List.of(new Violation("tables", "tables 应为数组", "tables must be an array")));
            }
            List<Scorecard> out = new ArrayList<>();
            List<Violation> problems = new ArrayList<>();
            for (int i = 0; i < tables.size(); i++) {
                try {
                    out.add(table(tables.get(i)));
                } catch (ValidationException e) {
                    String prefix = "tables[" + i + "].";
                    e.violations().forEach(v -> problems.add(new Violation(prefix + v.field(), v.zh(), v.en())));
                }
            }
            if (!problems.isEmpty()) throw new ValidationException(problems);
            return out;
        }
        return List.of(table(root));
    }

    /** One table object, type-checked and validated. */
    public static Scorecard table(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new ValidationException(List.of(new Violation("$", "应为 JSON 对象", "a JSON object is expected")));
        }
        // A value of the wrong type is nulled out and binding retried, so one answer names every bad field.
        JsonNode work = node.deepCopy();
        List<Violation> problems = new ArrayList<>();
        Scorecard s = null;
        for (int attempt = 0; attempt < MAX_TYPE_ERRORS && s == null; attempt++) {
            try {
                s = MAPPER.treeToValue(work, Scorecard.class);
            } catch (JacksonException e) {
                problems.add(violationOf(e));
                if (!nullOut(work, e.getPath())) break;
            }
        }
        if (s != null) {
            // a field already named for its type is not named again as missing (it was nulled out above)
            List<String> named = problems.stream().map(Violation::field).toList();
            ScorecardValidator.check(s).stream().filter(v -> !named.contains(v.field())).forEach(problems::add);
        }
        if (!problems.isEmpty()) throw new ValidationException(problems);
        return s;
    }

    private static boolean nullOut(JsonNode root, List<JacksonException.Reference> path) {
        if (path.isEmpty()) return false;
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            JacksonException.Reference r = path.get(i);
            parent = r.getPropertyName() != null ? parent.get(r.getPropertyName()) : parent.get(r.getIndex());
            if (parent == null) return false;
        }
        JacksonException.Reference last = path.getLast();
        if (parent instanceof ObjectNode o && last.getPropertyName() != null && o.has(last.getPropertyName())) {
            o.putNull(last.getPropertyName());
            return true;
        }
        if (parent instanceof ArrayNode a && last.getIndex() >= 0 && last.getIndex() < a.size()) {
            a.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }


    public static JsonNode tree(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new ValidationException(List.of(new Violation("$", "内容为空", "empty document")));
            }
            return root;
        } catch (JacksonException e) {
            throw new ValidationException(List.of(violationOf(e)));
        }
    }

    /** A Jackson error as a violation naming the field path ("indicators[2].weight") and the line. */
    public static Violation violationOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        String field = path.isEmpty() ? "$" : path.toString();
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : "（第" + e.getLocation().getLineNr() + "行）";
        String whereEn = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ")";
        String detail = withoutJavaTypes(e.getOriginalMessage());
        if (detail != null && detail.length() > 160) detail = detail.substring(0, 160) + "…";
        return new Violation(field, "格式或类型错误" + where + "：" + detail, "malformed value or wrong type" + whereEn + ": " + detail);
    }

    private static final java.util.regex.Pattern JAVA_TYPE =
            java.util.regex.Pattern.compile("`?\\b(?:java|javax|jakarta|org|tools|com)\\.[\\w.$]+(?:<[^>]*>+)?`?");

    /** Jackson names Java types ("java.util.ArrayList<org.jixiao.scorecard.Indicator>"); people read "a list". */
    static String withoutJavaTypes(String message) {
        if (message == null) return null;
        return JAVA_TYPE.matcher(message).replaceAll(m -> {
            String t = m.group().replace("`", "");
            String raw = t.contains("<") ? t.substring(0, t.indexOf('<')) : t;
            String simple = raw.substring(raw.lastIndexOf('.') + 1);
            return switch (simple) {
                case "ArrayList", "List", "Collection", "Set", "HashSet" -> "list";
                case "String", "Character" -> "text";
                case "BigDecimal", "Integer", "Long", "Double", "Float", "Short", "BigInteger", "int", "long" -> "number";
                case "Boolean" -> "true/false";
                default -> "object";
            };
        });
    }
}

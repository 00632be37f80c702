package org.jixiao.publish.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.publish.ParseJson;
import org.jixiao.scorecard.json.ScorecardJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** REST door to imports: pasted text or an uploaded file → preview (nothing stored) → confirm. */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = MediaType.APPLICATION_JSON_VALUE)
class ImportApi {
    private final Imports imports;

    ImportApi(Imports imports) { this.imports = imports; }

    record Request(String fileName, String text) {}

    record Confirmation(long importId, List<Imports.Outcome> outcomes) {}

    @Allow(Permission.IMPORT)
    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<JsonNode> pasted(@RequestBody String text,
                                    @RequestParam(defaultValue = "pasted.txt") String fileName) {
        return created(imports.preview(fileName, text));
    }

    @Allow(Permission.IMPORT)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> json(@RequestBody Request request) {
        if (request.text() == null || request.text().isBlank()) {
            throw new ValidationException(List.of(new Violation("text", "请粘贴要导入的文字", "text to import is required")));
        }
        return created(imports.preview(request.fileName() == null ? "pasted.txt" : request.fileName(), request.text()));
    }

    /** An uploaded file, told by its content as the page and `jixiao import` tell it ({@link Imports#receive}). */
    @Allow(Permission.IMPORT)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<JsonNode> upload(@RequestPart("file") MultipartFile file) {
        try {
            String name = file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename();
            Imports.Received received = imports.receive(name, file.getBytes());
            ResponseEntity<JsonNode> response = created(received.preview());
            // how the bytes were read, as the page and the CLI say it: "Excel", "GB18030", "UTF-8 HTML" …
            ((ObjectNode) response.getBody()).put("readAs", received.readAs().toString());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Allow(Permission.IMPORT)
    @GetMapping("/{id}")
    JsonNode get(@PathVariable long id) {
        return view(imports.find(id).orElseThrow(() -> new ImportNotFoundException(id)));
    }

    @Allow(Permission.IMPORT)
    @PostMapping("/{id}/confirm")
    Confirmation confirm(@PathVariable long id, @RequestParam(defaultValue = "false") boolean replace) {
        return new Confirmation(id, imports.confirm(id, replace));
    }

    private static ResponseEntity<JsonNode> created(Imports.Preview p) {
        return ResponseEntity.created(URI.create("/api/v1/imports/" + p.id())).body(view(p));
    }

    /** The PARSE-FORMAT document with the batch id and, per table, the scorecard it matches. */
    static JsonNode view(Imports.Preview p) {
        ObjectNode node = (ObjectNode) ScorecardJson.MAPPER.readTree(ParseJson.toJson(p.document()));
        // a row read against a template (a scanned 「2 90%」 after 「≧90%」) carries it, as the scorecard JSON does, so
        // the preview says how the target will be read; every other row is PARSE-FORMAT exactly
        var tables = node.get("tables");
        for (int t = 0; t < p.document().tables().size(); t++) {
            var rows = p.document().tables().get(t).indicators();
            for (int k = 0; k < rows.size(); k++) {
                if (rows.get(k).targetTemplate() != null) {
                    ((ObjectNode) tables.get(t).get("indicators").get(k)).put("targetTemplate", rows.get(k).targetTemplate());
                }
            }
        }
        node.put("id", p.id());
        var matches = node.putArray("matches");
        p.matches().forEach(m -> { if (m == null) matches.addNull(); else matches.add(m); });
        return node;
    }
}

package org.jixiao.evidence.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.evidence.store.EvidenceFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST door to 佐证材料: upload (multipart, field {@code file}; optional {@code indicator}, {@code round}), list, download. */
@RestController
class EvidenceApi {
    private final EvidenceFiles files;

    EvidenceApi(EvidenceFiles files) { this.files = files; }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping(path = "/api/v1/scorecards/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public EvidenceFiles.Evidence upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                                         @RequestParam(required = false) Integer indicator, @RequestParam(required = false) Long round) {
        return files.attach(id, indicator, round, file == null ? null : file.getOriginalFilename(), bytes(file));
    }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping(path = "/api/v1/scorecards/{id}/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<EvidenceFiles.Evidence> list(@PathVariable long id) { return files.of(id); }

    @Allow(Permission.SCORECARD_READ)
    @GetMapping("/api/v1/scorecards/{id}/evidence/{evidenceId}")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        return send(files.download(id, evidenceId));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> send(EvidenceFiles.File f) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.meta().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.meta().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(f.meta().sha256())))
                .body(f.content());
    }
}

package org.jixiao.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jixiao.kernel.BusyException;
import org.jixiao.kernel.NotFoundException;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.json.ScorecardJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/** Every API error as JSON with a Chinese and an English message; 400s name each offending field path. */
@RestControllerAdvice(basePackages = "org.jixiao")
public class ApiErrors {

    /** @param yours on a conflict: what the caller tried to save, next to the {@code current} saved version */
    public record Error(String error, String zh, String en, List<Violation> violations, Object current, Object yours) {
        public Error(String error, String zh, String en, List<Violation> violations, Object current) {
            this(error, zh, en, violations, current, null);
        }
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Error> invalid(ValidationException e) {
        return ResponseEntity.badRequest().body(new Error("invalid", "提交的数据有误", "the submitted data is invalid",
                e.violations(), null));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Error> unreadable(HttpMessageNotReadableException e) {
        Violation v = e.getCause() instanceof JacksonException je ? ScorecardJson.violationOf(je)
                : new Violation("$", "请求体无法读取", "the request body cannot be read");
        return ResponseEntity.badRequest().body(new Error("invalid", "提交的数据有误", "the submitted data is invalid",
                List.of(v), null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Error> badParameter(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new Error("invalid", "参数有误", "invalid parameter",
                List.of(new Violation(e.getName(), "参数「" + e.getName() + "」的值无效", "invalid value for parameter " + e.getName())), null));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Error> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Error("not-found", e.zh(), e.en(), List.of(), null));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Error> mediaType(HttpMediaTypeNotSupportedException e) {
        String accepted = String.join(", ", e.getSupportedMediaTypes().stream().map(Object::toString).toList());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_JSON)
                .body(new Error("unsupported-media-type", "不支持此请求体类型（Content-Type），可用：" + accepted,
                        "unsupported request body type (Content-Type); accepted: " + accepted, List.of(), null));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Error> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(new Error("invalid", "缺少参数「" + e.getParameterName() + "」",
                "missing parameter " + e.getParameterName(), List.of(new Violation(e.getParameterName(),
                "缺少参数「" + e.getParameterName() + "」", "missing parameter " + e.getParameterName())), null));
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<Error> busy(BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                .body(new Error("busy", e.zh(), e.en(), List.of(), null));
    }

    /** A unique key the database holds (e.g. a table imported twice at the same moment by two people). */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ResponseEntity<Error> duplicate(org.springframework.dao.DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Error("conflict", "该记录已存在（可能刚由他人保存），请刷新后查看",
                "this record already exists (perhaps saved by someone else a moment ago); reload and look", List.of(), null));
    }

    /** An error body written directly (filters, 406): the same shape as every other. */
    public static void write(HttpServletResponse response, int status, String error, String zh, String en, String field)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
        List<Violation> v = field == null ? List.of() : List.of(new Violation(field, zh, en));
        response.getWriter().write(ScorecardJson.MAPPER.writeValueAsString(new Error(error, zh, en, v, null)));
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<Error> refused(RefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Error("refused", e.zh(), e.en(), e.violations(), null));
    }
}

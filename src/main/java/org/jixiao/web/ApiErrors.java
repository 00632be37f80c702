package org.jixiao.web;

import java.util.List;
import org.jixiao.kernel.NotFoundException;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.scorecard.json.ScorecardJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<Error> refused(RefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Error("refused", e.zh(), e.en(), e.violations(), null));
    }
}

package org.jixiao.web;

import java.util.List;
import org.jixiao.review.TransitionRefusedException;
import org.jixiao.scorecard.InvalidScorecardException;
import org.jixiao.scorecard.Violation;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scorecard.store.VersionConflictException;
import org.jixiao.scorecard.web.ScorecardResource;
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

    @ExceptionHandler(InvalidScorecardException.class)
    ResponseEntity<Error> invalid(InvalidScorecardException e) {
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

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<Error> conflict(VersionConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Error("conflict",
                "该表已被他人修改（您编辑的是版本 " + e.expectedVersion() + "，当前为版本 " + e.current().version() + "），请对照当前内容后重新保存",
                "the scorecard was changed by someone else (you edited version " + e.expectedVersion() + ", current is "
                        + e.current().version() + "); compare with the current content and save again",
                List.of(), ScorecardResource.of(e.current()), e.submitted()));
    }

    @ExceptionHandler(TransitionRefusedException.class)
    ResponseEntity<Error> refused(TransitionRefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Error("refused", e.zh(), e.en(), e.violations(), null));
    }
}

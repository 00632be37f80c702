package org.jixiao.sheet;

import java.util.List;
import org.jixiao.scorecard.store.VersionConflictException;
import org.jixiao.web.ApiErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A save that lost the race (409), answered with the saved version next to the caller's so they can compare:
 * here rather than in {@link ApiErrors} because the answer carries a scorecard as the API shows it.
 */
@RestControllerAdvice(basePackages = "org.jixiao")
class VersionConflicts {

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<ApiErrors.Error> conflict(VersionConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiErrors.Error("conflict",
                "该表已被他人修改（您编辑的是版本 " + e.expectedVersion() + "，当前为版本 " + e.current().version() + "），请对照当前内容后重新保存",
                "the scorecard was changed by someone else (you edited version " + e.expectedVersion() + ", current is "
                        + e.current().version() + "); compare with the current content and save again",
                List.of(), ScorecardResource.of(e.current()), e.submitted()));
    }
}

package org.jixiao.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.kernel.BusyException;
import org.jixiao.kernel.HtmlPages;
import org.jixiao.kernel.LayoutModel;
import org.jixiao.kernel.NotFoundException;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.store.VersionConflictException;
import org.springframework.core.Ordered;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of page controllers ({@link HtmlPages}) as pages in the layout, in the page language; ahead of
 * {@link ApiErrors}, which answers the API with JSON. Errors outside a controller (403 from the security filter,
 * unknown paths) reach Boot's /error, which renders the same template, templates/error.html.
 */
@ControllerAdvice(assignableTypes = HtmlPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {
    private final LayoutModel layout;

    PageErrors(LayoutModel layout) { this.layout = layout; }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(404, e.zh(), e.en(), model, response);
    }

    @ExceptionHandler(RefusedException.class)
    String refused(RefusedException e, Model model, HttpServletResponse response) {
        return page(409, e.zh(), e.en(), model, response);
    }

    @ExceptionHandler(VersionConflictException.class)
    String conflict(VersionConflictException e, Model model, HttpServletResponse response) {
        return page(409, "该表已被他人修改，请刷新后重新操作", "the scorecard was changed by someone else; reload and try again",
                model, response);
    }

    /** Work the server will not take on now (the export limits): 503 with when to try again. */
    @ExceptionHandler(BusyException.class)
    String busy(BusyException e, Model model, HttpServletResponse response) {
        response.setHeader("Retry-After", "10");
        return page(503, e.zh(), e.en(), model, response);
    }

    @ExceptionHandler(ValidationException.class)
    String invalid(ValidationException e, Model model, HttpServletResponse response) {
        model.addAttribute("details", e.violations());
        return page(400, "提交的数据有误", "the submitted data is invalid", model, response);
    }

    /** A path or query value of the wrong type ({@code /scorecards/abc}): 400, naming the parameter. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return page(400, "参数「" + e.getName() + "」的值无效", "invalid value for parameter " + e.getName(), model, response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missingParameter(MissingServletRequestParameterException e, Model model, HttpServletResponse response) {
        return page(400, "缺少参数「" + e.getParameterName() + "」", "missing parameter " + e.getParameterName(), model, response);
    }

    private String page(int status, String zh, String en, Model model, HttpServletResponse response) {
        response.setStatus(status);
        layout.addTo(model); // an exception handler's model has no @ModelAttribute values: the signed-in account, the role's links
        model.addAttribute("status", status);
        model.addAttribute("zh", zh);
        model.addAttribute("en", en);
        return "error";
    }
}

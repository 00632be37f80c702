package org.jixiao.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 405 and 406 arise while the handler is being chosen, before there is one, so only an advice without a package
 * selector sees them ({@link ApiErrors} is limited to our controllers). Bilingual like every other error.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProtocolErrors {

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiErrors.Error> method(HttpRequestMethodNotSupportedException e) {
        String allowed = e.getSupportedHttpMethods() == null ? "" : String.join(", ",
                e.getSupportedHttpMethods().stream().map(Object::toString).toList());
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", allowed).body(new ApiErrors.Error("method-not-allowed",
                "此地址不支持 " + e.getMethod() + " 请求（可用：" + allowed + "）",
                e.getMethod() + " is not supported here (allowed: " + allowed + ")", List.of(), null));
    }

    /** 406: the caller accepts none of what the endpoint produces, so the answer is written as JSON by hand. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletResponse response) throws java.io.IOException {
        String offered = String.join(", ", e.getSupportedMediaTypes().stream().map(Object::toString).toList());
        ApiErrors.write(response, 406, "not-acceptable", "无法按 Accept 头要求的类型回答，可用：" + offered,
                "cannot answer in a type the Accept header allows; available: " + offered, null);
    }

}

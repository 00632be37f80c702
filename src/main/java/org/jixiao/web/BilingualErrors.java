package org.jixiao.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.kernel.HtmlPages;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What Boot's error endpoint answers (a path without a handler, an error raised outside a controller): the same
 * bilingual shape as {@link ApiErrors}, with no exception class, message or stack trace.
 */
@Component
class BilingualErrors extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> boot = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = boot.get("status") instanceof Integer s ? s : 500;
        String[] text = switch (status) {
            case 400 -> new String[] {"invalid", "请求有误", "bad request"};
            case 401 -> new String[] {"unauthorized", "请先登录（表单登录、HTTP Basic 或 API 令牌）", "authentication required (form login, HTTP Basic or an API token)"};
            case 403 -> new String[] {"forbidden", "您的角色无权进行此操作", "your role may not do this"};
            case 404 -> new String[] {"not-found", "未找到此地址", "no such address"};
            case 405 -> new String[] {"method-not-allowed", "此地址不支持该请求方法", "this method is not supported here"};
            case 406 -> new String[] {"not-acceptable", "无法按 Accept 头要求的类型回答", "cannot answer in a type the Accept header allows"};
            case 413 -> new String[] {"too-large", "请求体过大", "the request body is too large"};
            case 415 -> new String[] {"unsupported-media-type", "不支持此请求体类型（Content-Type）", "unsupported request body type (Content-Type)"};
            case 503 -> new String[] {"busy", "服务器繁忙，请稍后再试", "the server is busy; try again shortly"};
            default -> status >= 500 ? new String[] {"internal", "服务器内部错误，请稍后再试或联系管理员", "internal error; try again or contact the administrator"}
                    : new String[] {"error", "请求无法完成（" + status + "）", "the request cannot be completed (" + status + ")"};
        };
        // a message set where the error was raised (a refused CSRF token on a page) says more than the status
        if (request.getAttribute(HtmlPages.ERROR_ZH, WebRequest.SCOPE_REQUEST) instanceof String zh
                && request.getAttribute(HtmlPages.ERROR_EN, WebRequest.SCOPE_REQUEST) instanceof String en) {
            text = new String[] {text[0], zh, en};
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status);
        out.put("error", text[0]);
        out.put("zh", text[1]);
        out.put("en", text[2]);
        out.put("violations", List.of());
        out.put("current", null);
        return out;
    }
}

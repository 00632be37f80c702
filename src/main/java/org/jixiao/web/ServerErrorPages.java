package org.jixiao.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before the application sees the request: a request line it cannot read (most often
 * a query typed with raw Chinese characters, {@code /scorecards?q=参保率} without percent-encoding), a header too
 * large. Tomcat's page for these is English with its version; this one says the same in Chinese and English
 * (the request's language cookie was never read), and names the usual cause.
 */
@Component
class ServerErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            // Spring Boot's own context customizer has put a plain ErrorReportValve there: replace it
            for (Valve v : host.getPipeline().getValves()) {
                if (v instanceof ErrorReportValve && !(v instanceof Page)) host.getPipeline().removeValve(v);
            }
            host.getPipeline().addValve(new Page());
            if (host instanceof org.apache.catalina.core.StandardHost h) h.setErrorReportValveClass(Page.class.getName());
        });
    }

    /** After Spring Boot's customizer, whose valve this one replaces. */
    @Override
    public int getOrder() { return Ordered.LOWEST_PRECEDENCE; }

    /** The valve: a small bilingual page for any error status Tomcat reports on its own. */
    public static class Page extends ErrorReportValve {
        public Page() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
            String zh, en;
            if (status == 400) {
                zh = "请求无法识别：地址中可能含有未编码的字符（如直接输入的中文）。请把查询内容按 UTF-8 做 URL 编码后再试（在浏览器地址栏或页面表单中输入时会自动编码）。";
                en = "the request could not be read: its address may contain characters that must be percent-encoded (such as Chinese typed as is). "
                        + "Encode the query as UTF-8 and try again (the browser's address bar and the pages' forms do this for you).";
            } else {
                zh = "服务器无法处理此请求（状态 " + status + "）。";
                en = "the server cannot handle this request (status " + status + ").";
            }
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                Writer w = response.getReporter();
                if (w == null) return;
                w.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status
                        + "</title></head><body><main><h1>" + status + "</h1><p>" + zh + "</p><p lang=\"en\">" + en
                        + "</p><p><a href=\"/\">首页</a> · <a href=\"/\" lang=\"en\">Home</a></p></main></body></html>");
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the connection is gone: nothing more to say
            }
        }
    }
}

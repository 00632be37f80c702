package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void theAsciiNameStandsBesideTheUtf8NameWhichDecodesBackExactly() {
        String name = "遂宁市医疗保障局-2021-医疗服务与保障能力提升补助(医疗保障能力建设部分) 2.xlsx";
        String header = Downloads.attachment("scorecard-1-2021.xlsx", name);

        assertThat(header).startsWith("attachment; filename=\"scorecard-1-2021.xlsx\"; filename*=UTF-8''");
        String encoded = header.substring(header.indexOf("''") + 2);
        assertThat(encoded).matches("[A-Za-z0-9%!#$&+\\-.^_`|~]+"); // RFC 5987: no space, parenthesis or quote as such
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(name);
    }

    @Test
    void aFallbackNameThatIsNotPlainAsciiIsRefused() {
        assertThatThrownBy(() -> Downloads.attachment("表.xlsx", "表.xlsx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Downloads.attachment("a\".xlsx", "a.xlsx")).isInstanceOf(IllegalArgumentException.class);
    }
}

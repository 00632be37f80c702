package org.jixiao.scorecard.json;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/** The web layer's JSON mapper writes indicators in the same flat form as {@link ScorecardJson}. */
@Configuration
class JsonConfig {
    @Bean
    JacksonModule indicatorJsonModule() { return IndicatorJson.module(); }
}

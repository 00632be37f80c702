package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.demo.DemoAccounts;
import org.jixiao.support.FormSession;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A signed-in person's page views do not write their session each time; a minute later one does, and changes always do. */
@JixiaoTest
class QuietSessionsTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DemoAccounts demo;

    long lastAccess() {
        return jdbc.sql("select last_access_time from spring_session where principal_name = 'suining-filler'")
                .query(Long.class).single();
    }

    @Test
    void theLastAccessIsWrittenAtMostOnceAMinute() {
        demo.load();
        jdbc.sql("delete from spring_session where principal_name = 'suining-filler'").update();
        FormSession filler = new FormSession(port, "suining-filler");
        long signedIn = lastAccess();
        for (int i = 0; i < 5; i++) assertThat(filler.get("/scorecards").statusCode()).isEqualTo(200);
        assertThat(lastAccess()).isEqualTo(signedIn);

        // a minute and a bit later (moved back in the database, as if the person had paused) the view is recorded
        long aMinuteAgo = signedIn - QuietSessions.TOUCH_EVERY.toMillis() - 1_000;
        jdbc.sql("update spring_session set last_access_time = :t where principal_name = 'suining-filler'")
                .param("t", aMinuteAgo).update();
        assertThat(filler.get("/scorecards").statusCode()).isEqualTo(200);
        assertThat(lastAccess()).isGreaterThan(aMinuteAgo + QuietSessions.TOUCH_EVERY.toMillis());

        // the session still works, and signing out (a change) deletes it
        assertThat(filler.get("/api/v1/me").body()).contains("suining-filler");
        String token = FormSession.token(filler.get("/scorecards").body());
        assertThat(filler.post("/logout", "_csrf=" + FormSession.enc(token)).statusCode()).isLessThan(400);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'suining-filler'")
                .query(Long.class).single()).isZero();
    }
}

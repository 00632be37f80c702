package org.jixiao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.kernel.Role;
import org.jixiao.kernel.Scope;
import org.jixiao.orgs.Orgs;
import org.jixiao.security.Users;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo org tree (四川省/遂宁市, 辽宁省/大连市, 山东省/临沂市 and their bureaus, from demo/orgs.csv through the
 * same CSV import an administrator uses) and one account per role for it; listed in the README, section Accounts.
 * Idempotent: present orgs and accounts are left as they are.
 */
@Component
public class DemoAccounts {
    public static final String PASSWORD = "jixiao-demo";

    /** username, role, org name. */
    public record DemoUser(String username, Role role, String org) {}

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("suining-filler", Role.FILLER, "遂宁市医疗保障局"),
            new DemoUser("suining-reviewer", Role.REVIEWER, "遂宁市"),
            new DemoUser("suining-finance", Role.FINANCE, "遂宁市"),
            new DemoUser("chuanshan-filler", Role.FILLER, "船山区医疗保障局"),
            new DemoUser("sichuan-reviewer", Role.REVIEWER, "四川省"),
            new DemoUser("dalian-filler", Role.FILLER, "大连市医疗保障局"),
            new DemoUser("dalian-reviewer", Role.REVIEWER, "大连市"),
            new DemoUser("linyi-filler", Role.FILLER, "临沂市医疗保障局"),
            new DemoUser("linyi-reviewer", Role.REVIEWER, "临沂市"),
            new DemoUser("linyi-finance", Role.FINANCE, "临沂市"));

    private final Orgs orgs;
    private final Users users;

    DemoAccounts(Orgs orgs, Users users) {
        this.orgs = orgs;
        this.users = users;
    }

    @Transactional
    public void load() {
        orgs.importCsv(resource("/demo/orgs.csv"));
        for (DemoUser u : USERS) {
            if (users.exists(u.username())) continue;
            long orgId = orgs.byName(u.org(), Scope.EVERYTHING).orElseThrow().id();
            users.create(u.username(), PASSWORD, u.role(), orgId, null);
        }
    }

    static String resource(String path) {
        try (InputStream in = DemoAccounts.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing demo resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

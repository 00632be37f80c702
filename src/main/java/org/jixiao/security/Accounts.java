package org.jixiao.security;

import java.security.SecureRandom;
import org.jixiao.kernel.Role;
import org.jixiao.orgs.Orgs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: creates the administrator {@code admin} at the root org, with the password from
 * JIXIAO_ADMIN_PASSWORD or a generated one printed once (it is stored only as a bcrypt hash).
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "jixiao.bootstrap-accounts", havingValue = "true", matchIfMissing = true)
class Accounts implements ApplicationRunner {
    static final String ADMIN = "admin";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final Users users;
    private final Orgs orgs;
    private final String configuredPassword;

    Accounts(Users users, Orgs orgs, @Value("${jixiao.admin-password:}") String configuredPassword) {
        this.users = users;
        this.orgs = orgs;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        org.jixiao.kernel.Actor.asOperator(this::bootstrap); // a start-up job: the operator creates the first account
    }

    private void bootstrap() {
        if (users.exists(ADMIN)) return;
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        users.create(ADMIN, password, Role.ADMIN, orgs.root().id(), "管理员");
        if (generated) {
            System.out.println("""

                    ================================================================
                     管理员账户已创建 / administrator account created
                       用户名 username: admin
                       密码   password: %s
                     此密码只显示这一次 / this password is shown only once
                    ================================================================
                    """.formatted(password));
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }
}

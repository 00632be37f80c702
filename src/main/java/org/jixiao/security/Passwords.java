package org.jixiao.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing for the web application and the CLI alike. */
@Configuration(proxyBeanMethods = false)
class Passwords {
    /** bcrypt reads at most this many bytes of a password. */
    static final int MAX_BYTES = 72;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt, with the {id} prefix for upgrades
    }
}

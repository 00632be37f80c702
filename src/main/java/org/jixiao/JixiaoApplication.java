package org.jixiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind `./jixiao serve` and the commands that need the database. */
@SpringBootApplication
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}

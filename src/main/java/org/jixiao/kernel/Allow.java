package org.jixiao.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a handler, written next to its {@code @…Mapping}: {@code @Allow(Permission.SCORECARD_WRITE)}.
 * A handler method without it (and without one on its class) is denied to everyone; {@code AccessRulesTest} fails
 * the build for such a handler and {@code EveryEndpointAsEveryRoleTest} walks each one as every role.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allow {
    Permission value();
}

/**
 * The shared kernel every feature may use and that uses no feature: who acts ({@link org.jixiao.kernel.Actor},
 * its {@link org.jixiao.kernel.Scope} and {@link org.jixiao.kernel.Role}), what a handler requires
 * ({@link org.jixiao.kernel.Allow} with a {@link org.jixiao.kernel.Permission}), the application's errors (invalid input
 * naming each field, not found, a step refused) and one changed field for the audit trail. Kept small on purpose:
 * a type belongs here only when two features that must not depend on each other both need it.
 */
package org.jixiao.kernel;

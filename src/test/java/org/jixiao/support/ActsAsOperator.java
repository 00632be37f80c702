package org.jixiao.support;

import java.lang.reflect.Method;
import org.jixiao.kernel.Actor;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * A test's own thread acts as the operator (like the CLI), so set-up and assertions may read and write the database
 * directly; what the test sends over HTTP acts as whoever signed in, and any other thread the test starts acts as
 * nobody unless it says otherwise ({@link Actor#asOperator}). Scope fails closed everywhere else.
 */
public class ActsAsOperator implements InvocationInterceptor {
    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                         ExtensionContext context) throws Throwable { asOperator(invocation); }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                          ExtensionContext context) throws Throwable { asOperator(invocation); }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) throws Throwable { asOperator(invocation); }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable { asOperator(invocation); }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                         ExtensionContext context) throws Throwable { asOperator(invocation); }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                        ExtensionContext context) throws Throwable { asOperator(invocation); }

    private static void asOperator(Invocation<Void> invocation) throws Throwable {
        Throwable[] thrown = new Throwable[1];
        Actor.asOperator(() -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        if (thrown[0] != null) throw thrown[0];
    }
}

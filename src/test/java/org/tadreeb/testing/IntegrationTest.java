package org.tadreeb.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test in Payara Micro: checks its prerequisites first, then lets Arquillian deploy.
 * The class supplies {@code @Deployment static WebArchive deployment() { return Deployments.tadreeb(); }}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(Prerequisites.class)
@ExtendWith(ArquillianExtension.class)
public @interface IntegrationTest {
}

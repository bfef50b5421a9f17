package org.tadreeb.testing.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian container, minus a race that failed a whole test class on a busy machine.
 *
 * <p>The container reads Payara's console on one thread and, every 200 ms on another, looks for the instance
 * description that Payara prints once the application is up. It stops looking as soon as the description's
 * first lines (host and ports) are there and then reads the application's servlets out of that same snapshot;
 * when the snapshot was taken before the console reader had got to the end of the servlet list, Arquillian's
 * test runner servlet is missing from it, and every in-container test of the class fails with
 * "ArquillianServletRunnerEE9 not found". The runner is always deployed (Arquillian adds it to the archive)
 * at the context root {@code arquillian.xml} gives Payara ({@code --contextroot /}), so it is added here
 * when the snapshot missed it.
 */
public class SteadyPayaraMicroContainer extends PayaraMicroDeployableContainer {

    private static final String TEST_RUNNER = "ArquillianServletRunnerEE9";
    private static final String CONTEXT_ROOT = "/";
    private static final Logger LOG = Logger.getLogger(SteadyPayaraMicroContainer.class.getName());

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        ProtocolMetaData metaData = super.deploy(archive);
        if (metaData != null) {
            for (HTTPContext context : metaData.getContexts(HTTPContext.class)) {
                if (context.getServletByName(TEST_RUNNER) == null) {
                    LOG.warning(() -> "Payara's console was read before its servlet list ended; " + TEST_RUNNER
                            + " taken to be at " + CONTEXT_ROOT);
                    context.add(new Servlet(TEST_RUNNER, CONTEXT_ROOT));
                }
            }
        }
        return metaData;
    }
}

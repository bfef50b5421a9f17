package org.tadreeb.testing.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.tadreeb.testing.SharedDeployment;

/**
 * Payara Micro's Arquillian container, with one server kept for the whole test run and minus a race that failed a
 * whole test class on a busy machine.
 *
 * <p><b>Servers kept for many classes.</b> Payara's container deploys by starting a Payara Micro process with the
 * archive and undeploys by stopping it, so every test class used to cost a server start. An archive whose name
 * {@link SharedDeployment#isKept} accepts ({@code shared-...}) is started once, by the first class that deploys it,
 * in a Payara Micro of its own; every later class that deploys an archive of that name gets the same server's
 * address, and nothing is stopped until the suite ends. Any other archive is deployed and undeployed as before, in
 * a process of its own beside the kept ones: the few tests whose subject is a start or a restart. A kept start that
 * failed is not tried again for each class: they all get its failure.
 *
 * <p><b>The race.</b> The container reads Payara's console on one thread and, every 200 ms on another, looks for the
 * instance description that Payara prints once the application is up. It stops looking as soon as the
 * description's first lines (host and ports) are there and then reads the application's servlets out of that same
 * snapshot; when the snapshot was taken before the console reader had got to the end of the servlet list,
 * Arquillian's test runner servlet is missing from it, and every in-container test of the class fails with
 * "ArquillianServletRunnerEE9 not found". The runner is always deployed (Arquillian adds it to the archive) at the
 * context root {@code arquillian.xml} gives Payara ({@code --contextroot /}), so it is added here when the snapshot
 * missed it.
 */
public class SteadyPayaraMicroContainer extends PayaraMicroDeployableContainer {

    private static final String TEST_RUNNER = "ArquillianServletRunnerEE9";
    private static final String CONTEXT_ROOT = "/";
    private static final Logger LOG = Logger.getLogger(SteadyPayaraMicroContainer.class.getName());

    private PayaraMicroContainerConfiguration configuration;
    /** By archive name: the servers kept until the suite ends, what they answered, how their start failed. */
    private final Map<String, PayaraMicroDeployableContainer> kept = new HashMap<>();
    private final Map<String, ProtocolMetaData> keptMetaData = new HashMap<>();
    private final Map<String, DeploymentException> keptFailures = new HashMap<>();

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        super.setup(configuration);
        this.configuration = configuration;
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String name = archive.getName();
        if (!SharedDeployment.isKept(archive)) {
            SharedDeployment.countStart(name);
            return withTestRunner(super.deploy(archive));
        }
        if (keptFailures.containsKey(name)) {
            throw keptFailures.get(name);
        }
        if (!kept.containsKey(name)) {
            PayaraMicroDeployableContainer server = new PayaraMicroDeployableContainer();
            server.setup(configuration);
            SharedDeployment.countStart(name);
            try {
                ProtocolMetaData metaData = withTestRunner(server.deploy(archive));
                keptMetaData.put(name, metaData);
                SharedDeployment.started(name, metaData);
            } catch (DeploymentException failed) {
                keptFailures.put(name, failed);
                server.undeploy(archive);
                throw failed;
            }
            kept.put(name, server);
        }
        return keptMetaData.get(name);
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (!SharedDeployment.isKept(archive)) {
            super.undeploy(archive);
        }
    }

    /** The end of the suite: the kept servers go (Payara's own shutdown hook stops them if the JVM dies first). */
    @Override
    public void stop() throws LifecycleException {
        for (Map.Entry<String, PayaraMicroDeployableContainer> server : kept.entrySet()) {
            try {
                server.getValue().undeploy((Archive<?>) null);
            } catch (DeploymentException failed) {
                LOG.warning(() -> "The kept Payara Micro of " + server.getKey() + " did not stop cleanly: " + failed);
            }
        }
        kept.clear();
        super.stop();
    }

    private static ProtocolMetaData withTestRunner(ProtocolMetaData metaData) {
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

package org.tadreeb.testing;

import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Payara Micro process Arquillian started for a manual deployment ({@code Deployer.deploy}), found among this
 * JVM's children: a restart test needs its address (Arquillian injects it only for managed deployments) and must
 * know when it has really gone, since {@code Deployer.undeploy} only asks it to stop.
 */
public record PayaraProcess(ProcessHandle handle, int port) {

    /** The one Payara Micro this test JVM runs now besides the kept ones ({@link SharedDeployment}). */
    public static PayaraProcess running() {
        List<PayaraProcess> found = ProcessHandle.current().children()
                .filter(ProcessHandle::isAlive)
                .flatMap(child -> child.info().arguments().stream()
                        .filter(arguments -> String.join(" ", arguments).contains("payara-micro"))
                        .map(arguments -> new PayaraProcess(child, portIn(arguments))))
                .filter(process -> !SharedDeployment.keptPorts().contains(process.port()))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one running Payara Micro, found " + found.size());
        }
        return found.get(0);
    }

    private static int portIn(String[] arguments) {
        for (int i = 0; i < arguments.length - 1; i++) {
            if (arguments[i].equals("--port")) {
                return Integer.parseInt(arguments[i + 1]);
            }
        }
        throw new IllegalStateException("Payara Micro was started without --port: " + String.join(" ", arguments));
    }

    public URL url() {
        try {
            return new URL("http://localhost:" + port + "/");
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Waits until the process has exited (and so released the database and stopped sending). */
    public void awaitExit(Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            handle.destroyForcibly();
            throw new AssertionError("Payara Micro did not stop within " + timeout.toSeconds() + " s");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

package org.aashray.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Ports for what a test starts besides its own application. No test may need a fixed port free: a developer
 * runs the app (on 8080) while testing, and two test JVMs of one build run at once.
 */
public final class Ports {

    /** The port a started application takes when nothing says otherwise ({@code server.port=${PORT:8080}}). */
    public static final int APPLICATION_DEFAULT = 8080;

    private Ports() {
    }

    /** A loopback port that was free a moment ago, for a server whose port must be known before it starts. */
    public static int free() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the application's default port busy until closed, as a developer's running app would, so that a test
     * proves what it starts does not need that port. If something else already holds it, that is just as good.
     */
    public static AutoCloseable holdApplicationDefault() {
        try {
            ServerSocket held = new ServerSocket();
            held.setReuseAddress(false);
            held.bind(new java.net.InetSocketAddress(APPLICATION_DEFAULT));
            return held;
        } catch (BindException alreadyBusy) {
            return () -> { };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

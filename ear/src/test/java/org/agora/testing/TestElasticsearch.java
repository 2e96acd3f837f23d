package org.agora.testing;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops and starts the Elasticsearch server the build started for the tests, with the project's own script. */
public final class TestElasticsearch {

    private TestElasticsearch() {
    }

    public static void stop() {
        run(List.of(script(), "stop", System.getProperty("it.es.state")));
    }

    public static void start() {
        run(List.of(script(), "start", System.getProperty("it.es.home"), System.getProperty("it.es.state"),
                System.getProperty("it.es.port")));
    }

    private static String script() {
        return System.getProperty("it.es.script");
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

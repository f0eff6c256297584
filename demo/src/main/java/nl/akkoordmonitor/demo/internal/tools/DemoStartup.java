package nl.akkoordmonitor.demo.internal.tools;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.demo.DemoTools;

/**
 * In demo mode, loads the demo data when the application has started and before its HTTP server
 * takes requests: the port opens, and {@code /health} says UP, only once the demo users can log
 * in and their data are there.
 */
@Singleton
@Requires(property = "akkoordmonitor.demo.enabled", value = "true")
class DemoStartup implements ApplicationEventListener<StartupEvent>, Ordered {

    private final DemoTools tools;

    DemoStartup(DemoTools tools) {
        this.tools = tools;
    }

    /** After the reference data and the first administrator are in. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        tools.loadDemo();
    }
}

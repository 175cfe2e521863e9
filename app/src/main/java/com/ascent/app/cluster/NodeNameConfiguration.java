package com.ascent.app.cluster;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A node's name ({@code ascent.node-name}, e.g. {@code app1}) ends every session id it issues
 * ({@code JSESSIONID=....app1}, Tomcat's "jvmRoute"), so that a proxy keeps each user on the node
 * that holds their session (docker/nginx.conf) and sends them back nowhere else once they signed in
 * again on another node. Unset (one node): session ids as usual.
 */
@Configuration(proxyBeanMethods = false)
class NodeNameConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nodeNameInSessionIds(
            @Value("${ascent.node-name:}") String nodeName) {
        return factory -> {
            if (!nodeName.isBlank()) {
                // The engine is known once the context sits in it, which it does before it starts.
                factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                            && context.getParent().getParent() instanceof Engine engine) {
                        engine.setJvmRoute(nodeName.trim());
                    }
                }));
            }
        };
    }
}

package com.ascent.app.files;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The servlet container's multipart limits follow {@code ascent.uploads.max-size}, so no larger body is buffered. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadSettings.class)
class UploadConfiguration {

    /** Room for the multipart envelope (boundaries, part headers) around the largest file. */
    static final long ENVELOPE_BYTES = 64 * 1024;

    /** Replaces Spring Boot's default (1 MB per file), which would refuse a file our own check allows. */
    @Bean
    MultipartConfigElement multipartConfigElement(UploadSettings settings) {
        long maxBytes = settings.maxSize().toBytes();
        return new MultipartConfigElement("", maxBytes, maxBytes + ENVELOPE_BYTES, 0);
    }
}

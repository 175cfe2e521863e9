package com.ascent.app.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large an uploaded file may be ({@code ascent.uploads.max-size}, environment
 * {@code ASCENT_UPLOAD_MAX_SIZE}; 50 MB by default: about 250,000 people with every column).
 */
@ConfigurationProperties("ascent.uploads")
public record UploadSettings(DataSize maxSize) {
}

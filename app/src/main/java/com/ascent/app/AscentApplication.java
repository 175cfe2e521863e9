package com.ascent.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Ascent: design and run coaching and mentoring programs for high-potential employees. */
@SpringBootApplication
public class AscentApplication {

    public static void main(String[] args) {
        SpringApplication.run(AscentApplication.class, args);
    }
}

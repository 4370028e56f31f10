package org.safeports;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Safeports portal: one application, one PostgreSQL database, one package per module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class SafeportsApplication {

  public static void main(String[] args) {
    SpringApplication.run(SafeportsApplication.class, args);
  }
}

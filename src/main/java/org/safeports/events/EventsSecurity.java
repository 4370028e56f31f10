package org.safeports.events;

import static org.springframework.http.HttpMethod.GET;

import org.safeports.platform.security.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may open the events' routes at all. Whether a reader may see a given event is {@link
 * EventVisibility}'s to decide, in the services: an event a reader may not see is not found.
 * Registering needs a registered user; building events, agendas and forms needs an editor.
 */
@Configuration(proxyBeanMethods = false)
class EventsSecurity {

  @Bean
  RouteRules eventsRoutes() {
    return http ->
        http.authorizeHttpRequests(
            routes -> {
              // Editors: events, texts, documents, agendas, speakers, forms, registrants.
              routes.requestMatchers("/admin/events", "/admin/events/**").hasRole("EDITOR");
              // Registering, a person's own registrations and agenda marks.
              // (the registration part adds its routes here)
              // The agenda and speakers: open (the visibility rule decides); marking sessions and
              // one's own agenda need a signed-in user.
              routes
                  .requestMatchers(
                      GET, "/events/*/agenda", "/events/*/speakers", "/events/speakers/*/photo")
                  .permitAll();
              routes
                  .requestMatchers("/events/*/my-agenda", "/events/*/agenda/*/mark")
                  .hasRole("USER");
              // Calendar feeds and files.
              // (the calendar part adds its routes here)
              // The events list and an event's page: open; the visibility rule decides.
              routes.requestMatchers(GET, "/events", "/events/past", "/events/*").permitAll();
            });
  }
}

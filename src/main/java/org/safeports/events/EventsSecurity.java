package org.safeports.events;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

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
              routes
                  .requestMatchers(
                      GET, "/events/*/register", "/events/*/participants", "/account/events")
                  .hasRole("USER");
              routes
                  .requestMatchers(
                      POST, "/events/*/register", "/events/*/cancel", "/account/events/calendar")
                  .hasRole("USER");
              // The agenda and speakers: open (the visibility rule decides); marking sessions and
              // one's own agenda need a signed-in user.
              routes
                  .requestMatchers(
                      GET, "/events/*/agenda", "/events/*/speakers", "/events/speakers/*/photo")
                  .permitAll();
              routes
                  .requestMatchers("/events/*/my-agenda", "/events/*/agenda/*/mark")
                  .hasRole("USER");
              // Calendar feeds and files: open (calendar programs send no cookie). An event's
              // file follows the visibility rule; a person's feed is reached by its secret.
              routes
                  .requestMatchers(GET, "/events.ics", "/events/*/event.ics", "/calendar/*.ics")
                  .permitAll();
              // The events list and an event's page: open; the visibility rule decides. The zone
              // choice is open too (saved on the account when signed in).
              routes.requestMatchers(GET, "/events", "/events/past", "/events/*").permitAll();
              routes.requestMatchers(POST, "/events/time-zone").permitAll();
            });
  }
}

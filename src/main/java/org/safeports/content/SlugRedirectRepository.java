package org.safeports.content;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlugRedirectRepository extends JpaRepository<SlugRedirect, SlugRedirect.Key> {

  Optional<SlugRedirect> findByLanguageAndSlug(String language, String slug);
}

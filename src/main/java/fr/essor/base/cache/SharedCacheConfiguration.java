package fr.essor.base.cache;

import java.util.List;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedCacheConfiguration {

    /**
     * Spring's registry of Essor's caches. It holds only those that {@link SharedCaches} builds, each with its loader
     * (no cache made up on demand from a name): a background refresh needs the loader, which an annotation cannot give.
     */
    @Bean
    CaffeineCacheManager cacheManager() {
        CaffeineCacheManager caches = new CaffeineCacheManager();
        caches.setCacheNames(List.of());
        return caches;
    }
}

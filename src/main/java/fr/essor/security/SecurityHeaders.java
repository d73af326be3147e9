package fr.essor.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The headers every Essor response carries, whichever security chain answers it: a chain applies them with
 * {@code http.headers(securityHeaders)}. Spring's defaults stay (no-sniff, no caching of pages, HSTS on HTTPS
 * requests); this adds the content security policy, forbids framing and keeps referrers and browser features in.
 */
@Component
public class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    /**
     * As tight as Vaadin 25 allows, found by loading every page in Chromium under stricter policies and
     * reading what the console reported refused (ContentSecurityPolicyInBrowserIT fails on any refusal):
     * <ul>
     * <li>script-src 'unsafe-inline': Vaadin's bootstrap page carries about ten inline scripts (its initial
     * state, the client's start, the dev-mode detector); without them no page starts, the sign-in page neither.
     * They change with each build and Vaadin offers no nonce, so hashes cannot replace the keyword.</li>
     * <li>script-src 'unsafe-eval': Flow's client runs {@code executeJs} and the dev-mode detector through
     * {@code new Function(...)}; without it the sign-in page stays blank.</li>
     * <li>style-src 'unsafe-inline': the bootstrap page's own style elements and the styles components add at
     * run time.</li>
     * <li>img-src/font-src data: Lumo's icon font and its icons (menu, grid sorter, dialog close) are
     * data URLs.</li>
     * <li>connect-src 'self': UIDL, heartbeat and push requests, all same origin.</li>
     * </ul>
     * Nothing is loaded from another origin; no plugins, no foreign base URL, forms post only to Essor (the
     * identity provider is reached by a link, then by redirects, which form-action does not govern), no framing.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Browser features Essor never uses, refused to the page and to anything injected into it. */
    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()";

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // For browsers that predate frame-ancestors.
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    // Vaadin commits its HTML pages past Spring's response wrapper, so headers written at
                    // commit time never reached the sign-in page or any view: write them before the request
                    // goes on. A handler that sets its own Cache-Control (static files) still replaces ours.
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}

package org.aashray.security.login;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The headers every response carries (issues #11 and #21): no MIME sniffing, no caching of pages with survivors'
 * data, no framing by other sites, no full addresses in the Referer header, a content security policy, no device
 * features, and HSTS on requests that came over TLS.
 */
final class SecurityHeaders {

    /**
     * Everything from the application's own origin only. Vaadin Flow needs inline and evaluated scripts (its
     * bootstrap starts the client engine inline, and the engine builds functions from the JavaScript the server
     * sends) and inline styles; components use data: images and fonts. No plug-ins, no foreign form targets,
     * no framing but by the application itself.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /**
     * No screen uses a device feature: the resident's photo is a file upload (the phone's own picker may offer
     * its camera), not a capture in the page. A page that ever needs one names it here for 'self'.
     */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), display-capture=()";

    /** A year; sent only on requests that came over TLS (Spring's default matcher), never for subdomains. */
    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true); // before Vaadin writes the page, not on commit
                    return filter;
                }
            });
            headers.contentTypeOptions(Customizer.withDefaults())
                    .cacheControl(Customizer.withDefaults())
                    .frameOptions(frame -> frame.sameOrigin())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                    .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(false));
        });
    }
}

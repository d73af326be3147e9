package fr.essor.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The id a support person asks a user for is in the response and in every log line of the request. */
class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    private String seenInLogDuring(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicReference<String> logged = new AtomicReference<>();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                logged.set(MDC.get(RequestIdFilter.MDC_KEY));
            }
        });
        return logged.get();
    }

    @Test
    void each_request_gets_an_id_in_its_log_lines_and_its_response_and_none_is_left_behind() throws Exception {
        MockHttpServletResponse first = new MockHttpServletResponse();
        MockHttpServletResponse second = new MockHttpServletResponse();
        String firstId = seenInLogDuring(new MockHttpServletRequest("GET", "/"), first);
        String secondId = seenInLogDuring(new MockHttpServletRequest("GET", "/"), second);

        assertThat(firstId).hasSize(12).isEqualTo(first.getHeader("X-Request-Id"));
        assertThat(secondId).isNotEqualTo(firstId).isEqualTo(second.getHeader("X-Request-Id"));
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }

    @Test
    void a_proxys_id_is_kept_but_text_that_would_forge_log_lines_is_not() throws Exception {
        MockHttpServletRequest fromProxy = new MockHttpServletRequest("GET", "/");
        fromProxy.addHeader("X-Request-Id", "lb-7f3a9c2e-0001");
        assertThat(seenInLogDuring(fromProxy, new MockHttpServletResponse())).isEqualTo("lb-7f3a9c2e-0001");

        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
        forged.addHeader("X-Request-Id", "abc\n2026-11-26 INFO admin signed in");
        assertThat(seenInLogDuring(forged, new MockHttpServletResponse())).hasSize(12).doesNotContain("\n");
    }
}

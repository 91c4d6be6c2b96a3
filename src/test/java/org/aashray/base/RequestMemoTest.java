package org.aashray.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class RequestMemoTest {

    private final AtomicInteger computed = new AtomicInteger();

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    private String answer() {
        return "answer " + computed.incrementAndGet();
    }

    @Test
    void aRequestThroughTheServerAsksOnceUntilAWriteForgetsIt() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(RequestMemo.ATTRIBUTE, RequestMemo.newMemo());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(RequestMemo.get("homes:1", this::answer)).isEqualTo("answer 1");
        assertThat(RequestMemo.get("homes:1", this::answer)).isEqualTo("answer 1");
        assertThat(RequestMemo.get("beds:1", this::answer)).isEqualTo("answer 2");
        RequestMemo.forget("homes:");
        assertThat(RequestMemo.get("homes:1", this::answer)).isEqualTo("answer 3");
        assertThat(RequestMemo.get("beds:1", this::answer)).isEqualTo("answer 2");
    }

    @Test
    void theNextRequestStartsAfresh() {
        MockHttpServletRequest first = new MockHttpServletRequest();
        first.setAttribute(RequestMemo.ATTRIBUTE, RequestMemo.newMemo());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(first));
        RequestMemo.get("homes:1", this::answer);
        MockHttpServletRequest second = new MockHttpServletRequest();
        second.setAttribute(RequestMemo.ATTRIBUTE, RequestMemo.newMemo());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(second));

        assertThat(RequestMemo.get("homes:1", this::answer)).isEqualTo("answer 2");
    }

    @Test
    void withoutTheServersMemoEveryCallComputes() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        RequestMemo.get("homes:1", this::answer);
        assertThat(RequestMemo.get("homes:1", this::answer)).isEqualTo("answer 2");
        RequestContextHolder.resetRequestAttributes();
        assertThat(RequestMemo.get("homes:1", this::answer)).isEqualTo("answer 3");
    }
}

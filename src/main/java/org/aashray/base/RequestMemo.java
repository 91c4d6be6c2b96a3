package org.aashray.base;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value worked out once per HTTP request. One click in the UI asks several components the same question
 * (the side navigation, the alert bell, the view and its service all want the caller's homes); asking the
 * database once per request is enough, and nothing is kept beyond the request, so no later request can see
 * an old answer. Only requests that came through the web server ({@link RequestMemoFilter}) keep values; in
 * jobs, background report writing and tests every call computes afresh.
 */
public final class RequestMemo {

    static final String ATTRIBUTE = RequestMemo.class.getName();

    private RequestMemo() {
    }

    /** The value this request already worked out under {@code key}, or {@code compute}'s (kept unless null). */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> compute) {
        Map<String, Object> memo = memo();
        if (memo == null) return compute.get();
        Object known = memo.get(key);
        if (known != null) return (T) known;
        T value = compute.get();
        if (value != null) memo.put(key, value);
        return value;
    }

    /** Drops this request's values whose keys start with {@code keyPrefix}: call it after a write they depend on. */
    public static void forget(String keyPrefix) {
        Map<String, Object> memo = memo();
        if (memo != null) memo.keySet().removeIf(k -> k.startsWith(keyPrefix));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (Map<String, Object>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    static Map<String, Object> newMemo() {
        return new HashMap<>();
    }
}

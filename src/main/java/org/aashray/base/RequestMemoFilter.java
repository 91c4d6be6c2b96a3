package org.aashray.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives each request the web server handles its own {@link RequestMemo}. */
@Component
class RequestMemoFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(RequestMemo.ATTRIBUTE, RequestMemo.newMemo());
        try {
            chain.doFilter(request, response);
        } finally {
            request.removeAttribute(RequestMemo.ATTRIBUTE);
        }
    }
}

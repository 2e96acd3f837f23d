package org.agora.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditLog;

/**
 * Writes a sign-in through the company's provider to the audit log, once per session. The provider's redirect back
 * happens inside WildFly's OIDC mechanism, so the first request that arrives signed on is where Agora first sees it.
 */
public class CompanySignOnAudit extends HttpFilter {

    private static final String RECORDED = CompanySignOnAudit.class.getName() + ".recorded";

    @Inject
    transient AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("OIDC".equals(request.getAuthType())) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(RECORDED) == null) {
                session.setAttribute(RECORDED, Boolean.TRUE);
                String name = request.getRemoteUser();
                audit.recordAs(name, AuditAction.SIGNED_IN, name, request.isUserInRole("EMPLOYEE")
                        ? "company sign-on" : "company sign-on, but no employee has this address");
            }
        }
        chain.doFilter(request, response);
    }
}

package org.agora.web.account;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.agora.identity.AccessTokenView;
import org.agora.identity.AccessTokens;
import org.agora.identity.CreatedToken;
import org.agora.identity.Role;
import org.agora.identity.TokenScope;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotAllowedException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

/** Backs the access tokens page: make a token (its secret shown once), list and revoke them. */
@Named
@ViewScoped
public class AccessTokensView implements Serializable {

    @Inject
    AccessTokens tokens;

    private List<AccessTokenView> mine;
    private String name;
    private TokenScope scope = TokenScope.READ;
    private Integer days = 90;
    private String secret;

    @PostConstruct
    void load() {
        mine = tokens.mine();
    }

    public void create() {
        try {
            CreatedToken created = tokens.create(name, scope, days);
            secret = created.secret();
            name = null;
            load();
        } catch (InvalidInputException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
    }

    public void revoke(long tokenId) {
        try {
            tokens.revoke(tokenId);
            secret = null;
            Messages.info("The token is revoked: calls made with it are refused from now on.");
        } catch (NotFoundException | NotAllowedException e) {
            Messages.error(e.getMessage());
        }
        load();
    }

    public List<TokenScope> getScopes() {
        boolean admin = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMIN_ROLE);
        return admin ? List.of(TokenScope.values()) : List.of(TokenScope.READ, TokenScope.WRITE);
    }

    public String describe(TokenScope scope) {
        return switch (scope) {
            case READ -> "Read: GET requests";
            case WRITE -> "Read and write";
            case SCIM -> "SCIM provisioning";
        };
    }

    /** Agora's address as this browser reaches it, for the example call. */
    public String getApiBase() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    public List<AccessTokenView> getMine() {
        return mine;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}

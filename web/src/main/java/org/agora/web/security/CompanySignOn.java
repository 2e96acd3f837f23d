package org.agora.web.security;

import java.util.Map;
import java.util.Optional;

import org.agora.identity.AccessTokens;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

/**
 * Company single sign-on through an OpenID Connect provider, switched on by configuration alone:
 * {@code agora.oidc.issuer}, {@code agora.oidc.client-id} and {@code agora.oidc.client-secret} (or the environment
 * variables {@code AGORA_OIDC_ISSUER}, {@code AGORA_OIDC_CLIENT_ID}, {@code AGORA_OIDC_CLIENT_SECRET}).
 * <p>
 * WildFly's OIDC mechanism asks this resolver, on every request, which client it speaks for. Without an issuer the
 * answer is a client that is not configured, and the mechanism steps aside for the sign-in form. With one, pages
 * send the browser to the provider, and the employee whose e-mail address the ID token carries is signed in with
 * the roles of their Agora account (see the server's AgoraOidcRealm).
 */
public class CompanySignOn implements OidcClientConfigurationResolver {

    /** Personal access tokens are Agora's own; ApiCredentials checks them, the provider would only refuse them. */
    private static final String PERSONAL_TOKEN = "Bearer " + AccessTokens.PREFIX;

    private static final OidcClientConfiguration NOT_CONFIGURED = new OidcClientConfiguration();

    private final OidcClientConfiguration client;

    public CompanySignOn() {
        Config config = ConfigProvider.getConfig(CompanySignOn.class.getClassLoader());
        this.client = settings(config).map(CompanySignOn::client).orElse(NOT_CONFIGURED);
    }

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.startsWith(PERSONAL_TOKEN)) {
            return NOT_CONFIGURED;
        }
        return client;
    }

    /** Whether sign-on through the company's provider is switched on, for the sign-in page to offer it. */
    public static boolean isEnabled() {
        return settings(ConfigProvider.getConfig(CompanySignOn.class.getClassLoader())).isPresent();
    }

    private static Optional<OidcJsonConfiguration> settings(Config config) {
        Optional<String> issuer = config.getOptionalValue("agora.oidc.issuer", String.class).filter(s -> !s.isBlank());
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        OidcJsonConfiguration settings = new OidcJsonConfiguration();
        settings.setProviderUrl(issuer.get().strip());
        settings.setClientId(required(config, "agora.oidc.client-id"));
        settings.setCredentials(Map.of("secret", required(config, "agora.oidc.client-secret")));
        // The claim that names the employee: their e-mail address, matched against Agora's employee records
        settings.setPrincipalAttribute(config.getOptionalValue("agora.oidc.principal-claim", String.class).orElse("email"));
        settings.setScope("email profile");
        settings.setPkce(true);
        // Plain HTTP only from loopback and private addresses (a provider on the same network while trying it out)
        settings.setSslRequired("external");
        return Optional.of(settings);
    }

    private static String required(Config config, String key) {
        return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        "agora.oidc.issuer is set, so single sign-on needs " + key + " as well"));
    }

    private static OidcClientConfiguration client(OidcJsonConfiguration settings) {
        return OidcClientConfigurationBuilder.build(settings);
    }
}

package org.agora.search.internal;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

/** The one Elasticsearch client the application shares (it is thread-safe); closed on undeploy. */
@ApplicationScoped
public class ElasticsearchConnection {

    private static final Logger LOG = Logger.getLogger(ElasticsearchConnection.class.getName());

    @Inject
    @ConfigProperty(name = "agora.search.url", defaultValue = "http://127.0.0.1:9200")
    String url;

    /** Short timeouts: while Elasticsearch is down, pages and the drainer should learn it fast. */
    @Produces
    @Singleton
    ElasticsearchClient client() {
        RestClient restClient = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(config -> config.setConnectTimeout(1_000).setSocketTimeout(15_000))
                .build();
        LOG.info(() -> "Search uses Elasticsearch at " + url);
        return new ElasticsearchClient(new RestClientTransport(restClient, new JsonbJsonpMapper()));
    }

    void close(@Disposes ElasticsearchClient client) throws IOException {
        client._transport().close();
    }
}

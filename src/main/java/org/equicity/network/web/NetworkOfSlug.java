package org.equicity.network.web;

import java.util.Map;
import org.equicity.network.Networks;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.PathArgument;
import org.springframework.context.annotation.Configuration;

/**
 * "The network of this slug, or 404": a page or API handler of any module declares a {@link NetworkDetails} parameter
 * and gets the network its address names ({@code {slug}}), shown to the page's template as {@code network}. Reading a
 * network by its slug is public, so what the reader may do with it is decided where it was before: by the page's own
 * check or by the facade the handler calls, which refuses with 403.
 */
@Configuration(proxyBeanMethods = false)
class NetworkOfSlug extends PathArgument<NetworkDetails> {

    private final Networks networks;

    NetworkOfSlug(Networks networks) {
        super(NetworkDetails.class, "network");
        this.networks = networks;
    }

    @Override
    protected NetworkDetails load(Map<String, String> variables) {
        var slug = variables.getOrDefault("slug", "");
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("Network", slug));
    }
}

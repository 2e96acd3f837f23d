package org.agora.search;

import java.net.URL;
import java.time.Duration;

import org.agora.testing.AgoraClient;
import org.agora.testing.Deployments;
import org.agora.testing.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Search never shows a post from a group the searcher may not read (the demo company's secret group). */
@ExtendWith(ArquillianExtension.class)
class SearchPermissionIT {

    @Deployment(testable = false)
    static EnterpriseArchive agora() {
        return Deployments.agora();
    }

    @ArquillianResource
    URL base;

    @Test
    void secretGroupPostIsFoundByAMemberAndInvisibleToOthers() {
        AgoraClient member = AgoraClient.as(base, "marcus");
        Eventually.within(Duration.ofSeconds(30), "a member of Project Nightingale finds its posts",
                () -> member.search("nightingale").body().contains("Project Nightingale"));

        var outsider = AgoraClient.as(base, "sam").search("nightingale");
        assertEquals(200, outsider.statusCode());
        assertFalse(outsider.body().contains("Project Nightingale"), outsider.body());
        assertEquals(0, AgoraClient.json(outsider).getJsonArray("hits").stream()
                .filter(hit -> hit.asJsonObject().getString("groupName", "").equals("Project Nightingale")).count());
    }
}

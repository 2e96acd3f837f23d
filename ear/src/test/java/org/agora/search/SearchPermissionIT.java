package org.agora.search;

import java.time.Duration;

import org.agora.testing.AgoraClient;
import org.agora.testing.DeployedAgora;
import org.agora.testing.Eventually;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Search never shows a post from a group the searcher may not read (the demo company's secret group). */
class SearchPermissionIT extends DeployedAgora {

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

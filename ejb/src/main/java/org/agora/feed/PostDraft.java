package org.agora.feed;

import java.time.Instant;
import java.util.List;

/**
 * What an author sends to publish: the text, where ({@code groupId} null for their profile, or company-wide for an
 * announcement), its kind, for a poll its options, whether several may be chosen and when it closes
 * (null: in a week), and the files they uploaded for it ({@code attachmentIds}, in order).
 */
public record PostDraft(String body, Long groupId, PostKind kind, List<String> pollOptions, boolean pollMultiple,
                        Instant pollClosesAt, List<Long> attachmentIds) {

    public static PostDraft discussion(String body, Long groupId) {
        return new PostDraft(body, groupId, PostKind.DISCUSSION, List.of(), false, null, List.of());
    }

    public List<Long> attachmentIdsOrNone() {
        return attachmentIds == null ? List.of() : attachmentIds;
    }

    public PostKind kindOrDiscussion() {
        return kind == null ? PostKind.DISCUSSION : kind;
    }
}

package org.agora.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The indices Agora searches. Each is reached through an alias ({@code <prefix>-content}) pointing at a
 * versioned index ({@code <prefix>-content-v1}), so a rebuilt index can replace it without downtime.
 */
public enum SearchIndex {
    CONTENT("content", 2),
    PEOPLE("people", 3),
    GROUPS("groups", 1);

    private final String name;
    private final int mappingVersion;

    SearchIndex(String name, int mappingVersion) {
        this.name = name;
        this.mappingVersion = mappingVersion;
    }

    public String alias(String prefix) {
        return prefix + "-" + name;
    }

    public String versionedIndex(String prefix) {
        return alias(prefix) + "-v" + mappingVersion;
    }

    /** The short name administrators and the REST API use: {@code content}, {@code people}. */
    public String key() {
        return name;
    }

    public static Optional<SearchIndex> byKey(String key) {
        return Arrays.stream(values()).filter(index -> index.name.equals(key)).findFirst();
    }

    /** Settings and mappings, kept beside the code as the JSON Elasticsearch reads. */
    public String mappingResource() {
        return "/search/" + name + "-v" + mappingVersion + ".json";
    }
}

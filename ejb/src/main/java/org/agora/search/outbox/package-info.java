/**
 * Keeping Elasticsearch in step with the database: the transactional outbox, whose changes are recorded with the
 * data they describe and sent later, so a commit never waits for, or is lost because of, the search server; and
 * rebuilds, which fill an index from the database in bulk while the outbox keeps writing to it.
 */
package org.agora.search.outbox;

/**
 * The transactional outbox between the database and Elasticsearch: changes are recorded with the data they
 * describe and sent later, so a commit never waits for, or is lost because of, the search server.
 */
package org.agora.search.outbox;

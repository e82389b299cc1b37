/**
 * Solr as a vanban engine: {@link io.github.vanban.solr.SolrIndex} indexes a folder into a
 * SolrCloud collection (the write port of {@link io.github.vanban.search.sync}) and answers the
 * queries of {@link io.github.vanban.search.SearchBackend} from it with the records the local index
 * returns; {@link io.github.vanban.solr.SolrSetup} uploads the configset and creates the
 * collection.
 */
package io.github.vanban.solr;

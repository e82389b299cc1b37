/**
 * {@code vanban serve}: an HTTP JSON API over an index and the web pages that use it (search,
 * document, metric explorer), served from the jar by the JDK's HTTP server.
 */
package io.github.vanban.web;

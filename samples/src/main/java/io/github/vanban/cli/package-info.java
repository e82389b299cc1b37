/** The vanban command line. */
package io.github.vanban.cli;

/** Short programs showing how to embed vanban in an application. */
package io.github.vanban.samples;

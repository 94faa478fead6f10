/**
 * The Parley node: the Boot application, its security chain and configuration, and (in later features) the
 * session gateway, media planes and interaction log writer.
 */
package io.parley.app;

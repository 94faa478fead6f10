/**
 * The session gateway: admits a caller to a deployment (secret key from a tenant's back end, publishable key from an
 * allowed origin, or a dashboard user trying a deployment), issues a short-lived signed session token, the
 * transports on offer and ICE servers with ephemeral TURN credentials.
 */
package io.parley.app.gateway;

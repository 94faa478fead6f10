/**
 * Parley's HTTP face for the dashboard and tenant back ends: WebFlux controllers, request and response records,
 * RFC 9457 problem details. Controllers resolve the {@link io.parley.tenant.Caller} from the security context and
 * hand it to the tenant services, which enforce the tenant scope.
 */
package io.parley.dashboard;

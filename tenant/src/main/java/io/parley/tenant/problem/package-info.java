/**
 * Domain failures with the HTTP status and problem type they map to (RFC 9457). The web layer turns them into
 * problem details; the services only say what went wrong.
 */
package io.parley.tenant.problem;

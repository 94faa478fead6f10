/**
 * Everything a tenant owns in PostgreSQL, one package per feature. Each feature's public face is its service and
 * its records; entities and repositories are package-private so no other feature (or module) can bypass the tenant
 * scope the services enforce.
 */
package io.parley.tenant;

/**
 * Serves the tenant dashboard (the React app built from {@code frontend/apps/dashboard}) at {@code /}: hashed
 * assets cached for good, {@code index.html} for every page route so the browser-side router takes over.
 */
package io.parley.app.dashboard;

/** OpenTelemetry traces of agent turns: one trace per turn, one span per stage of its timeline. */
package io.parley.app.tracing;

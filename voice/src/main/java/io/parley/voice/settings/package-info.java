/**
 * Value types that configure a live pipeline: the real-time settings of a deployment, their allowed ranges,
 * and the channel presets. The control plane stores and validates these; the engine consumes them.
 * Nothing here depends on Spring or on tenants.
 */
package io.parley.voice.settings;

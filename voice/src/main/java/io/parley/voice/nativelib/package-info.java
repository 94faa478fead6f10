/**
 * Small helpers shared by Parley's native engines (pocketsphinx, espeak-ng, flite): loading a library through
 * FFM with a clear error when it is missing, and turning native error codes into exceptions.
 */
package io.parley.voice.nativelib;

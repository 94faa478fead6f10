package io.parley.app.interactionlog;

/** The database could not be reached (or did not answer): the entries must wait in the spool. */
final class SinkUnavailableException extends Exception {

    SinkUnavailableException(Throwable cause) {
        super(cause.toString(), cause);
    }
}

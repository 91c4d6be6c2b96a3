package org.aashray.base;

/** Someone else saved the same record after this user opened it; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Throwable cause) {
        super(what + " was changed by someone else", cause);
    }
}

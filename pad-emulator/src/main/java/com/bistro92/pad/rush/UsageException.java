package com.bistro92.pad.rush;

/** Bad command-line input; its message is shown to the user as is, without a stack trace. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}

package org.newsgraph;

/** The build cannot start: a folder is missing or a setting is invalid. Nothing was written. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}

package org.newsgraph.cli;

import java.util.Map;
import org.newsgraph.ProjectConfig;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults {@code newsgraph.yaml} gives the options: an option given on the command line wins, then the file,
 * then the built-in default. Which setting feeds which option of which command is this table.
 */
final class ConfigDefaults implements IDefaultValueProvider {

    /** "command --option" -> setting of {@link ProjectConfig}. */
    static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("build --base", "base"), Map.entry("serve --base", "base"),
            Map.entry("build --title", "title"), Map.entry("serve --title", "title"),
            Map.entry("build --language", "language"), Map.entry("serve --language", "language"),
            Map.entry("build --articles", "articles"), Map.entry("serve --articles", "articles"),
            Map.entry("check --articles", "articles"), Map.entry("new --articles", "articles"),
            Map.entry("build --site", "site"), Map.entry("serve --site", "site"), Map.entry("check --site", "site"),
            Map.entry("query --site", "site"),
            Map.entry("build --templates", "templates"), Map.entry("serve --templates", "templates"),
            Map.entry("build --cache", "cache"), Map.entry("serve --cache", "cache"),
            Map.entry("build --workers", "workers"), Map.entry("serve --workers", "workers"),
            Map.entry("build --article-timeout", "article-timeout"),
            Map.entry("serve --article-timeout", "article-timeout"),
            Map.entry("new --author", "author"), Map.entry("new --source", "source"),
            Map.entry("serve --port", "serve.port"), Map.entry("serve --timeout", "serve.timeout"),
            Map.entry("serve --max-rows", "serve.max-rows"));

    private final ProjectConfig config;

    /** Whether the file sets any option of this command. */
    static boolean configures(String command) {
        return OPTIONS.keySet().stream().anyMatch(key -> key.startsWith(command + " "));
    }

    ConfigDefaults(ProjectConfig config) {
        this.config = config;
    }

    ProjectConfig config() {
        return config;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || option.command() == null) {
            return null;
        }
        // An option of a mixin (ProjectOptions) belongs to the command that mixes it in.
        String setting = OPTIONS.get(option.command().name() + " " + option.longestName());
        return setting == null ? null : config.get(setting).orElse(null);
    }
}

package org.newsgraph.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the inputs of a build (the articles folder with its {@code _entities.yaml}, the templates folder and their
 * subfolders) and reports which files changed, once the burst of events an editor's save makes has settled.
 * Editors' scratch files (hidden, {@code ~}, {@code .swp}, {@code .tmp}) do not count.
 */
final class ChangeWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    ChangeWatcher(List<Path> roots) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    /**
     * Blocks until a relevant file changed, then until no event came for {@code settle}.
     *
     * @return the changed files, sorted
     * @throws java.nio.file.ClosedWatchServiceException once the watcher is closed
     */
    Set<Path> awaitChanges(Duration settle) throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        while (changed.isEmpty()) {
            collect(service.take(), changed);
        }
        WatchKey next;
        while ((next = service.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            collect(next, changed);
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                changed.add(folder != null ? folder : Path.of("."));
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    registerTree(file);
                } catch (IOException e) {
                    // The folder went away again; its files' events will not matter.
                }
            }
            if (!isScratch(file.getFileName().toString())) {
                changed.add(file);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    static boolean isScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp");
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, folder);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}

package eu.cohesion.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The servers the stack runs in processes of their own: stopping them and their leftovers. */
final class ChildProcesses {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private ChildProcesses() {}

  /** SIGTERM to the process and its children, then SIGKILL if they do not stop in time. */
  static void stopTree(ProcessHandle root) {
    List<ProcessHandle> tree =
        Stream.concat(root.descendants(), Stream.of(root)).filter(ProcessHandle::isAlive).toList();
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  /**
   * A JVM killed with SIGKILL cannot stop its children; the pid file it left names the server it
   * started, which is stopped before a new one takes the same data folder. The command line must
   * contain {@code marker}, so a reused pid of an unrelated process is left alone.
   */
  static void stopOrphan(Path pidFile, String marker) throws IOException {
    if (!Files.exists(pidFile)) {
      return;
    }
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    ProcessHandle.of(pid)
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .ifPresent(ChildProcesses::stopTree);
    Files.delete(pidFile);
  }
}

package eu.cohesion.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The fixed, documented ports of the local run, and free ports for tests. */
public final class Ports {

  public static final int POSTGRES = 15432;
  public static final int KAFKA = 19092;
  public static final int KAFKA_CONTROLLER = 19093;
  public static final int KEYCLOAK = 8180;
  public static final int KEYCLOAK_MANAGEMENT = 9180;
  public static final int SMTP = 3025;
  public static final int MAIL_API = 8025;

  private Ports() {}

  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on 127.0.0.1", e);
    }
  }

  public static boolean inUse(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}

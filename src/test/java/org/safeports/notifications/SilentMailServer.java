package org.safeports.notifications;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A mail server that takes connections and never says a word: not even the greeting. Without
 * timeouts, JavaMail waits on it for ever.
 */
final class SilentMailServer implements AutoCloseable {

  private final ServerSocket socket;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstConnection = new CountDownLatch(1);
  private final Thread acceptor;

  SilentMailServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "silent-mail-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  boolean awaitConnection(long seconds) throws InterruptedException {
    return firstConnection.await(seconds, TimeUnit.SECONDS);
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        connections.add(socket.accept());
        firstConnection.countDown();
      } catch (IOException e) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
  }
}

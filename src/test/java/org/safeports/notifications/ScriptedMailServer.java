package org.safeports.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that refuses recipients whose address starts with {@code nobody} (550, as a server
 * does for an unknown mailbox) and takes every other mail; it keeps who it took.
 */
final class ScriptedMailServer implements AutoCloseable {

  private final ServerSocket socket;
  private final List<String> delivered = new CopyOnWriteArrayList<>();

  ScriptedMailServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::serve, "scripted-mail-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  List<String> delivered() {
    return delivered;
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        converse(connection);
      } catch (IOException e) {
        // the client went away; take the next one
      }
    }
  }

  private void converse(Socket connection) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
    PrintWriter out =
        new PrintWriter(connection.getOutputStream(), true, StandardCharsets.US_ASCII);
    out.print("220 scripted ESMTP\r\n");
    out.flush();
    String recipient = null;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("RCPT TO:")) {
        recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
        reply(out, recipient.startsWith("nobody") ? "550 5.1.1 no such mailbox" : "250 OK");
      } else if (command.equals("DATA")) {
        reply(out, "354 go ahead");
        for (String body = in.readLine(); body != null && !body.equals("."); ) {
          body = in.readLine();
        }
        delivered.add(recipient);
        reply(out, "250 OK");
      } else if (command.equals("QUIT")) {
        reply(out, "221 bye");
        return;
      } else {
        reply(out, "250 OK");
      }
    }
  }

  private static void reply(PrintWriter out, String line) {
    out.print(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

package org.safeports.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.support.PortalTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a mail server that is down, one that accepts and never answers, one that comes
 * back after hours, and two instances sending at once.
 */
@PortalTest
class MailServerFaultTests {

  private static final Logger log = LoggerFactory.getLogger(MailServerFaultTests.class);

  @Autowired MailOutbox outbox;
  @Autowired OutboxMailRepository mails;
  @Autowired OutboxClaims claims;
  @Autowired TestSenders senders;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void onlyThisTestsMailIsDue() {
    senders.settleEarlierMail();
  }

  @Test
  void aServerThatNeverAnswersIsGivenUpOnAndHoldsNoRowMeanwhile() throws Exception {
    String recipient = fresh("silent");
    outbox.enqueue(recipient, "en", "passwordChanged", "Ana");
    long id = idOf(recipient);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try (SilentMailServer server = new SilentMailServer()) {
      OutboxSender sender =
          senders.sender(TestSenders.smtp(server.port(), 1000), Clock.systemUTC());
      Future<?> sending = thread.submit(sender::deliverDue);
      assertThat(server.awaitConnection(20)).isTrue();

      // While the sender waits on the server, another transaction changes the row at once: the
      // sender holds neither a lock nor a transaction.
      transactions.executeWithoutResult(
          status -> {
            jdbc.sql("set local lock_timeout = '2s'").update();
            assertThat(
                    jdbc.sql("update outbox_mail set subject = subject where id = ?")
                        .param(id)
                        .update())
                .isEqualTo(1);
          });
      assertThat(claimedUntil(id)).isNotNull();

      sending.get(30, TimeUnit.SECONDS); // gives up after its timeout, not never
    } finally {
      thread.shutdownNow();
    }
    OutboxMail mail = mails.findById(id).orElseThrow();
    assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
    assertThat(mail.attempts()).isEqualTo(1);
    assertThat(mail.lastError()).containsIgnoringCase("timed out");
    assertThat(mail.claimedUntil()).isNull();
  }

  @Test
  void twoInstancesSendingAtOnceDeliverEachMailExactlyOnce() throws Exception {
    List<String> recipients = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String recipient = fresh("twice-" + i);
      recipients.add(recipient);
      outbox.enqueue(recipient, "en", "passwordChanged", "Ana");
    }
    GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
    server.start();
    ExecutorService instances = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (int instance = 0; instance < 2; instance++) {
        OutboxSender sender =
            senders.sender(TestSenders.smtp(server.getSmtp().getPort(), 5000), Clock.systemUTC());
        running.add(
            instances.submit(
                () -> {
                  start.await();
                  for (int round = 0; round < 20 && waiting(recipients) > 0; round++) {
                    sender.deliverDue();
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> instance : running) {
        instance.get(120, TimeUnit.SECONDS);
      }
      Map<String, Long> received =
          Arrays.stream(server.getReceivedMessages())
              .map(MailServerFaultTests::recipientOf)
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      for (String recipient : recipients) {
        assertThat(received.get(recipient)).as(recipient).isEqualTo(1L);
      }
      assertThat(waiting(recipients)).isZero();
    } finally {
      instances.shutdownNow();
      server.stop();
    }
  }

  @Test
  void aClaimLeftByACrashedInstanceRunsOutAndAnotherInstanceSendsTheMail() {
    String recipient = fresh("crashed");
    outbox.enqueue(recipient, "en", "passwordChanged", "Ana");
    long id = idOf(recipient);
    MovableClock clock = new MovableClock(Instant.now());
    // The crashed instance took the mail and never came back to it.
    assertThat(claims.claimDue(clock.instant(), TestSenders.LEASE, 20))
        .extracting(OutboxClaims.ClaimedMail::id)
        .contains(id);

    GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
    server.start();
    try {
      OutboxSender other =
          senders.sender(TestSenders.smtp(server.getSmtp().getPort(), 5000), clock);
      clock.advance(Duration.ofMinutes(1));
      other.deliverDue();
      assertThat(mails.findById(id).orElseThrow().status()).isEqualTo(OutboxMail.Status.PENDING);

      clock.advance(TestSenders.LEASE);
      other.deliverDue();
      assertThat(mails.findById(id).orElseThrow().status()).isEqualTo(OutboxMail.Status.SENT);
      assertThat(server.getReceivedMessages())
          .extracting(MailServerFaultTests::recipientOf)
          .containsOnlyOnce(recipient);
    } finally {
      server.stop();
    }
  }

  @Test
  void signInMailGoesWithinAMinuteOfTheServersReturn() throws Exception {
    List<String> signIn = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      signIn.add(fresh("verify-" + i));
      outbox.enqueueForSignIn(
          signIn.get(i), "pt", "verifyEmail", "Ana", "https://example.org/verify/" + i);
      other.add(fresh("notice-" + i));
      outbox.enqueue(other.get(i), "pt", "passwordChanged", "Ana");
    }
    int port = freePort();
    MovableClock clock = new MovableClock(Instant.now());
    OutboxSender sender = senders.sender(TestSenders.smtp(port, 2000), clock);

    // Three hours with the mail server down, the sender polling every minute.
    for (Duration down = Duration.ZERO;
        down.compareTo(Duration.ofHours(3)) < 0;
        down = down.plus(Duration.ofMinutes(1))) {
      sender.deliverDue();
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(waiting(signIn)).isEqualTo(10);

    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    server.start();
    try {
      // From its return, the sender polls as the portal does: every 5 s.
      Duration poll = Duration.ofSeconds(5);
      Instant back = clock.instant();
      Duration allSignInMailWent = null;
      while (Duration.between(back, clock.instant()).compareTo(Duration.ofMinutes(2)) <= 0) {
        sender.deliverDue();
        if (waiting(signIn) == 0) {
          allSignInMailWent = Duration.between(back, clock.instant());
          break;
        }
        clock.advance(poll);
      }
      long signInDelivered = signIn.size() - waiting(signIn);
      while (waiting(other) > 0
          && Duration.between(back, clock.instant()).compareTo(Duration.ofHours(7)) <= 0) {
        clock.advance(poll);
        sender.deliverDue();
      }
      log.info(
          "After a 3 h outage: {} sign-in mails delivered {} s after the mail server returned;"
              + " the other {} mails by {} s after it",
          signInDelivered,
          allSignInMailWent == null ? "never" : allSignInMailWent.toSeconds(),
          other.size() - waiting(other),
          Duration.between(back, clock.instant()).toSeconds());
      assertThat(allSignInMailWent).isNotNull().isLessThanOrEqualTo(Duration.ofMinutes(1));
      assertThat(waiting(other)).isZero();
    } finally {
      server.stop();
    }
  }

  @Test
  void aMailTheServerRefusesDoesNotHoldUpTheMailBehindIt() throws Exception {
    String unknown = "nobody-" + System.nanoTime() + "@test.safeports.org";
    outbox.enqueueForSignIn(unknown, "en", "verifyEmail", "Ana", "https://example.org/v");
    List<String> behind = List.of(fresh("behind-1"), fresh("behind-2"), fresh("behind-3"));
    behind.forEach(recipient -> outbox.enqueue(recipient, "en", "passwordChanged", "Ana"));
    try (ScriptedMailServer server = new ScriptedMailServer()) {
      // Other tests leave due mail in the shared outbox; batches go until these three went.
      var sender = senders.sender(TestSenders.smtp(server.port(), 5000), Clock.systemUTC());
      for (int batch = 0; batch < 200 && !server.delivered().containsAll(behind); batch++) {
        sender.deliverDue();
      }
      assertThat(server.delivered()).containsAll(behind).doesNotContain(unknown);
    }
    OutboxMail refused = mails.findById(idOf(unknown)).orElseThrow();
    assertThat(refused.status()).isEqualTo(OutboxMail.Status.PENDING);
    assertThat(refused.attempts()).isEqualTo(1);
    assertThat(refused.lastError()).contains("550");
  }

  private long waiting(List<String> recipients) {
    return jdbc.sql(
            "select count(*) from outbox_mail where status <> 'SENT' and recipient in (:recipients)")
        .param("recipients", recipients)
        .query(Long.class)
        .single();
  }

  private long idOf(String recipient) {
    return jdbc.sql("select id from outbox_mail where recipient = ?")
        .param(recipient)
        .query(Long.class)
        .single();
  }

  private Instant claimedUntil(long id) {
    return jdbc.sql("select claimed_until from outbox_mail where id = ?")
        .param(id)
        .query(java.sql.Timestamp.class)
        .optional()
        .map(java.sql.Timestamp::toInstant)
        .orElse(null);
  }

  private static String fresh(String name) {
    return name + "-" + System.nanoTime() + "@test.safeports.org";
  }

  private static String recipientOf(MimeMessage message) {
    try {
      Address[] to = message.getAllRecipients();
      return to[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

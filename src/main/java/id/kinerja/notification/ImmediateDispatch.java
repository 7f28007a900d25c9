package id.kinerja.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends immediate notifications (escalations by default) as soon as the change that recorded them
 * is committed, instead of at the next run of the interval job: an escalation reaches its recipient
 * in seconds. Nothing is sent for a change that is rolled back, because nothing was recorded. The
 * interval job ({@code interval-segera}) stays as the safety net: a mail server that was down, a
 * node that died between the commit and the send.
 *
 * <p>Requests are coalesced: while one send is waiting to run, further commits add nothing, as the
 * send claims every waiting row anyway (see {@link NotificationRepository#claim}).
 */
class ImmediateDispatch implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ImmediateDispatch.class);

  private final NotificationMailer mailer;
  private final boolean enabled;
  private final AtomicBoolean queued = new AtomicBoolean();
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "notifikasi-segera");
    thread.setDaemon(true);
    return thread;
  });

  ImmediateDispatch(NotificationMailer mailer, NotificationProperties properties) {
    this.mailer = mailer;
    this.enabled = properties.kirimSaatCommit();
  }

  /** An immediate notification was recorded: send it once the current transaction has committed. */
  void recorded() {
    if (!enabled) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          wake();
        }
      });
    } else {
      wake(); // recorded outside a transaction: already committed
    }
  }

  private void wake() {
    if (!queued.compareAndSet(false, true)) {
      return;
    }
    try {
      sender.execute(() -> {
        queued.set(false);
        try {
          mailer.sendImmediate();
        } catch (RuntimeException e) {
          log.warn("Pemberitahuan segera belum terkirim, dicoba lagi oleh jadwal berkala: {}", e.toString());
        }
      });
    } catch (RejectedExecutionException e) {
      queued.set(false); // shutting down: the interval job of a running node sends it
    }
  }

  @Override
  public void destroy() {
    sender.shutdown();
  }
}

package id.kinerja.organisation;

import java.security.SecureRandom;

/** How the Camunda users an import creates get their first password. */
enum InitialPasswords {

  /** A random password, shown once to the operator, that must be changed at first login. */
  RANDOM_MUST_CHANGE(true),
  /** "demo" for everyone, nothing to change: only for the demo organisation. */
  DEMO(false);

  static final String DEMO_PASSWORD = "demo";
  /** No 0/O, 1/l/I: the operator reads these out or prints them. */
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final boolean mustChange;

  InitialPasswords(boolean mustChange) {
    this.mustChange = mustChange;
  }

  boolean mustChange() {
    return mustChange;
  }

  String next() {
    if (this == DEMO) {
      return DEMO_PASSWORD;
    }
    return random();
  }

  static String random() {
    char[] password = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(password);
  }
}

package id.kinerja.system;

/**
 * Marks an exception that refuses what a caller asked for and is answered as such (a 4xx with its
 * message), not a failure of the server. The engine logs every exception that ends a command at
 * ERROR with its stack trace (ENGINE-16004); for these that entry is dropped
 * ({@code RefusedSubmissionLogFilter}) and whoever answers the refusal logs one INFO line instead.
 */
public interface ExpectedRefusal {
}

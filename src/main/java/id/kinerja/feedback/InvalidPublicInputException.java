package id.kinerja.feedback;

import java.util.List;

/** Input from the public that breaks a rule; every problem in Bahasa Indonesia, nothing stored. */
public class InvalidPublicInputException extends RuntimeException {

  private final List<String> problems;

  public InvalidPublicInputException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

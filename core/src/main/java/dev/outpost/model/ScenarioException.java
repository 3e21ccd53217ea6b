package dev.outpost.model;

import java.util.List;

/**
 * A scenario (JSON or CSV) that cannot be used, with every problem found in it. The message is
 * the user-facing text: a one-line heading followed by one problem per line, so a command line
 * prints {@link #getMessage()} and never a stack trace.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param source   what was read (a file name, or "scenario"), used in the heading
     * @param problems every problem found, at least one, in the order found
     */
    public ScenarioException(String source, List<Problem> problems) {
        super(message(source, problems), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("The problem list is empty: a ScenarioException needs at least one problem.");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem, in the order found; never empty.
     *
     * @return every problem, in the order found; never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String source, List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        text.append(source).append(" has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        return text.toString();
    }
}

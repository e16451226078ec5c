package dev.limber.formats.document;

import java.util.List;

/**
 * The wording of problems with input sent as a document, one for the service and the CLI:
 * a request body's detail here, a file's lines in {@link Problem#toString()}.
 */
public final class InputProblems {
    private InputProblems() {}

    /**
     * What a refused request body's problem says in one sentence: the problem and where it is
     * when there is one ({@code The body has a problem at /name: must not be blank}), else how
     * many there are, each listed beside it.
     */
    public static String bodyDetail(int count, String firstPointer, String firstMessage) {
        if (count == 1) {
            return "The body has a problem at " + (firstPointer.isEmpty() ? "the root" : firstPointer) + ": "
                    + firstMessage;
        }
        return "The body has " + count + " problems; each is listed in errors.";
    }

    /**
     * A refused query parameter or option, named first as the other refusals of the model are:
     * {@code every is not a duration: '45'; write it like …}.
     */
    public static String parameterDetail(String name, String message) {
        return name + " " + message;
    }

    /** {@link #bodyDetail(int, String, String)} of a reader's problems. */
    public static String bodyDetail(List<Problem> problems) {
        return bodyDetail(
                problems.size(), problems.get(0).pointer(), problems.get(0).message());
    }
}

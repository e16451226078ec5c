package dev.limber.domain.usecase;

import dev.limber.domain.DomainException;
import java.util.List;

/**
 * An import refused under {@link ConflictPolicy#FAIL} because ids it holds are stored with other
 * content: every one of them (not only the first), each with its position in the imported
 * catalog so that adapters can place it in their own terms. Nothing was written.
 */
public final class ClashingIdsException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** What kind of item an id names. */
    public enum Kind {
        EXERCISE("exercise"),
        PROGRAM("program");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** How messages name it. */
        public String word() {
            return word;
        }
    }

    /**
     * One id of the catalog stored with other content.
     *
     * @param kind         an exercise or a program
     * @param catalogIndex its position among the catalog's exercises or programs
     * @param id           the id
     */
    public record Clash(Kind kind, int catalogIndex, String id) {
        /** For people: {@code exercise bird-dog is stored with other content}. */
        public String describe() {
            return kind.word() + " " + id + " is stored with other content";
        }
    }

    private final transient List<Clash> clashes;

    public ClashingIdsException(List<Clash> clashes) {
        super(clashes.size() + (clashes.size() == 1 ? " id is" : " ids are") + " stored with other content, the first: "
                + clashes.get(0).describe());
        this.clashes = List.copyOf(clashes);
    }

    /** Every clash, exercises first, each kind in catalog order. */
    public List<Clash> clashes() {
        return clashes;
    }
}

package io.klien.shared;

import java.io.Serial;
import java.util.List;

/**
 * Creating the record would likely duplicate existing ones: the UI shows the candidates and offers to open or merge
 * them, or to create anyway by confirming. Nothing was saved.
 */
public class DuplicateWarning extends DomainException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<DuplicateCandidate> candidates;

    public DuplicateWarning(List<DuplicateCandidate> candidates) {
        super("duplicates.found", candidates.size());
        this.candidates = List.copyOf(candidates);
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }
}

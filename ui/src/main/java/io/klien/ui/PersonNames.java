package io.klien.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.UI;
import io.klien.shared.PersonRef;
import org.jspecify.annotations.Nullable;

/**
 * How pages show a person named in a read model ({@link PersonRef}): by name, or as a former colleague when the firm
 * no longer knows them; never by their identity-provider id.
 */
public final class PersonNames {

    static final String FORMER = "people.former";

    private PersonNames() {
    }

    /** The person's name, "former colleague" for someone the firm no longer knows, empty for nobody. */
    public static String of(@Nullable PersonRef person) {
        if (person == null) {
            return "";
        }
        UI ui = UI.getCurrent();
        return person.nameOr(ui == null ? FORMER : ui.getTranslation(FORMER));
    }

    /** The people's names, comma separated. */
    public static String of(List<PersonRef> people) {
        return String.join(", ", people.stream().filter(Objects::nonNull).map(PersonNames::of).toList());
    }
}

package org.seedbed.review.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.seedbed.faces.Texts;
import org.seedbed.organization.entity.ServiceArea;

/**
 * Expertise of the pool's experts is a set of codes: mostly the service areas organizations work
 * in (so that assignment prefers experts of an applicant's field), else a call's category codes.
 * Areas read as their names; other codes as they are.
 */
@Named
@ApplicationScoped
public class ExpertiseLabels {

    private static final Set<String> AREAS =
            Arrays.stream(ServiceArea.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    public String label(String code) {
        return code != null && AREAS.contains(code) ? Texts.text("area." + code) : code;
    }

    /** The codes in display order: areas first, in their own order, then the others sorted. */
    public List<String> sorted(Collection<String> codes) {
        List<String> result = new ArrayList<>();
        if (codes == null) {
            return result;
        }
        for (ServiceArea area : ServiceArea.values()) {
            if (codes.contains(area.name())) {
                result.add(area.name());
            }
        }
        codes.stream().filter(c -> !AREAS.contains(c)).sorted().forEach(result::add);
        return result;
    }

    static boolean isArea(String code) {
        return AREAS.contains(code);
    }

    /** Whether one of the codes, or its name in the page's language, contains the text. */
    public boolean matches(Collection<String> codes, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return codes != null
                && codes.stream()
                        .anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(wanted)
                                || label(c).toLowerCase(Locale.ROOT).contains(wanted));
    }
}

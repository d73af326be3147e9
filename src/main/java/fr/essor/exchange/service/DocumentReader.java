package fr.essor.exchange.service;

import fr.essor.base.domain.RuleViolationException;
import fr.essor.base.domain.UnreadableJson;
import fr.essor.base.domain.Violation;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an export brought back in, the one reader of both ways in: the deployments list's upload and
 * POST /api/deployments/import. It reads with the application's JSON mapper, so the API's settings hold for the
 * page too: a field an export does not have is refused naming it, never dropped ("country" for "countryCode" turned
 * a figure for France into a whole-network one), and a count with decimals is refused, not cut.
 */
@Component
public class DocumentReader {

    private final JsonMapper json;

    DocumentReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * @throws RuleViolationException naming where and why the document cannot be read; a reason about the whole
     *                                file ("not an export", "cut short") names no field
     */
    public DeploymentDocument read(byte[] bytes) {
        DeploymentDocument document;
        try {
            document = json.readValue(bytes, DeploymentDocument.class);
        } catch (UnexpectedEndOfInputException cut) {
            // An export cut short (a download interrupted, a copy truncated) is not "not an export".
            throw refused("export.import.truncated");
        } catch (JacksonException unreadable) {
            Violation why = UnreadableJson.violation(unreadable);
            throw why.field().isEmpty() ? refused("export.import.unreadable") : new RuleViolationException(List.of(why));
        }
        if (document == null || document.deployment() == null || document.measurements() == null || document.events() == null) {
            throw refused("export.import.unreadable");
        }
        return document;
    }

    private static RuleViolationException refused(String messageKey) {
        return new RuleViolationException(List.of(Violation.of("", messageKey)));
    }
}

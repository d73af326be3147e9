package fr.essor.audit.service;

import fr.essor.audit.domain.AuditEntry;
import fr.essor.audit.domain.AuditRepository;
import fr.essor.base.cache.SharedCache;
import fr.essor.base.cache.SharedCaches;
import fr.essor.security.AppRoles;
import fr.essor.security.CurrentUser;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each change into the transaction of the change itself (MANDATORY: never on its own), so a change
 * that fails leaves no entry and a change that commits always has one. Nothing updates or deletes entries.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    /** Deployments whose history's first pages and size are kept: every visit of a page shows them. */
    private static final int KEPT = 2_000;

    private record PageOf(long deploymentId, int page, int pageSize) {
    }

    private final AuditRepository entries;
    private final Clock clock;
    private final SharedCache<PageOf, List<AuditRecord>> pages;
    private final SharedCache<Long, Integer> sizes;

    AuditTrail(AuditRepository entries, Clock clock, SharedCaches caches) {
        this.entries = entries;
        this.clock = clock;
        this.pages = caches.ofReads("history-pages", KEPT, (PageOf of) -> entries
                .findByDeploymentNewestFirst(of.deploymentId(), PageRequest.of(of.page(), of.pageSize())).stream()
                .map(AuditTrail::record)
                .toList());
        this.sizes = caches.ofReads("history-sizes", KEPT, (Long deploymentId) -> Math.toIntExact(entries.countByDeploymentId(deploymentId)));
    }

    /** @param before the fields before the change, null for a creation; after, null for a removal */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(AppRoles.ADMIN_OR_LEAD)
    public void record(AuditEntry.Action action, AuditEntry.Subject subject, long subjectId, long deploymentId,
                       @Nullable Map<String, @Nullable Object> before, @Nullable Map<String, @Nullable Object> after) {
        String was = json(before);
        String is = json(after);
        if (action == AuditEntry.Action.UPDATE && Objects.equals(was, is)) {
            return; // saved without a change (Save pressed on an untouched form): nothing to tell in the history
        }
        entries.saveAndFlush(new AuditEntry(clock.instant(), CurrentUser.name(), action, subject, subjectId,
                deploymentId, was, is));
    }

    /** A deployment's history, its milestones' included, newest first; the caller checks who may read it. */
    @PreAuthorize(AppRoles.ADMIN_OR_LEAD)
    public List<AuditRecord> forDeployment(long deploymentId) {
        return entries.findByDeploymentNewestFirst(deploymentId, Pageable.unpaged()).stream()
                .map(AuditTrail::record)
                .toList();
    }

    /** One page of it, newest first: a deployment fed daily by an export gathers thousands of entries. */
    @PreAuthorize(AppRoles.ADMIN_OR_LEAD)
    public List<AuditRecord> forDeployment(long deploymentId, int page, int pageSize) {
        return pages.get(new PageOf(deploymentId, page, pageSize));
    }

    @PreAuthorize(AppRoles.ADMIN_OR_LEAD)
    public int countForDeployment(long deploymentId) {
        return sizes.get(deploymentId);
    }

    /** The whole trail, or part of it, newest first, a page at a time: it only grows. */
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public List<AuditRecord> search(AuditFilter filter, int page, int pageSize) {
        Sort newestFirst = Sort.by(Sort.Order.desc("changedAt"), Sort.Order.desc("id"));
        return entries.findAll(filter.asSpecification(), PageRequest.of(page, pageSize, newestFirst)).stream()
                .map(AuditTrail::record)
                .toList();
    }

    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public long count(AuditFilter filter) {
        return entries.count(filter.asSpecification());
    }

    /** The names to filter by: whoever appears in the trail. */
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public List<String> usernames() {
        return entries.findUsernames();
    }

    private static AuditRecord record(AuditEntry entry) {
        return new AuditRecord(entry.getChangedAt(), entry.getUsername(), entry.getAction(), entry.getSubject(),
                entry.getDeploymentId(), fields(entry.getBefore()), fields(entry.getAfter()));
    }

    private static @Nullable String json(@Nullable Map<String, @Nullable Object> fields) {
        if (fields == null) {
            return null;
        }
        Map<String, @Nullable String> text = new LinkedHashMap<>();
        // An empty text and no value read alike on the page: a form writes "" where the row had null, and
        // that alone made a "changed" entry with nothing to show.
        fields.forEach((key, value) -> {
            String written = value == null ? "" : String.valueOf(value);
            text.put(key, written.isEmpty() ? null : written);
        });
        return JSON.writeValueAsString(text);
    }

    private static Map<String, String> fields(@Nullable String json) {
        // Unchangeable: a page of records is shared by everyone who opens the deployment.
        return json == null ? Map.of() : Collections.unmodifiableMap(JSON.readValue(json, FIELDS));
    }
}

package io.parley.tenant.audit;

import io.parley.tenant.Caller;
import io.parley.tenant.PageQuery;
import io.parley.tenant.PageView;
import io.parley.tenant.Permission;
import io.parley.tenant.workspace.WorkspaceAccess;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trail of every change made to a workspace. Services record inside their own transaction, so a change and its
 * audit entry commit or roll back together.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditEntryRepository entries;
    private final WorkspaceAccess access;

    AuditLog(AuditEntryRepository entries, WorkspaceAccess access) {
        this.entries = entries;
        this.access = access;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID workspaceId, Caller caller, String action, String targetType, Object targetId,
                       Map<String, ?> details) {
        entries.save(new AuditEntry(workspaceId, caller.auditName(), action, targetType,
                targetId == null ? null : targetId.toString(), JSON.writeValueAsString(details)));
    }

    @Transactional(readOnly = true)
    public PageView<AuditRecord> list(Caller caller, UUID workspaceId, PageQuery query) {
        access.require(caller, workspaceId, Permission.ADMINISTER);
        return PageView.of(entries.findByWorkspaceId(workspaceId,
                query.toPageable(Sort.by(Sort.Direction.DESC, "occurredAt", "id"))), AuditLog::view);
    }

    private static AuditRecord view(AuditEntry e) {
        return new AuditRecord(e.id, e.workspaceId, e.actor, e.action, e.targetType, e.targetId, e.details,
                e.occurredAt);
    }
}

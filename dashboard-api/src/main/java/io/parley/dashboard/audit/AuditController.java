package io.parley.dashboard.audit;

import io.parley.dashboard.web.CurrentCaller;
import io.parley.tenant.PageQuery;
import io.parley.tenant.PageView;
import io.parley.tenant.audit.AuditLog;
import io.parley.tenant.audit.AuditRecord;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Every change made to a workspace, newest first (owners and admins). */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/v1/workspaces/{workspaceId}/audit-log")
    Mono<PageView<AuditRecord>> list(@PathVariable UUID workspaceId,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size) {
        return CurrentCaller.call(caller -> audit.list(caller, workspaceId, new PageQuery(page, size)));
    }
}

package org.agora.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.audit.AuditAction;
import org.agora.audit.AuditEvent;
import org.agora.audit.AuditLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs the audit log page: events newest first, a page at a time, optionally of one kind. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    @Inject
    AuditLog log;

    private AuditAction only;

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, log.count(only));
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return log.recent(only, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    };

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditAction getOnly() {
        return only;
    }

    public void setOnly(AuditAction only) {
        this.only = only;
    }
}

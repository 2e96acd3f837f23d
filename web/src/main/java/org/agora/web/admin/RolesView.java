package org.agora.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.identity.AccountAdministration;
import org.agora.identity.AccountSummary;
import org.agora.identity.Role;
import org.agora.shared.InvalidInputException;
import org.agora.shared.NotFoundException;
import org.agora.web.faces.Messages;

/** Backs the roles page: find accounts, tick their roles, save a row, unlock a locked account. */
@Named
@ViewScoped
public class RolesView implements Serializable {

    /** The roles an administrator grants; EMPLOYEE comes with every account. */
    static final List<Role> GRANTABLE = List.of(Role.EXECUTIVE, Role.HR, Role.MODERATOR, Role.ADMIN);

    @Inject
    AccountAdministration administration;

    private String query;
    private List<Row> rows;

    /** An account as the page edits it. */
    public static class Row implements Serializable {
        private AccountSummary account;
        private List<Role> roles;

        Row(AccountSummary account) {
            this.account = account;
            this.roles = new ArrayList<>(account.roles().stream().filter(GRANTABLE::contains).toList());
        }

        public AccountSummary getAccount() {
            return account;
        }

        public List<Role> getRoles() {
            return roles;
        }

        public void setRoles(List<Role> roles) {
            this.roles = roles;
        }
    }

    @PostConstruct
    void load() {
        rows = administration.find(query).stream().map(Row::new).toList();
    }

    public void search() {
        load();
    }

    public void save(Row row) {
        try {
            Set<Role> granted = row.roles == null || row.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(row.roles);
            row.account = administration.assignRoles(row.account.id(), granted);
            Messages.info(row.account.fullName() + " now has the roles: " + describe(row.account.roles()) + ".");
        } catch (InvalidInputException | NotFoundException e) {
            Messages.error(e.getMessage());
            row.roles = new ArrayList<>(row.account.roles().stream().filter(GRANTABLE::contains).toList());
        }
    }

    public void unlock(Row row) {
        try {
            row.account = administration.unlock(row.account.id());
            Messages.info(row.account.fullName() + " can sign in again.");
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public String describe(Set<Role> roles) {
        List<String> names = roles.stream().filter(GRANTABLE::contains).map(RolesView::label).toList();
        return names.isEmpty() ? "employee only" : String.join(", ", names);
    }

    public static String label(Role role) {
        return switch (role) {
            case EMPLOYEE -> "Employee";
            case EXECUTIVE -> "Executive";
            case HR -> "HR";
            case MODERATOR -> "Moderator";
            case ADMIN -> "Administrator";
        };
    }

    public String roleLabel(Role role) {
        return label(role);
    }

    public List<Role> getGrantable() {
        return GRANTABLE;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}

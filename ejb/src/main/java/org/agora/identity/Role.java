package org.agora.identity;

/** The roles Agora grants; the names are the ones used in {@code @RolesAllowed} and in the login realm. */
public enum Role {
    EMPLOYEE, EXECUTIVE, HR, MODERATOR, ADMIN;

    public static final String EMPLOYEE_ROLE = "EMPLOYEE";
    public static final String HR_ROLE = "HR";
    public static final String EXECUTIVE_ROLE = "EXECUTIVE";
    public static final String MODERATOR_ROLE = "MODERATOR";
    public static final String ADMIN_ROLE = "ADMIN";
}

package org.tadreeb.testing;

/** The demo accounts that every fresh test database receives (listed in the README too). */
public enum DemoAccounts {
    ADMIN("admin", "admin-demo-2026", "/admin/"),
    INSTRUCTOR("instructor", "instructor-demo-2026", "/instructor/"),
    INSTRUCTOR_2("instructor2", "instructor-demo-2026", "/instructor/"),
    TRAINEE("trainee", "trainee-demo-2026", "/trainee/"),
    TRAINEE_2("trainee2", "trainee-demo-2026", "/trainee/"),
    COORDINATOR("coordinator", "coordinator-demo-2026", "/coordinator/");

    public final String username;
    public final String password;
    public final String home;

    DemoAccounts(String username, String password, String home) {
        this.username = username;
        this.password = password;
        this.home = home;
    }
}

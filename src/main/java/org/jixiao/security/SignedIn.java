package org.jixiao.security;

import java.io.Serializable;

/** The principal of a signed-in user as kept in the (database-stored) session: no password hash. */
public record SignedIn(long userId, String username, Role role, long orgId, String orgName, String orgPath)
        implements Serializable {}

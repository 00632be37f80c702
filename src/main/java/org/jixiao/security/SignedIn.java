package org.jixiao.security;

import java.io.Serializable;
import java.security.Principal;
import org.jixiao.kernel.Actor;
import org.jixiao.kernel.Role;

/**
 * The principal of a signed-in user as kept in the (database-stored) session: no password hash.
 * Its name is the username (Spring Session indexes sessions by it).
 */
public record SignedIn(long userId, String username, Role role, long orgId, String orgName, String orgPath)
        implements Principal, Serializable, Actor.Identity {
    @Override
    public String getName() { return username; }
}

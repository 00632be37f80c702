package org.jixiao.orgs;

import org.jixiao.kernel.NotFoundException;

/** No org with this id or name (or none inside the caller's scope: the two look the same). */
public class OrgNotFoundException extends NotFoundException {
    public OrgNotFoundException(Object key) {
        super("机构 " + key + " 不存在", "org " + key + " not found");
    }
}

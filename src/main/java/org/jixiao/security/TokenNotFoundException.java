package org.jixiao.security;

import org.jixiao.kernel.NotFoundException;

/** No such API token among the caller's own. */
class TokenNotFoundException extends NotFoundException {
    TokenNotFoundException(long id) {
        super("未找到 API 令牌 " + id, "no API token " + id);
    }
}

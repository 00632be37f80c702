package org.jixiao.security;

import org.jixiao.kernel.NotFoundException;

/** No such account in the caller's scope (one outside it looks the same). */
class AccountNotFoundException extends NotFoundException {
    AccountNotFoundException(String username) {
        super("未找到用户 " + username, "no user " + username);
    }
}

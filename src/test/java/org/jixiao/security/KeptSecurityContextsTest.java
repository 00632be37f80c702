package org.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.kernel.Role;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Session attributes read back as the JDBC session repository reads them: the same stored bytes give the same
 * signed-in user without deserialising again, in a context of their own; other bytes (a changed session, another
 * user) are read afresh; other attributes pass through.
 */
class KeptSecurityContextsTest {
    private final ConversionService conversion = KeptSecurityContexts.conversionService();

    private byte[] stored(String username, Role role) {
        SignedIn who = new SignedIn(7, username, role, 5, "遂宁市医疗保障局", "/1/2/4/5/");
        var auth = UsernamePasswordAuthenticationToken.authenticated(who, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        return conversion.convert(new SecurityContextImpl(auth), byte[].class);
    }

    @Test
    void theSameStoredContextIsReadOnceAndEachRequestGetsItsOwnContext() {
        byte[] bytes = stored("suining-filler", Role.FILLER);
        SecurityContext first = (SecurityContext) conversion.convert(bytes, Object.class);
        SecurityContext second = (SecurityContext) conversion.convert(bytes.clone(), Object.class);
        assertThat(((SignedIn) first.getAuthentication().getPrincipal()).username()).isEqualTo("suining-filler");
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication()); // not deserialised again
        assertThat(second).isNotSameAs(first);
        second.setAuthentication(null); // a sign-out clears its own context only
        assertThat(((SecurityContext) conversion.convert(bytes, Object.class)).getAuthentication()).isSameAs(first.getAuthentication());
    }

    @Test
    void otherBytesAreReadAfreshAndOtherAttributesPassThrough() {
        SecurityContext filler = (SecurityContext) conversion.convert(stored("suining-filler", Role.FILLER), Object.class);
        SecurityContext reviewer = (SecurityContext) conversion.convert(stored("suining-filler", Role.REVIEWER), Object.class);
        assertThat(((SignedIn) reviewer.getAuthentication().getPrincipal()).role()).isEqualTo(Role.REVIEWER);
        assertThat(((SignedIn) filler.getAuthentication().getPrincipal()).role()).isEqualTo(Role.FILLER);
        byte[] notice = conversion.convert("notice.published", byte[].class);
        assertThat(conversion.convert(notice, Object.class)).isEqualTo("notice.published");
    }
}

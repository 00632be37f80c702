package org.jixiao.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Session attributes as the JDBC session repository reads them back, without deserialising the same security context
 * on every request. Each signed-in page view read the session row and ran Java deserialisation over its security
 * context (principal, authorities, details): the same bytes every time until the session changes. The bytes just
 * read from the database are the key (compared whole), so a context changed in the database — by this node or
 * another — is a different key and is read afresh; nothing is invalidated by hand. A hit gives a new context
 * holding the kept {@link Authentication} (immutable once signed in), so a request that clears its own context
 * (sign-out) changes nothing kept.
 */
final class KeptSecurityContexts implements Converter<byte[], Object> {
    /** Signed-in sessions kept; beyond that the least recently used is read by deserialisation again. */
    static final int SIZE = 2048;
    private final DeserializingConverter java = new DeserializingConverter(KeptSecurityContexts.class.getClassLoader());
    private final Map<Key, Authentication> kept = new LinkedHashMap<>(SIZE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Authentication> eldest) { return size() > SIZE; }
    };

    /** The conversion service for Spring Session's JDBC repository: Java serialisation, with contexts kept. */
    static ConversionService conversionService() {
        GenericConversionService service = new GenericConversionService();
        service.addConverter(Object.class, byte[].class, new SerializingConverter());
        service.addConverter(byte[].class, Object.class, new KeptSecurityContexts());
        return service;
    }

    @Override
    public Object convert(byte[] bytes) {
        Key key = new Key(bytes);
        Authentication known;
        synchronized (kept) {
            known = kept.get(key);
        }
        if (known != null) return new SecurityContextImpl(known);
        Object value = java.convert(bytes);
        if (value != null && value.getClass() == SecurityContextImpl.class && ((SecurityContextImpl) value).getAuthentication() != null) {
            synchronized (kept) {
                kept.put(key, ((SecurityContextImpl) value).getAuthentication());
            }
        }
        return value;
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    /** Bytes compared by content. */
    private static final class Key {
        private final byte[] bytes;
        private final int hash;

        Key(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object o) { return o instanceof Key k && k.hash == hash && Arrays.equals(k.bytes, bytes); }

        @Override
        public int hashCode() { return hash; }
    }
}

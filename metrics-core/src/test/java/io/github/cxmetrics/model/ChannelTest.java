package io.github.cxmetrics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChannelTest {

    @Test
    void of_commonNameInAnyCase_returnsTheConstant() {
        assertSame(Channel.EMAIL, Channel.of("Email"));
        assertSame(Channel.PHONE, Channel.of(" PHONE "));
        assertSame(Channel.MESSENGER, Channel.of("messenger"));
    }

    @Test
    void of_otherName_isComparedCaseInsensitively() {
        assertEquals(Channel.of("WhatsApp"), Channel.of("whatsapp"));
        assertEquals("whatsapp", Channel.of("WhatsApp").name());
        assertEquals("whatsapp", Channel.of("WhatsApp").toString());
    }

    @Test
    void of_blankName_isRejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Channel.of("  "));
        assertEquals("channel name must not be blank: '  '", e.getMessage());
    }

    @Test
    void of_nullName_isRejected() {
        var e = assertThrows(NullPointerException.class, () -> Channel.of(null));
        assertEquals("channel name must not be null", e.getMessage());
    }

    @Test
    void compareTo_sortsByName() {
        assertTrue(Channel.CHAT.compareTo(Channel.EMAIL) < 0);
        assertTrue(Channel.WEB.compareTo(Channel.SMS) > 0);
    }
}

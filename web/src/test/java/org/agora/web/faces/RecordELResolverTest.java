package org.agora.web.faces;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordELResolverTest {

    public record Card(String title, int likes) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsRecordComponentsAsProperties() {
        ELContext context = new SimpleContext();
        assertEquals("Hello", resolver.getValue(context, new Card("Hello", 3), "title"));
        assertTrue(context.isPropertyResolved());
        assertEquals(3, resolver.getValue(context, new Card("Hello", 3), "likes"));
    }

    @Test
    void leavesOtherObjectsAndUnknownNamesToOtherResolvers() {
        ELContext context = new SimpleContext();
        assertNull(resolver.getValue(context, "a string", "length"));
        assertNull(resolver.getValue(context, new Card("Hello", 3), "author"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(new SimpleContext(), new Card("Hello", 3), "title", "Bye"));
    }

    /** The smallest EL context: no other resolvers, nothing resolved yet. */
    private static final class SimpleContext extends ELContext {
        @Override
        public jakarta.el.ELResolver getELResolver() {
            return null;
        }

        @Override
        public jakarta.el.FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public jakarta.el.VariableMapper getVariableMapper() {
            return null;
        }
    }
}

package io.github.cxmetrics.internal;

import io.github.cxmetrics.CalendarPeriod;
import io.github.cxmetrics.model.Channel;
import io.github.cxmetrics.value.ServiceBand;

/**
 * The binary form of group keys: a tag byte, then the key. Keys may be {@code String},
 * {@link Channel}, an enum constant (its class name and constant name, looked up by the reader),
 * {@code Integer}, {@code Long}, {@link CalendarPeriod} (start day and length in days) or
 * {@link ServiceBand} (label and rank); the format refuses any other type.
 */
final class KeyCodec {

    private static final int STRING = 1;
    private static final int CHANNEL = 2;
    private static final int ENUM = 3;
    private static final int INTEGER = 4;
    private static final int LONG = 5;
    private static final int PERIOD = 6;
    private static final int SERVICE_BAND = 7;

    private KeyCodec() {}

    static void write(Object key, StateWriter out) {
        if (key instanceof String s) {
            out.writeByte(STRING);
            out.writeString(s);
        } else if (key instanceof Channel c) {
            out.writeByte(CHANNEL);
            out.writeString(c.name());
        } else if (key instanceof Enum<?> e) {
            out.writeByte(ENUM);
            out.writeString(e.getDeclaringClass().getName());
            out.writeString(e.name());
        } else if (key instanceof Integer i) {
            out.writeByte(INTEGER);
            out.writeSignedVarLong(i);
        } else if (key instanceof Long l) {
            out.writeByte(LONG);
            out.writeSignedVarLong(l);
        } else if (key instanceof CalendarPeriod p) {
            out.writeByte(PERIOD);
            out.writePeriod(p);
        } else if (key instanceof ServiceBand b) {
            out.writeByte(SERVICE_BAND);
            out.writeString(b.label());
            out.writeSignedVarLong(b.rank());
        } else {
            throw new IllegalStateException("cannot write a group key of type "
                    + key.getClass().getName() + ": keys must be String, Channel, an enum,"
                    + " Integer, Long, CalendarPeriod or ServiceBand");
        }
    }

    static Object read(StateReader in) {
        int tag = in.readByte();
        return switch (tag) {
            case STRING -> in.readString("group key");
            case CHANNEL -> Channel.of(in.readNonBlankString("channel"));
            case ENUM -> readEnum(in);
            case INTEGER -> in.readInt("group key", Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> in.readSignedVarLong();
            case PERIOD -> in.readPeriod("group key", null);
            case SERVICE_BAND -> new ServiceBand(in.readNonBlankString("service band"),
                    in.readInt("service band rank", Integer.MIN_VALUE, Integer.MAX_VALUE));
            default -> throw in.malformed("unknown type of group key " + tag);
        };
    }

    /**
     * Reads an enum constant by class and constant name. The class is looked up without being
     * initialized, by the thread's context class loader and then by this library's, and must be
     * an enum: a name from untrusted bytes initializes no class but an enum.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object readEnum(StateReader in) {
        String className = in.readNonBlankString("enum class");
        String constant = in.readNonBlankString("enum constant");
        Class<?> type = null;
        for (ClassLoader loader : new ClassLoader[] {
                Thread.currentThread().getContextClassLoader(), KeyCodec.class.getClassLoader()}) {
            if (type == null && loader != null) {
                try {
                    type = Class.forName(className, false, loader);
                } catch (ClassNotFoundException | LinkageError notThere) {
                    // try the next loader
                }
            }
        }
        if (type == null) {
            throw in.malformed("unknown enum class of a group key: " + className);
        }
        if (!type.isEnum()) {
            throw in.malformed("group key class " + className + " is not an enum");
        }
        try {
            return Enum.valueOf((Class) type, constant);
        } catch (IllegalArgumentException e) {
            throw in.malformed("enum " + className + " has no constant " + constant);
        }
    }
}

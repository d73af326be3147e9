package fr.essor.bench;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each Vaadin session holds alone, read from a heap dump (HPROF, as {@code jcmd GC.heap_dump} writes it):
 * the objects a session reaches that nothing else reaches except through a session. Everything reachable from
 * the JVM's roots without passing through a {@code VaadinSession} is shared (Spring's beans, caches, Tomcat's
 * connections and their buffers, the classes) and is left out; what each session reaches beyond that is its own.
 * The same split is made for each UI (a tab's page), stopping at its session.
 * <p>
 * Measuring the heap's growth with N more sessions picked up whatever else grew or shrank meanwhile (the
 * browser's connections above all: 131 to 871 KB per session for the same build); this counts only what a
 * session would free. Sizes are the JVM's here: 8-byte object headers (compact headers, as {@code ./essor}
 * runs), 4-byte compressed references, 8-byte alignment.
 */
final class SessionHeap {

    private static final String SESSION_CLASS = "com.vaadin.flow.server.VaadinSession";
    private static final String UI_CLASS = "com.vaadin.flow.component.UI";
    private static final int HEADER = 8;
    private static final int ARRAY_HEADER = 12;
    private static final int REFERENCE = 4;

    /** Bytes each session holds alone, and each UI (its page) within its session, smallest first. */
    record Result(long[] sessionBytes, long[] uiBytes, Map<String, Long> bytesByClass) {

        /** The middle session's bytes (the lower middle of an even count); NaN without sessions. */
        double medianSessionBytes() {
            return sessionBytes.length == 0 ? Double.NaN : sessionBytes[(sessionBytes.length - 1) / 2];
        }
    }

    private final MappedByteBuffer dump;
    private final int idSize;
    private final Map<Long, String> utf8 = new HashMap<>();
    private final Map<Long, Long> classNameIds = new HashMap<>();
    /** Per class: its superclass and, for each instance field in order, 0 for a reference or the primitive's size. */
    private final Map<Long, Long> superclasses = new HashMap<>();
    private final Map<Long, byte[]> fieldKinds = new HashMap<>();
    private final List<Long> roots = new ArrayList<>();
    // Every object of the dump, sorted by id: where its content starts, its class (0 for arrays), its kind and size.
    private long[] ids = new long[1 << 20];
    private long[] offsets = new long[1 << 20];
    private long[] classes = new long[1 << 20];
    private byte[] kinds = new byte[1 << 20];
    private int[] sizes = new int[1 << 20];
    private int count;

    private static final byte INSTANCE = 1;
    private static final byte OBJECT_ARRAY = 2;
    private static final byte PRIMITIVE_ARRAY = 3;

    private SessionHeap(MappedByteBuffer dump) {
        this.dump = dump;
        int position = 0;
        while (dump.get(position) != 0) {
            position++;
        }
        this.idSize = dump.getInt(position + 1);
        if (idSize != 8) {
            throw new IllegalStateException("only 8-byte identifiers are read, this dump has " + idSize);
        }
        readRecords(position + 1 + 4 + 8);
        sortObjects();
    }

    static Result of(Path hprof) throws IOException {
        try (FileChannel channel = FileChannel.open(hprof, StandardOpenOption.READ)) {
            return new SessionHeap(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size())).split();
        }
    }

    /** Prints what each session and UI of a heap dump holds alone. Argument: the .hprof file. */
    public static void main(String[] args) throws IOException {
        print(of(Path.of(args[0])), System.out);
    }

    static void print(Result result, java.io.PrintStream out) {
        long[] sessions = result.sessionBytes();
        if (sessions.length == 0) {
            out.println("no Vaadin session in the heap dump");
            return;
        }
        out.printf(java.util.Locale.ROOT, "heap each session holds alone (heap dump, %d sessions): median %.0f KB, %.0f–%.0f KB%n",
                sessions.length, result.medianSessionBytes() / 1024.0, sessions[0] / 1024.0, sessions[sessions.length - 1] / 1024.0);
        Map<Long, Integer> uis = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (long bytes : result.uiBytes()) {
            uis.merge(Math.round(bytes / 1024.0), 1, Integer::sum);
        }
        out.println("  its UIs (a tab's page each; a sign-in page stays until its heartbeats stop), KB × count: "
                + uis.entrySet().stream().map(entry -> entry.getKey() + " × " + entry.getValue())
                .collect(java.util.stream.Collectors.joining(", ")));
        out.println("  by class, per session (KB):");
        result.bytesByClass().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(entry -> out.printf(java.util.Locale.ROOT, "    %7.1f  %s%n", entry.getValue() / 1024.0 / sessions.length, entry.getKey()));
    }

    private void readRecords(int start) {
        long position = start;
        long end = dump.capacity();
        while (position < end) {
            int tag = dump.get((int) position) & 0xff;
            long length = Integer.toUnsignedLong(dump.getInt((int) position + 5));
            int body = (int) position + 9;
            switch (tag) {
                case 0x01 -> {
                    byte[] text = new byte[(int) length - idSize];
                    dump.get(body + idSize, text);
                    utf8.put(dump.getLong(body), new String(text, java.nio.charset.StandardCharsets.UTF_8));
                }
                case 0x02 -> classNameIds.put(dump.getLong(body + 4), dump.getLong(body + 4 + 8 + 4));
                case 0x0c, 0x1c -> readHeap(body, body + (int) length);
                default -> { }
            }
            position = body + length;
        }
    }

    private void readHeap(int start, int end) {
        int at = start;
        while (at < end) {
            int kind = dump.get(at++) & 0xff;
            switch (kind) {
                case 0xff -> { roots.add(dump.getLong(at)); at += 8; }
                case 0x01 -> { roots.add(dump.getLong(at)); at += 16; }
                case 0x02, 0x03, 0x08 -> { roots.add(dump.getLong(at)); at += 16; }
                case 0x04, 0x06 -> { roots.add(dump.getLong(at)); at += 12; }
                case 0x05, 0x07 -> { roots.add(dump.getLong(at)); at += 8; }
                case 0x20 -> at = readClass(at);
                case 0x21 -> {
                    long id = dump.getLong(at);
                    long type = dump.getLong(at + 12);
                    int length = dump.getInt(at + 20);
                    add(id, at + 24, type, INSTANCE, -1);
                    at += 24 + length;
                }
                case 0x22 -> {
                    int length = dump.getInt(at + 12);
                    add(dump.getLong(at), at + 24, 0, OBJECT_ARRAY, align(ARRAY_HEADER + (long) length * REFERENCE));
                    at += 24 + length * 8;
                }
                case 0x23 -> {
                    int length = dump.getInt(at + 12);
                    int element = primitiveSize(dump.get(at + 16));
                    add(dump.getLong(at), at + 17, 0, PRIMITIVE_ARRAY, align(ARRAY_HEADER + (long) length * element));
                    at += 17 + length * element;
                }
                default -> throw new IllegalStateException("unknown heap record " + kind);
            }
        }
    }

    private int readClass(int at) {
        long id = dump.getLong(at);
        superclasses.put(id, dump.getLong(at + 12));
        roots.add(id);
        int cursor = at + 8 + 4 + 8 * 6 + 4;
        int constants = dump.getShort(cursor) & 0xffff;
        cursor += 2;
        for (int i = 0; i < constants; i++) {
            byte type = dump.get(cursor + 2);
            cursor += 3 + (type == 2 ? idSize : primitiveSize(type));
        }
        int statics = dump.getShort(cursor) & 0xffff;
        cursor += 2;
        for (int i = 0; i < statics; i++) {
            byte type = dump.get(cursor + idSize);
            if (type == 2) {
                roots.add(dump.getLong(cursor + idSize + 1));
            }
            cursor += idSize + 1 + (type == 2 ? idSize : primitiveSize(type));
        }
        int fields = dump.getShort(cursor) & 0xffff;
        cursor += 2;
        byte[] kindsOfFields = new byte[fields];
        for (int i = 0; i < fields; i++) {
            byte type = dump.get(cursor + idSize);
            kindsOfFields[i] = (byte) (type == 2 ? 0 : primitiveSize(type));
            cursor += idSize + 1;
        }
        fieldKinds.put(id, kindsOfFields);
        return cursor;
    }

    private void add(long id, long offset, long type, byte kind, long size) {
        if (count == ids.length) {
            int grown = count * 2;
            ids = Arrays.copyOf(ids, grown);
            offsets = Arrays.copyOf(offsets, grown);
            classes = Arrays.copyOf(classes, grown);
            kinds = Arrays.copyOf(kinds, grown);
            sizes = Arrays.copyOf(sizes, grown);
        }
        ids[count] = id;
        offsets[count] = offset;
        classes[count] = type;
        kinds[count] = kind;
        sizes[count] = (int) size;
        count++;
    }

    private void sortObjects() {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
        long[] sortedIds = new long[count];
        long[] sortedOffsets = new long[count];
        long[] sortedClasses = new long[count];
        byte[] sortedKinds = new byte[count];
        int[] sortedSizes = new int[count];
        for (int i = 0; i < count; i++) {
            int from = order[i];
            sortedIds[i] = ids[from];
            sortedOffsets[i] = offsets[from];
            sortedClasses[i] = classes[from];
            sortedKinds[i] = kinds[from];
            sortedSizes[i] = sizes[from] >= 0 ? sizes[from] : instanceSize(classes[from]);
        }
        ids = sortedIds;
        offsets = sortedOffsets;
        classes = sortedClasses;
        kinds = sortedKinds;
        sizes = sortedSizes;
    }

    private final Map<Long, Integer> instanceSizes = new HashMap<>();

    private int instanceSize(long type) {
        return instanceSizes.computeIfAbsent(type, t -> {
            long bytes = HEADER;
            for (long c = t; fieldKinds.containsKey(c); c = superclasses.getOrDefault(c, 0L)) {
                for (byte field : fieldKinds.get(c)) {
                    bytes += field == 0 ? REFERENCE : field;
                }
            }
            return (int) align(bytes);
        });
    }

    private int index(long id) {
        return id == 0 ? -1 : Arrays.binarySearch(ids, 0, count, id);
    }

    /** The objects this one refers to, as indexes; -1 for none or one the dump does not hold. */
    private void referencesOf(int object, IntStack into) {
        if (kinds[object] == OBJECT_ARRAY) {
            int at = (int) offsets[object];
            int length = dump.getInt(at - 24 + 12);
            for (int i = 0; i < length; i++) {
                into.pushIfKnown(index(dump.getLong(at + i * 8)));
            }
        } else if (kinds[object] == INSTANCE) {
            int at = (int) offsets[object];
            for (long c = classes[object]; fieldKinds.containsKey(c); c = superclasses.getOrDefault(c, 0L)) {
                for (byte field : fieldKinds.get(c)) {
                    if (field == 0) {
                        into.pushIfKnown(index(dump.getLong(at)));
                        at += 8;
                    } else {
                        at += field;
                    }
                }
            }
        }
    }

    private String className(long type) {
        return utf8.getOrDefault(classNameIds.get(type), "?").replace('/', '.');
    }

    private boolean isA(long type, String name) {
        for (long c = type; c != 0 && superclasses.containsKey(c); c = superclasses.get(c)) {
            if (className(c).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private Result split() {
        boolean[] session = new boolean[count];
        List<Integer> sessions = new ArrayList<>();
        List<Integer> uis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (kinds[i] == INSTANCE && isA(classes[i], SESSION_CLASS)) {
                session[i] = true;
                sessions.add(i);
            } else if (kinds[i] == INSTANCE && isA(classes[i], UI_CLASS)) {
                uis.add(i);
            }
        }
        boolean[] reached = new boolean[count];
        IntStack stack = new IntStack();
        for (long root : roots) {
            stack.pushIfKnown(index(root));
        }
        walk(stack, reached, session, null);
        // Each session with everything it reaches alone (its UIs included), stopping at the other sessions.
        Map<String, Long> byClass = new HashMap<>();
        long[] sessionBytes = new long[sessions.size()];
        boolean[] owned = reached.clone();
        for (int s = 0; s < sessions.size(); s++) {
            int own = sessions.get(s);
            session[own] = false;
            stack.push(own);
            sessionBytes[s] = walk(stack, owned, session, byClass);
            session[own] = true;
        }
        // Each UI alone, stopping at its session: a tab's page, or a sign-in page left behind.
        long[] uiBytes = new long[uis.size()];
        owned = reached.clone();
        for (int u = 0; u < uis.size(); u++) {
            stack.push(uis.get(u));
            uiBytes[u] = walk(stack, owned, session, null);
        }
        Arrays.sort(sessionBytes);
        Arrays.sort(uiBytes);
        return new Result(sessionBytes, uiBytes, byClass);
    }

    /** Marks and sums what the stack's objects reach that is not marked yet and is not a session. */
    private long walk(IntStack stack, boolean[] marked, boolean[] stop, Map<String, Long> byClass) {
        long bytes = 0;
        while (!stack.isEmpty()) {
            int object = stack.pop();
            if (marked[object] || stop[object]) {
                continue;
            }
            marked[object] = true;
            bytes += sizes[object];
            if (byClass != null) {
                byClass.merge(kinds[object] == INSTANCE ? className(classes[object])
                        : kinds[object] == OBJECT_ARRAY ? "(object arrays)" : "(primitive arrays)", (long) sizes[object], Long::sum);
            }
            referencesOf(object, stack);
        }
        return bytes;
    }

    private static long align(long bytes) {
        return (bytes + 7) / 8 * 8;
    }

    private static int primitiveSize(byte type) {
        return switch (type) {
            case 4, 8 -> 1; // boolean, byte
            case 5, 9 -> 2; // char, short
            case 6, 10 -> 4; // float, int
            case 7, 11 -> 8; // double, long
            default -> throw new IllegalStateException("unknown primitive type " + type);
        };
    }

    private static final class IntStack {
        private int[] items = new int[1024];
        private int size;

        void push(int item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        void pushIfKnown(int item) {
            if (item >= 0) {
                push(item);
            }
        }

        int pop() {
            return items[--size];
        }

        boolean isEmpty() {
            return size == 0;
        }
    }
}

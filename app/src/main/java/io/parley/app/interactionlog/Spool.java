package io.parley.app.interactionlog;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The local spool: append-only JSON Lines segments ({@code spool-00000000000000000001.jsonl}, ...) in one directory,
 * replayed in name order. Every append is forced to disk before it returns. Entries the database rejects, and lines
 * that cannot be read back, are set aside in {@code rejected/rejected.jsonl} and never deleted.
 *
 * <p>Not thread-safe: the writer calls it under its spool lock. The size gauges may be read from any thread, and a
 * sealed segment (one that is no longer appended to) may be read without the lock.
 */
final class Spool {

    private static final String PREFIX = "spool-";
    private static final String SUFFIX = ".jsonl";

    private final Path directory;
    private final long segmentBytes;
    private final Map<Path, Long> segmentEvents = new LinkedHashMap<>();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private long nextNumber;
    private Path current;
    private FileChannel currentChannel;

    Spool(Path directory, long segmentBytes) throws IOException {
        this.directory = directory.toAbsolutePath().normalize();
        this.segmentBytes = segmentBytes;
        Files.createDirectories(this.directory);
        long last = 0;
        for (Path segment : listSegments()) {
            long lines = countLines(segment);
            segmentEvents.put(segment, lines);
            events.addAndGet(lines);
            bytes.addAndGet(Files.size(segment));
            last = Math.max(last, number(segment));
        }
        nextNumber = last + 1;
    }

    Path directory() {
        return directory;
    }

    /** Appends the entries to the current segment (starting one when needed) and forces them to disk. */
    void append(List<LogEntry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(entries.size() * 256);
        for (LogEntry e : entries) {
            text.append(SpoolCodec.encode(e)).append('\n');
        }
        byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
        if (currentChannel == null || currentChannel.size() >= segmentBytes) {
            seal();
            startSegment();
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            currentChannel.write(buffer);
        }
        currentChannel.force(false);
        segmentEvents.merge(current, (long) entries.size(), Long::sum);
        events.addAndGet(entries.size());
        bytes.addAndGet(data.length);
    }

    /** Stops appending to the current segment, so the next append starts a new one and this one can be replayed. */
    void seal() throws IOException {
        if (currentChannel != null) {
            currentChannel.close();
            currentChannel = null;
            current = null;
        }
    }

    /** The segments no longer appended to, oldest first. */
    List<Path> sealedSegments() {
        List<Path> sealed = new ArrayList<>(segmentEvents.keySet());
        sealed.remove(current);
        return sealed;
    }

    /**
     * Opens a sealed segment for reading. Malformed bytes (a line torn by a crash mid-character) read as replacement
     * characters, so that line fails to parse and is set aside, instead of the whole segment failing forever.
     */
    BufferedReader read(Path segment) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(segment), StandardCharsets.UTF_8));
    }

    /** Deletes a segment once every entry of it is in the database. */
    void delete(Path segment) throws IOException {
        long size = Files.size(segment);
        Files.delete(segment);
        Long count = segmentEvents.remove(segment);
        events.addAndGet(-(count == null ? 0 : count));
        bytes.addAndGet(-size);
    }

    boolean isEmpty() {
        return segmentEvents.isEmpty();
    }

    long events() {
        return events.get();
    }

    long bytes() {
        return bytes.get();
    }

    /** Keeps lines the database will never take (or that cannot be read) where an operator can find them. */
    void setAside(List<String> lines) throws IOException {
        Path rejected = directory.resolve("rejected");
        Files.createDirectories(rejected);
        try (FileChannel ch = FileChannel.open(rejected.resolve("rejected.jsonl"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(false);
        }
    }

    void close() throws IOException {
        seal();
    }

    private void startSegment() throws IOException {
        current = directory.resolve(PREFIX + "%020d".formatted(nextNumber++) + SUFFIX);
        currentChannel = FileChannel.open(current, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        segmentEvents.put(current, 0L);
        // The new name must survive a crash too, not only the bytes written into it.
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some file systems cannot sync a directory; the data itself is still forced per append.
        }
    }

    private List<Path> listSegments() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(p);
            }).sorted().toList();
        }
    }

    /** Counts lines by their bytes, so a segment torn mid-character by a crash is still counted, not refused. */
    private static long countLines(Path segment) throws IOException {
        long lines = 0;
        int last = '\n';
        try (InputStream in = new BufferedInputStream(Files.newInputStream(segment))) {
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    lines++;
                }
                last = b;
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    private static long number(Path segment) {
        String name = segment.getFileName().toString();
        try {
            return Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

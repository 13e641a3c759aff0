package org.equicity.translation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Random access to a dictzip file ({@code .dict.dz}, as dictd and Debian's FreeDict packages ship them): a gzip file
 * whose deflate stream is flushed every few kilobytes, with the compressed size of every chunk in the header's
 * {@code RA} field, so that one definition is read by inflating only the chunks that hold it.
 */
final class DictZip {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final Path file;
    private final int chunkLength;
    private final long[] chunkStarts;

    private DictZip(Path file, int chunkLength, long[] chunkStarts) {
        this.file = file;
        this.chunkLength = chunkLength;
        this.chunkStarts = chunkStarts;
    }

    static DictZip open(Path file) throws IOException {
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            var header = ByteBuffer.allocate((int) Math.min(channel.size(), 1 << 20));
            channel.read(header, 0);
            header.flip().order(java.nio.ByteOrder.LITTLE_ENDIAN);
            if (header.get(0) != 0x1f || header.get(1) != (byte) 0x8b || (header.get(3) & FEXTRA) == 0) {
                throw new IOException(file + " is no dictzip file");
            }
            int flags = header.get(3);
            header.position(10);
            int extraEnd = (header.getShort() & 0xffff) + header.position();
            int chunkLength = 0;
            int[] sizes = null;
            while (header.position() + 4 <= extraEnd) {
                byte id1 = header.get();
                byte id2 = header.get();
                int length = header.getShort() & 0xffff;
                int next = header.position() + length;
                if (id1 == 'R' && id2 == 'A') {
                    header.getShort(); // version
                    chunkLength = header.getShort() & 0xffff;
                    sizes = new int[header.getShort() & 0xffff];
                    for (int i = 0; i < sizes.length; i++) {
                        sizes[i] = header.getShort() & 0xffff;
                    }
                }
                header.position(next);
            }
            if (sizes == null) {
                throw new IOException(file + " has no random-access table");
            }
            header.position(extraEnd);
            skipZeroTerminated(header, (flags & FNAME) != 0);
            skipZeroTerminated(header, (flags & FCOMMENT) != 0);
            long start = header.position() + ((flags & FHCRC) != 0 ? 2 : 0);
            var starts = new long[sizes.length + 1];
            starts[0] = start;
            for (int i = 0; i < sizes.length; i++) {
                starts[i + 1] = starts[i] + sizes[i];
            }
            return new DictZip(file, chunkLength, starts);
        }
    }

    private static void skipZeroTerminated(ByteBuffer header, boolean present) {
        if (present) {
            while (header.get() != 0) {
                // skipped
            }
        }
    }

    /** The text at an offset of the uncompressed file, as a dictd index gives it. */
    String read(long offset, int length) throws IOException {
        int first = (int) (offset / chunkLength);
        int last = (int) ((offset + length - 1) / chunkLength);
        var text = new ByteArrayOutputStream();
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int chunk = first; chunk <= last && chunk < chunkStarts.length - 1; chunk++) {
                text.writeBytes(inflate(channel, chunk));
            }
        }
        var bytes = text.toByteArray();
        int from = (int) (offset - (long) first * chunkLength);
        int to = Math.min(bytes.length, from + length);
        return from >= to ? "" : new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private byte[] inflate(FileChannel channel, int chunk) throws IOException {
        var compressed = ByteBuffer.allocate((int) (chunkStarts[chunk + 1] - chunkStarts[chunk]));
        channel.read(compressed, chunkStarts[chunk]);
        var inflater = new Inflater(true);
        try {
            inflater.setInput(compressed.array(), 0, compressed.position());
            var out = new byte[chunkLength];
            int length = 0;
            while (length < out.length && !inflater.finished() && !inflater.needsInput()) {
                length += inflater.inflate(out, length, out.length - length);
            }
            return java.util.Arrays.copyOf(out, length);
        } catch (DataFormatException ex) {
            throw new IOException("Damaged chunk " + chunk + " in " + file, ex);
        } finally {
            inflater.end();
        }
    }
}

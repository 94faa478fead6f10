package io.parley.app.media.kurento;

import java.util.Arrays;

/** Reads RTP (RFC 3550) headers: version, CSRCs, header extension and padding are honoured. */
final class RtpPacket {

    private RtpPacket() {
    }

    /** The payload type of an RTP packet, or -1 for anything else (too short, not version 2). */
    static int payloadType(byte[] packet, int length) {
        if (length < 12 || (packet[0] & 0xC0) != 0x80) {
            return -1;
        }
        return packet[1] & 0x7F;
    }

    /** The payload of an RTP packet of {@code payloadType}, or null for anything else (RTCP, other codecs, junk). */
    static byte[] payloadOf(byte[] packet, int length, int payloadType) {
        if (payloadType(packet, length) != payloadType) {
            return null;
        }
        int offset = 12 + 4 * (packet[0] & 0x0F);
        if ((packet[0] & 0x10) != 0) {
            if (offset + 4 > length) {
                return null;
            }
            int words = ((packet[offset + 2] & 0xFF) << 8) | (packet[offset + 3] & 0xFF);
            offset += 4 + 4 * words;
        }
        int end = length;
        if ((packet[0] & 0x20) != 0) {
            end -= packet[length - 1] & 0xFF;
        }
        return offset > end ? null : Arrays.copyOfRange(packet, offset, end);
    }
}

package org.troika.search.lucene;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.troika.search.domain.BadQueryException;
import org.troika.search.domain.SortOrder;

/**
 * The cursor of the next page: the sort values of the last hit shown (ending with its id, so no two hits tie),
 * for {@code searchAfter}. Opaque to clients; one that was altered or belongs to another sort is refused.
 */
final class Cursors {

    static final int MAX_LENGTH = 600;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursors() {
    }

    static String encode(SortOrder sort, FieldDoc last) {
        StringBuilder s = new StringBuilder(sort.key());
        for (Object v : last.fields) {
            s.append('|');
            switch (v) {
                case Float f -> s.append('f').append(Float.floatToIntBits(f));
                case Integer i -> s.append('i').append(i);
                case Long l -> s.append('l').append(l);
                case BytesRef b -> s.append('b').append(ENCODER.encodeToString(BytesRef.deepCopyOf(b).bytes));
                default -> throw new IllegalStateException("Cannot put a " + v.getClass().getSimpleName() + " in a cursor");
            }
        }
        return ENCODER.encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc decode(SortOrder sort, String cursor, int expectedFields) {
        if (cursor.length() > MAX_LENGTH) {
            throw bad("is " + cursor.length() + " characters long, more than any cursor Troika hands out");
        }
        String plain;
        try {
            plain = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad("is not one Troika handed out (not base64url)");
        }
        String[] parts = plain.split("\\|", -1);
        if (!parts[0].equals(sort.key())) {
            throw bad("belongs to another sort order than '" + sort.key() + "': start again without a cursor");
        }
        if (parts.length - 1 != expectedFields) {
            throw bad("does not fit sort order '" + sort.key() + "'");
        }
        List<Object> values = new ArrayList<>();
        try {
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i];
                String rest = p.substring(1);
                values.add(switch (p.charAt(0)) {
                    case 'f' -> Float.intBitsToFloat(Integer.parseInt(rest));
                    case 'i' -> Integer.parseInt(rest);
                    case 'l' -> Long.parseLong(rest);
                    case 'b' -> new BytesRef(DECODER.decode(rest));
                    default -> throw bad("has a value of unknown type");
                });
            }
        } catch (RuntimeException e) {
            if (e instanceof BadQueryException b) {
                throw b;
            }
            throw bad("is damaged");
        }
        // No two hits tie (the id comes last), so the doc id only has to exclude the hit itself: the highest does.
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, values.toArray());
    }

    private static BadQueryException bad(String why) {
        return new BadQueryException("cursor", "Parameter 'cursor' " + why);
    }
}

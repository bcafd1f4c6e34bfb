package org.troika.ingest.extract;

/**
 * A numbered paragraph of the conclusions: either a chapeau ("124. The following recommendations enjoy the
 * support of ...") or a recommendation ("124.1 Adopt ..."; in first-cycle reports "1. To adopt ..." inside
 * paragraph 95, which becomes "95.1").
 *
 * @param id            "124", "124.1", "95.1"
 * @param numberStart   offset of the printed number
 * @param textStart     offset of the first character after the number
 * @param end           offset after the paragraph's last character
 */
record NumberedBlock(String id, boolean recommendation, int numberStart, int textStart, int end) {

    String text(String source) {
        return source.substring(textStart, end);
    }
}

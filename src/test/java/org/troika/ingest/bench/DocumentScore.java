package org.troika.ingest.bench;

import java.util.List;

/**
 * The accuracy of one extraction against its labels.
 *
 * @param paragraphs      numbered labels: paragraph numbers found in both / found in either;
 *                        UPR Info: extracted recommendations that at least one UPR Info row matches
 * @param texts           recommendations whose text agrees with the label (see {@link TextNormalisation}), with {@link LabelErrata}
 * @param textsAsLabelled the same, against the labels as published
 * @param states          recommendations whose set of recommending States agrees with the label's
 * @param statesAsLabelled the same, against the labels as published (without {@link LabelErrata})
 * @param responses       recommendations for which the report states a response, and that response agrees
 * @param afterAddendum   every labelled recommendation, with the addendum's responses applied
 * @param disagreements   one line for each disagreement, to read
 */
record DocumentScore(LabelledReport report, int labelled, int extracted, Tally paragraphs, Tally texts, Tally textsAsLabelled, Tally states,
                     Tally statesAsLabelled, Tally responses, Tally afterAddendum, List<String> disagreements) {
}

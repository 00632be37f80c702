package org.jixiao.publish.parse;

import static org.jixiao.publish.parse.CorpusScoreTest.dir;
import static org.jixiao.publish.parse.CorpusScoreTest.meetsTheTargetsOfIssue10;
import static org.jixiao.publish.parse.CorpusScoreTest.score;

import org.junit.jupiter.api.Test;

/**
 * The held-out set (src/test/resources/heldout, see its README): 58 documents written for issue 10 — h01–h30 in combinations of
 * the corpus's layout classes that the corpus does not have, h31–h58 after the distribution of real pages — each batch
 * committed before the reader was run on it. Scored by
 * the same comparison as the corpus ({@link CorpusScoreTest}) against the same thresholds: the reader is built for the
 * classes of layout, so what holds on the corpus must hold here.
 */
class HeldOutScoreTest {

    @Test
    void theHeldOutDocumentsMeetTheTargetsOfIssue10() {
        meetsTheTargetsOfIssue10(score(dir("heldout/docs"), dir("heldout/expected")));
    }
}

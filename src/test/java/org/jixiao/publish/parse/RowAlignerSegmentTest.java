package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RowAligner#segment} finds the best way into each state from three candidates (O(n · m)); it must choose exactly
 * what the exhaustive programme over every pair of states (O(n · m²), kept here as the reference) chooses, ties
 * included: costs drawn from a few values on a coarse grid make equal totals common.
 */
class RowAlignerSegmentTest {

    @Test
    void theLinearProgrammeChoosesAsTheExhaustiveOne() {
        Random random = new Random(20261205L);
        double[] grid = {0, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6, 0.8, 1, 1.5, 2, 4, 6, 1e9};
        int differ = 0, cases = 3000;
        for (int k = 0; k < cases; k++) {
            int n = random.nextInt(30), m = 1 + random.nextInt(9);
            double[][] fit = new double[n][m];
            double[] miss = new double[m], missAtStart = new double[m], skip = new double[n], startPenalty = new double[n], continuePenalty = new double[n];
            for (double[] r : fit) for (int j = 0; j < m; j++) r[j] = grid[random.nextInt(grid.length)];
            for (int j = 0; j < m; j++) { miss[j] = grid[random.nextInt(5)]; missAtStart[j] = random.nextBoolean() ? miss[j] : grid[random.nextInt(4)]; }
            for (int i = 0; i < n; i++) {
                skip[i] = grid[random.nextInt(grid.length - 1)];
                startPenalty[i] = random.nextInt(4) == 0 ? 2 : 0;
                continuePenalty[i] = random.nextInt(4) == 0 ? 0.3 : 0;
            }
            RowAligner.Costs costs = new RowAligner.Costs() {
                public double fit(int cell, int column) { return fit[cell][column]; }
                public double miss(int column) { return miss[column]; }
                public double missAtStart(int column) { return missAtStart[column]; }
                public double skip(int cell) { return skip[cell]; }
                public double startPenalty(int cell) { return startPenalty[cell]; }
                public double continuePenalty(int cell) { return continuePenalty[cell]; }
            };
            int[] colA = new int[n], colB = new int[n];
            boolean[] startsA = new boolean[n], startsB = new boolean[n];
            exhaustive(n, m, costs, colA, startsA);
            RowAligner.segment(n, m, costs, colB, startsB);
            if (!Arrays.equals(colA, colB) || !Arrays.equals(startsA, startsB)) differ++;
        }
        assertThat(differ).as("alignments different from the exhaustive programme's, of " + cases).isZero();
    }

    private static final double INF = 1e9, NEW_ROW = 0.8;

    /** The programme as it was before it became linear in the columns: every state into every state, in order. */
        static void exhaustive(int n, int m, RowAligner.Costs costs, int[] colOf, boolean[] starts) {
            double[] missPrefix = new double[m + 1]; // cost of missing columns [0, j)
            double[] startPrefix = new double[m + 1]; // the same, for the columns before a row's first cell
            for (int j = 0; j < m; j++) {
                missPrefix[j + 1] = missPrefix[j] + costs.miss(j);
                startPrefix[j + 1] = startPrefix[j] + costs.missAtStart(j);
            }
            // state p: the last column filled in the current row (0..m-1), or m: no row begun yet
            double[][] dp = new double[n + 1][m + 1];
            int[][] from = new int[n + 1][m + 1];
            byte[][] op = new byte[n + 1][m + 1]; // 0 skip, 1 continue row, 2 new row
            for (double[] r : dp) Arrays.fill(r, INF);
            dp[0][m] = 0;
            double[] fits = new double[m];
            for (int i = 0; i < n; i++) {
                for (int q = 0; q < m; q++) fits[q] = costs.fit(i, q);
                double skip = costs.skip(i), startPenalty = costs.startPenalty(i), continuePenalty = costs.continuePenalty(i);
                for (int p = 0; p <= m; p++) {
                    double d = dp[i][p];
                    if (d >= INF) continue;
                    relax(dp, from, op, i + 1, p, d + skip, p, (byte) 0);
                    double end = p == m ? 0 : missPrefix[m] - missPrefix[p + 1]; // columns left empty in the row that ends
                    for (int q = 0; q < m; q++) {
                        double f = fits[q];
                        if (f >= INF) continue;
                        if (p < m && q > p) {
                            double c = d + missPrefix[q] - missPrefix[p + 1] + f + continuePenalty;
                            relax(dp, from, op, i + 1, q, c, p, (byte) 1);
                        }
                        double start = d + end + NEW_ROW + startPrefix[q] + f + startPenalty;
                        relax(dp, from, op, i + 1, q, start, p, (byte) 2);
                    }
                }
            }
            int best = 0;
            for (int p = 1; p <= m; p++) if (dp[n][p] < dp[n][best]) best = p;
            int p = best;
            for (int i = n; i > 0; i--) {
                byte o = op[i][p];
                colOf[i - 1] = o == 0 ? -1 : p;
                starts[i - 1] = o == 2;
                p = from[i][p];
            }
        }

    private static void relax(double[][] dp, int[][] from, byte[][] op, int i, int p, double c, int prev, byte o) {
        if (c < dp[i][p] - 1e-9) { dp[i][p] = c; from[i][p] = prev; op[i][p] = o; }
    }
}

package org.jixiao.publish.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every line of the real documents (the .txt files) in the given test-resource folders, in file order: the oracle tests' input. */
final class RealLines {
    private RealLines() {}

    static List<String> of(String... dirs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> s = Files.list(CorpusScoreTest.dir(dir))) {
                for (Path doc : s.sorted().toList()) if (doc.toString().endsWith(".txt")) lines.addAll(Files.readString(doc).lines().toList());
            }
        }
        return lines;
    }
}

package dev.limber.domain.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkedBlocksTest {
    @TempDir
    Path folder;

    @Test
    void onlyBlocksWithAMarkerAreRead() throws IOException {
        Path page = folder.resolve("page.md");
        Files.writeString(
                page,
                "# Title\n\n```sh\nnot marked\n```\n\n<!-- runnable exit=1 -->\n```sh\nlimber validate x\n```\n"
                        + "<!-- output -->\n```\nerror\n```\n");
        List<MarkedBlocks.Block> blocks = MarkedBlocks.of(page);
        assertEquals(2, blocks.size());
        assertEquals(
                new MarkedBlocks.Block("runnable", Map.of("exit", "1"), "sh", "limber validate x\n", 8), blocks.get(0));
        assertEquals("output", blocks.get(1).marker());
        assertEquals("error\n", blocks.get(1).text());
    }

    @Test
    void aMarkerWithoutABlockIsAMistakeOfThePage() throws IOException {
        Path page = folder.resolve("page.md");
        Files.writeString(page, "<!-- runnable -->\ntext\n");
        assertThrows(IllegalStateException.class, () -> MarkedBlocks.of(page));
    }

    @Test
    void anEllipsisStandsForLinesOrTextLeftOut() {
        assertTrue(MarkedBlocks.matches("a\nb\n", "a\nb\n"));
        assertFalse(MarkedBlocks.matches("a\nb\n", "a\nb\nc\n"));
        assertTrue(MarkedBlocks.matches("a\n…\nd\n", "a\nb\nc\nd\n"));
        assertTrue(MarkedBlocks.matches("a\n…\nd\n", "a\nd\n"));
        assertTrue(MarkedBlocks.matches("a\n...\n", "a\nb\nc\n"));
        assertTrue(MarkedBlocks.matches("allowed: id, name, …\n", "allowed: id, name, kind\n"));
        assertFalse(MarkedBlocks.matches("allowed: id, name, …\n", "allowed: id\n"));
        assertTrue(MarkedBlocks.matches("{\"id\":1}\n", "{\"id\":1}"));
        assertTrue(MarkedBlocks.matches("HTTP/1.1 200 OK\nETag: \"v1\"\n", "HTTP/1.1 200 OK\r\nETag: \"v1\"\r\n"));
    }
}

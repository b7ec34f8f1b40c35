package org.gapsim.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.gapsim.report.map.MapView;
import org.gapsim.report.map.Palette;
import org.gapsim.report.map.Projection;
import org.gapsim.report.map.Replay;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenarios.SuwalkiGap;
import org.junit.jupiter.api.Test;

/**
 * The map as PNG: drawn by the same code as the SVG through Java2D. It decodes, has the asked size, is not blank,
 * and a place's marker is where the projection puts it, in its colour. The SVG stays byte for byte the README's.
 */
class MapPngTest {
    private static final Scenario S = SuwalkiGap.scenario();
    private static final Path IMAGES = Path.of("..", "docs", "images");

    @Test
    void theSvgMapsAreByteForByteTheReadmeImages() throws IOException {
        assertEquals(Files.readString(IMAGES.resolve("suwalki-map.svg"), StandardCharsets.UTF_8),
                MapView.svg(S, SuwalkiGap.FULL_EAST_SHIELD));
        assertEquals(Files.readString(IMAGES.resolve("replay-full-17.svg"), StandardCharsets.UTF_8),
                MapView.svg(Replay.run(S, SuwalkiGap.FULL, 1, 17)));
    }

    @Test
    void thePngDecodesAtA4WidthAndItsMarkersAreWhereTheProjectionPutsThem() throws IOException {
        byte[] png = MapView.png(S, SuwalkiGap.FULL_EAST_SHIELD, MapView.PNG_WIDTH);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(2480, img.getWidth());
        double scale = 2480 / (MapView.MAP_WIDTH + MapView.LEGEND_WIDTH);
        double svgHeight = Double.parseDouble(MapView.svg(S, SuwalkiGap.FULL_EAST_SHIELD)
                .replaceFirst("(?s)^<svg[^>]* height=\"([0-9.]+)\".*", "$1"));
        assertEquals((int) Math.ceil(svgHeight * scale), img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y) & 0xffffff);
            }
        }
        assertTrue(colours.size() > 100, "not blank: " + colours.size() + " colours");

        Projection pr = MapView.projection(S);
        // Marijampole, a town: a black dot at (588.1, 184.6) px (MapFiguresTest works it out by hand)
        Place mar = S.network().place("marijampole").orElseThrow();
        assertEquals(588.1, pr.x(mar.lonDeg()), 0.11);
        assertTrue(near(img, pr.x(mar.lonDeg()) * scale, pr.y(mar.latDeg()) * scale, 3, 0x000000, 40),
                "black town dot at Marijampole");
        // every assembly area: a vermillion square
        int n = 0;
        for (Place p : S.network().places()) {
            if (p.kind() == PlaceKind.ASSEMBLY_AREA) {
                assertTrue(near(img, pr.x(p.lonDeg()) * scale, pr.y(p.latDeg()) * scale, 4,
                        Integer.parseInt(Palette.VERMILLION.substring(1), 16), 30), p.id() + ": vermillion square");
                n++;
            }
        }
        assertTrue(n > 0);
        // and not everywhere: the sea-blue-grey background of the map panel far from anything, top left
        assertTrue(near(img, 3 * scale, 3 * scale, 1, 0xe8eef2, 12) || near(img, 3 * scale, 3 * scale, 1, 0xf7f7f2, 12)
                || near(img, 3 * scale, 3 * scale, 1, 0xefe6dc, 12) || near(img, 3 * scale, 3 * scale, 1, 0xf1f4f7, 12),
                "a pale background in the corner");
    }

    @Test
    void theWidthIsTheAskedOneAndAReplayDrawsToo() throws IOException {
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(MapView.png(S, "none", 800)));
        assertEquals(800, small.getWidth());
        BufferedImage replay = ImageIO.read(new ByteArrayInputStream(MapView.png(Replay.run(S, SuwalkiGap.FULL, 1,
                17), 1260)));
        assertEquals(1260, replay.getWidth());
        // a held circle is orange-tinted; somewhere on the map there is orange
        boolean orange = false;
        for (int y = 0; y < replay.getHeight() && !orange; y++) {
            for (int x = 0; x < 900 && !orange; x++) {
                orange = close(replay.getRGB(x, y), Integer.parseInt(Palette.ORANGE.substring(1), 16), 20);
            }
        }
        assertTrue(orange, "the replay's held marks");
        // anti-tank ditches are orange too: the held marks are orange beyond the same package's plain map
        BufferedImage plain = ImageIO.read(new ByteArrayInputStream(MapView.png(S, SuwalkiGap.FULL, 1260)));
        int inReplay = orangePixels(replay);
        int inPlain = orangePixels(plain);
        assertTrue(inReplay > inPlain, "orange pixels on the map: replay " + inReplay + ", plain map " + inPlain);
    }

    /** @return how many pixels of the map panel (x &lt; 900, legend excluded) are orange */
    private static int orangePixels(BufferedImage img) {
        int orange = Integer.parseInt(Palette.ORANGE.substring(1), 16);
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < 900; x++) {
                if (close(img.getRGB(x, y), orange, 20)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** @return whether a pixel within r of (x, y) has the colour, each channel within tol */
    private static boolean near(BufferedImage img, double x, double y, int r, int rgb, int tol) {
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int px = cx + dx;
                int py = cy + dy;
                if (px >= 0 && py >= 0 && px < img.getWidth() && py < img.getHeight()
                        && close(img.getRGB(px, py), rgb, tol)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(int argb, int rgb, int tol) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((argb >> shift) & 0xff) - ((rgb >> shift) & 0xff)) > tol) {
                return false;
            }
        }
        return true;
    }
}

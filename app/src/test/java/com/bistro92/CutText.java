package com.bistro92;

import java.util.ArrayList;
import java.util.List;
import eu.hansolo.tilesfx.Tile;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Finds the text a screen shows cut: a label whose skin writes less than its text (an ellipsis, or
 * lines dropped from wrapped text), a bare {@link Text} (as TilesFX draws its figures) that runs
 * out of the region holding it, or anything on a TilesFX {@link Tile} that spills past the tile's
 * edges (rows pushed over its title or off its bottom). Only what is shown counts: hidden nodes and
 * empty texts are left out, and so is a name that gives way to the figures beside it with its whole
 * text in its tooltip. Call on the FX thread, after a layout pass.
 */
public final class CutText {

    private CutText() {
    }

    /** One description per cut text under {@code root}: its id or style, what it should say and what it says. */
    public static List<String> under(Parent root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String shown = shownText(labeled);
            boolean whole = labeled.getTooltip() != null && labeled.getText().equals(labeled.getTooltip().getText());
            if (shown != null && !shown.equals(labeled.getText()) && !whole) {
                cut.add(name(labeled) + " shows \"" + shown + "\" for \"" + labeled.getText() + "\"");
            }
        } else if (node instanceof Text text && text.getText() != null && !text.getText().isBlank() && !(node.getParent() instanceof Labeled)) {
            Region holder = holder(text);
            if (holder != null) {
                Bounds inner = holder.localToScene(holder.getLayoutBounds());
                Bounds own = text.localToScene(text.getLayoutBounds());
                if (own.getMinX() < inner.getMinX() - 1 || own.getMaxX() > inner.getMaxX() + 1) {
                    cut.add(name(holder) + " text \"" + text.getText() + "\" is " + Math.round(own.getWidth())
                            + " px wide in " + Math.round(inner.getWidth()) + " px");
                }
            }
        }
        if (node instanceof Tile tile) {
            for (Node child : tile.getChildrenUnmodifiable()) {
                spill(tile, child, cut);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }

    /**
     * Adds what under {@code node} lies outside {@code tile}'s layout bounds, in the tile's own
     * coordinates, by more than a pixel: each shown leaf, and each label as a whole. A node with no
     * size (an empty text, an unused row) is not drawn and does not count.
     */
    private static void spill(Tile tile, Node node, List<String> cut) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        boolean leaf = node instanceof Labeled || !(node instanceof Parent p) || p.getChildrenUnmodifiable().isEmpty();
        if (!leaf) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                spill(tile, child, cut);
            }
            return;
        }
        if (node instanceof Text t && (t.getText() == null || t.getText().isBlank())
                || node instanceof Labeled l && (l.getText() == null || l.getText().isEmpty()) && l.getGraphic() == null) {
            return;
        }
        Bounds own = tile.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        if (own == null || own.getWidth() <= 0 || own.getHeight() <= 0) {
            return;
        }
        Bounds room = tile.getLayoutBounds();
        if (own.getMinX() < room.getMinX() - 1 || own.getMaxX() > room.getMaxX() + 1
                || own.getMinY() < room.getMinY() - 1 || own.getMaxY() > room.getMaxY() + 1) {
            cut.add(name(tile) + " " + describe(node) + " spills out of its tile: " + box(own) + " in " + box(room));
        }
    }

    private static String describe(Node node) {
        String what = name(node);
        if (node instanceof Labeled l) {
            return what + " \"" + l.getText() + "\"";
        }
        return node instanceof Text t ? what + " \"" + t.getText() + "\"" : what;
    }

    private static String box(Bounds b) {
        return String.format(java.util.Locale.ROOT, "x %.0f..%.0f y %.0f..%.0f", b.getMinX(), b.getMaxX(),
                b.getMinY(), b.getMaxY());
    }

    /** What the label's skin draws: the text of its text node, or null before it has a skin. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }

    /** The nearest region around {@code text} that has a width of its own (a tile, a pane). */
    private static Region holder(Text text) {
        for (Parent p = text.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getWidth() > 0) {
                return r;
            }
        }
        return null;
    }

    private static String name(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : node.getStyleClass().isEmpty()
                ? node.getClass().getSimpleName() : "." + String.join(".", node.getStyleClass());
        Node up = node.getParent();
        while (up != null && up.getId() == null) {
            up = up.getParent();
        }
        return (up == null ? "" : "#" + up.getId() + " ") + id;
    }
}

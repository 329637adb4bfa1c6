package com.bistro92;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Finds the text a screen shows cut: a label whose skin writes less than its text (an ellipsis, or
 * lines dropped from wrapped text), or a bare {@link Text} (as TilesFX draws its figures) that runs
 * out of the region holding it. Only what is shown counts: hidden nodes and empty texts are left out,
 * and so is a name that gives way to the figures beside it with its whole text in its tooltip.
 * Call on the FX thread, after a layout pass.
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
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
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

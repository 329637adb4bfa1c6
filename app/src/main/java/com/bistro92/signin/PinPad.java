package com.bistro92.signin;

import java.util.function.IntConsumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * A PIN pad for touch and mouse, and the dots that show how many digits were typed. Its keys are
 * never focused; {@link #key(KeyEvent)} takes the keyboard's digits, Backspace and Enter from the
 * view that holds it. Keys have ids {@code <prefix>-0…9}, {@code <prefix>-back} and {@code <prefix>-ok}.
 */
public final class PinPad extends GridPane {

    /** What the pad's keys do. */
    public interface Keys {
        void digit(int digit);

        void backspace();

        void submit();
    }

    private final Keys keys;
    private final HBox dots = new HBox(12);

    public PinPad(String idPrefix, Keys keys, ObservableValue<Boolean> busy) {
        this.keys = keys;
        getStylesheets().add(PinPad.class.getResource("pin-pad.css").toExternalForm());
        getStyleClass().add("pin-pad");
        setHgap(10);
        setVgap(10);
        setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            add(key(idPrefix, String.valueOf(d), keys::digit, d), (d - 1) % 3, (d - 1) / 3);
        }
        Button back = button(idPrefix, "⌫", "back", "pin-key-back");
        back.setOnAction(e -> keys.backspace());
        add(back, 0, 3);
        add(key(idPrefix, "0", keys::digit, 0), 1, 3);
        Button ok = button(idPrefix, "OK", "ok", "pin-key-ok");
        ok.setOnAction(e -> keys.submit());
        ok.disableProperty().bind(busy);
        add(ok, 2, 3);
        dots.getStyleClass().add("pin-dots");
        dots.getStylesheets().add(PinPad.class.getResource("pin-pad.css").toExternalForm());
        dots.setAlignment(Pos.CENTER);
        showDots(0);
    }

    /** The dots for the digits typed, to place above the pad. */
    public HBox dots() {
        return dots;
    }

    /** Shows {@code typed} filled dots (at least four dots in all). */
    public void showDots(int typed) {
        dots.getChildren().clear();
        for (int i = 0; i < Math.max(typed, 4); i++) {
            Label dot = new Label();
            dot.getStyleClass().addAll("pin-dot", i < typed ? "pin-dot-on" : "pin-dot-off");
            dots.getChildren().add(dot);
        }
    }

    /** Handles a key typed on the keyboard; consumes the digits, Backspace and Enter. */
    public void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            keys.digit(code.getChar().charAt(0) - '0');
        } else if (code.isKeypadKey() && code.getName().startsWith("Numpad ")) {
            keys.digit(code.getName().charAt(7) - '0');
        } else if (code == KeyCode.BACK_SPACE) {
            keys.backspace();
        } else if (code == KeyCode.ENTER) {
            keys.submit();
        } else {
            return;
        }
        e.consume();
    }

    private static Button key(String prefix, String text, IntConsumer digit, int value) {
        Button key = button(prefix, text, text, "pin-key-digit");
        key.setOnAction(e -> digit.accept(value));
        return key;
    }

    private static Button button(String prefix, String text, String id, String style) {
        Button b = new Button(text);
        b.getStyleClass().addAll("pin-key", style);
        b.setFocusTraversable(false);
        b.setId(prefix + "-" + id);
        return b;
    }
}

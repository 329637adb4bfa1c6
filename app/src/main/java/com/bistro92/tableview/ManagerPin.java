package com.bistro92.tableview;

import com.bistro92.signin.PinPad;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A manager's PIN typed on the spot, for an override: a pad that works by touch and by keys, dots for
 * the digits typed, never the digits themselves. Its keys have ids {@code <prefix>-0…9}.
 */
final class ManagerPin extends VBox {

    private static final int MAX_PIN = 8;

    private final StringBuilder pin = new StringBuilder();
    private final PinPad pad;

    /** @param submit what Enter or the pad's OK does */
    ManagerPin(String idPrefix, Runnable submit, ObservableValue<Boolean> busy) {
        Label who = new Label("A manager approves with their PIN");
        who.getStyleClass().add("adjust-manager");
        pad = new PinPad(idPrefix, new PinPad.Keys() {
            @Override
            public void digit(int digit) {
                if (pin.length() < MAX_PIN) {
                    pin.append(digit);
                    pad.showDots(pin.length());
                }
            }

            @Override
            public void backspace() {
                if (!pin.isEmpty()) {
                    pin.setLength(pin.length() - 1);
                    pad.showDots(pin.length());
                }
            }

            @Override
            public void submit() {
                submit.run();
            }
        }, busy);
        setSpacing(10);
        setAlignment(Pos.CENTER);
        getStyleClass().add("adjust-override");
        getChildren().setAll(who, pad.dots(), pad);
    }

    /** Takes a key typed on the keyboard: digits, Backspace and Enter. */
    void key(KeyEvent e) {
        pad.key(e);
    }

    boolean isEmpty() {
        return pin.isEmpty();
    }

    String pin() {
        return pin.toString();
    }

    /** Forgets the digits typed, once they were sent (or refused). */
    void clear() {
        pin.setLength(0);
        pad.showDots(0);
    }
}

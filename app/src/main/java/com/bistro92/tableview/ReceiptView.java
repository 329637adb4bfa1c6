package com.bistro92.tableview;

import com.bistro92.bill.Receipt;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Window;

/** A receipt as a node the width of a till roll, for JavaFX printing and for a look on screen. */
final class ReceiptView extends VBox {

    private static final double WIDTH = 220;

    ReceiptView(Receipt receipt) {
        setSpacing(1);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setStyle("-fx-background-color: white; -fx-padding: 8;");
        for (Receipt.Row row : receipt.rows()) {
            if (row.kind() == Receipt.Kind.RULE) {
                getChildren().add(new Line(0, 0, WIDTH - 16, 0));
                continue;
            }
            boolean strong = row.kind() == Receipt.Kind.TITLE || row.kind() == Receipt.Kind.TOTAL;
            Font font = Font.font("SansSerif", strong ? FontWeight.BOLD : FontWeight.NORMAL,
                    row.kind() == Receipt.Kind.TITLE ? 12 : 9);
            Label left = new Label(row.left());
            left.setFont(font);
            left.setMinWidth(0);
            Label right = new Label(row.right());
            right.setFont(font);
            right.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            getChildren().add(new HBox(4, left, gap, right));
        }
    }

    /**
     * Prints {@code receipt} after the system's print dialog.
     *
     * @return what happened, to tell the member of staff
     */
    static String print(Receipt receipt, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return "No printer is set up on this computer; save a PDF instead";
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return "Printing cancelled";
        }
        ReceiptView view = new ReceiptView(receipt);
        PageLayout page = job.getJobSettings().getPageLayout();
        double scale = Math.min(1, page.getPrintableWidth() / WIDTH);
        view.setScaleX(scale);
        view.setScaleY(scale);
        boolean printed = job.printPage(view) && job.endJob();
        return printed ? "Receipt sent to " + job.getPrinter().getName() : "The printer refused the receipt";
    }
}

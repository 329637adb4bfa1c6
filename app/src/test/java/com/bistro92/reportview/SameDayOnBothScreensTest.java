package com.bistro92.reportview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.dashboard.DateRange;
import com.bistro92.dashboard.KitchenLatency;
import com.bistro92.dashboardview.DashboardModel;
import com.bistro92.dashboardview.DashboardView;
import com.bistro92.order.OrderCount;
import com.bistro92.report.History;
import com.bistro92.report.Trade;
import com.bistro92.report.ZReport;
import com.bistro92.report.ZReportPdf;
import com.bistro92.report.ZReportRows;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One busy day with voids, on the dashboard and on the end-of-day report side by side: both count
 * its orders the same way, in the same words; and the report's screen and its PDF show the same rows
 * under the same labels.
 */
@ViewTest
class SameDayOnBothScreensTest {

    ViewFixture fx;
    final TestClock clock = new TestClock();
    TestApp app;
    LocalDate busyDay;
    DashboardModel dashboard;
    DashboardView dashboardView;
    ZReportModel report;
    ZReportView reportView;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Plays the busy day off the FX thread (it takes long on a busy machine), then shows both screens. */
    private void open(FxRobot robot) throws Exception {
        app = fx.suite(clock);
        Trade trade = new Trade(app, clock);
        busyDay = LocalDate.now(clock).plusDays(1);
        new History(trade, new Random(27)).play(busyDay, 1);
        dashboard = fx.closeAfter(new DashboardModel(app.app().dashboard(), app.app().events(),
                app.app().settings()::current, () -> KitchenLatency.NONE, clock, Platform::runLater));
        report = fx.closeAfter(new ZReportModel(app.app().reports(), app.app().events(), app.app().money(),
                Platform::runLater, fx.background()));
        robot.interact(() -> {
            dashboardView = new DashboardView(dashboard, app.app().money());
            fx.closeAfter(() -> Platform.runLater(dashboardView::dispose));
            dashboard.start();
            dashboard.select(DateRange.custom(busyDay, busyDay));
            report.start();
            report.dayProperty().set(busyDay);
            reportView = new ZReportView(report);
            HBox both = new HBox(dashboardView, reportView);
            HBox.setHgrow(dashboardView, Priority.ALWAYS);
            HBox.setHgrow(reportView, Priority.ALWAYS);
            dashboardView.setPrefWidth(960);
            reportView.setPrefWidth(960);
            fx.show(stage, both, 1920, 1080);
        });
    }

    private static String fx(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText())
                .orElse("")).get(5, TimeUnit.SECONDS);
    }

    private ZReport busy() {
        return app.app().reports().of(busyDay);
    }

    @Test
    void theDashboardAndTheZReportCountTheDaysOrdersAlike(FxRobot robot) throws Exception {
        open(robot);
        OrderCount orders = busy().totals().count();
        assertThat(orders.voided()).as("the day has voids, or the test proves nothing").isPositive();
        await(() -> fx(robot, "#report-tile-orders .report-tile-value").equals(orders.figure())
                && fx(robot, "#dash-orders").equals(orders.figure()));

        String reportLine = fx(robot, "#report-tile-orders .report-tile-sub");
        String dashboardLine = fx(robot, "#dash-orders-detail");
        assertThat(reportLine).isEqualTo(orders.detail()).contains(orders.voided() + " voided");
        assertThat(dashboardLine.lines().findFirst().orElseThrow()).isEqualTo(reportLine);
        assertThat(dashboardLine).doesNotContain("cancelled");
        assertThat(dashboard.dashboardProperty().get().sales().count()).isEqualTo(orders);
        assertThat(fx(robot, "#dash-revenue")).isEqualTo(fx(robot, "#report-tile-net-sales .report-tile-value"));
    }

    @Test
    void theReportsScreenAndItsPdfShowTheSameRows(FxRobot robot) throws Exception {
        open(robot);
        ZReport day = busy();
        ZReportRows rows = new ZReportRows(day, app.app().money());
        await(() -> fx(robot, "#report-tile-orders .report-tile-value").equals(day.totals().count().figure()));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> onScreen = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".report .label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList()).get(5, TimeUnit.SECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZReportPdf.write(day, app.app().money(), Locale.UK, out);
        String pdf;
        try (var doc = Loader.loadPDF(out.toByteArray())) {
            pdf = new PDFTextStripper().getText(doc);
        }

        List<String> labels = new ArrayList<>();
        for (ZReportRows.Figure f : rows.glance()) {
            assertThat(onScreen).as("screen").contains(f.label().toUpperCase(Locale.ROOT), f.value());
            assertThat(pdf).as("PDF").contains(f.label().toUpperCase(Locale.ROOT), f.value());
            if (!f.detail().isEmpty()) {
                assertThat(onScreen).as("screen").contains(f.detail());
                assertThat(pdf).as("PDF").contains(f.detail());
            }
            labels.add(f.label());
        }
        for (ZReportRows.Row r : rows.reconciliation()) {
            assertThat(onScreen).as("screen").contains(r.label(), r.value());
            assertThat(pdf).as("PDF").contains(r.label() + " " + r.value());
            labels.add(r.label());
        }
        for (String label : ZReportRows.ticketTimeLabels()) {
            assertThat(onScreen).as("screen").contains(label);
            assertThat(pdf).as("PDF").contains(label);
        }
        assertThat(labels).contains("Orders", "Payments taken, without tips", "= Net sales (gross less voids and comps)");
    }
}

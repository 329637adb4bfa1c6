package com.bistro92.backup;

import java.time.Instant;

/**
 * What restoring a backup would change, for the confirmation: the backup's time and last order,
 * the current data's last order, and how many current orders the backup does not hold.
 *
 * @param currentLastOrderAt when the newest current order was placed, or null when there is none
 * @param ordersLost         current orders newer than the backup's newest, which the restore drops
 */
public record RestorePreview(BackupContents backup, Instant currentLastOrderAt, long ordersLost) {
}

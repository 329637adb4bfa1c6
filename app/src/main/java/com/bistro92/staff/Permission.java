package com.bistro92.staff;

/** Something a role may do. The table "Who may do what" in docs/guide.md lists them by role. */
public enum Permission {
    BUMP,
    RECALL,
    EIGHTY_SIX,
    USE_TABLES,
    SEAT_AND_CLOSE,
    PAIR_PADS,
    ACKNOWLEDGE_CALLS,
    DELIVER,
    /** Mark an order urgent (a rush), and hold lines of an order (a later course) until firing them. */
    HOLD_AND_RUSH,
    TAKE_PAYMENTS,
    /** Search past orders, see who did what to them, and export them as CSV. */
    VIEW_HISTORY,
    /** Void or comp an order: a server needs a manager's PIN on the spot. */
    VOID,
    /** Give money back to a party (cash or to the card): a server needs a manager's PIN on the spot, as for a void. */
    REFUND,
    EDIT_MENU,
    MANAGE_STAFF,
    CHANGE_SETTINGS,
    /** See the manager's dashboard: sales, ticket times and open orders. */
    VIEW_DASHBOARD,
    BACKUP_AND_RESTORE,
    /** The end-of-day (Z) report, on screen and saved as PDF or CSV. */
    VIEW_REPORTS
}

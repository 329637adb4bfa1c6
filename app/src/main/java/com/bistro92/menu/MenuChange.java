package com.bistro92.menu;

/**
 * What a {@code menu_changed} event says changed, and who changed it: the body of its
 * {@code "change"} field, e.g. {@code {"what":"item_updated","id":12,"name":"Burger","by":3}}.
 * Pads need not read it (they fetch the menu again); it is there for the audit trail.
 *
 * @param what such as {@code category_added}, {@code item_updated}, {@code item_86d}, {@code menu_imported}
 * @param id   the category, item, group or modifier changed; null for an import
 * @param by   the staff member who made the change, or null when the suite does not know
 */
public record MenuChange(String what, Integer id, String name, Integer by) {
}

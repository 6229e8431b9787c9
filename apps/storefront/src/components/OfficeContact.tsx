/**
 * The provincial OCOP office's phone and email, for a visitor a limit has stopped. Empty until the
 * site's settings (office contact) reach the storefront: the integrator fills this slot in from
 * them, and every place that must show the office's contact already renders it.
 */
export function OfficeContact() {
  return null;
}

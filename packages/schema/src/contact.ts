// Contact values as every layer reads them: the staff API's validation, the admin's forms and the
// storefront's tap-to-call and Zalo links agree on what a phone number or a Zalo contact is.

/** Separators people type inside phone numbers. */
const PHONE_SEPARATORS = /[\s().-]/g;

/**
 * A Vietnamese phone number as people write it: a mobile (0 + 9 digits), a landline (0 + 2xx area
 * code + 7 digits), either with +84 instead of the 0, or a 1800/1900 hotline; spaces, dots,
 * hyphens and brackets between digits are allowed.
 */
export function isVietnamesePhone(value: string): boolean {
  const digits = value.replace(PHONE_SEPARATORS, "");
  return /^(?:(?:\+84|0)(?:[35789]\d{8}|2\d{9}))$/.test(digits) || /^1[89]00\d{4,6}$/.test(digits);
}

/** The number to dial: digits, with + kept for +84 (for tel: links). */
export function dialablePhone(value: string): string {
  return value.replace(/[^\d+]/g, "");
}

/** A zalo.me id: the part after https://zalo.me/ (a phone number or an official account's id). */
const ZALO_ID = /^[A-Za-z0-9._-]{3,64}$/;

/**
 * The zalo.me id of what staff typed as a Zalo contact (a phone number, a zalo.me link or its id),
 * or null when it is none of those. A phone number in +84 form becomes its 0 form, as Zalo's own
 * links write it.
 */
export function zaloIdOf(value: string): string | null {
  const trimmed = value.trim();
  const link = /^(?:https?:\/\/)?(?:www\.)?zalo\.me\/([^/?#\s]+)\/?$/i.exec(trimmed);
  if (link) return link[1] !== undefined && ZALO_ID.test(link[1]) ? link[1] : null;
  if (isVietnamesePhone(trimmed)) return dialablePhone(trimmed).replace(/^\+84/, "0");
  // A bare id has no separators; anything else that looks like a phone number is a wrong one.
  if (/^[\d\s().+-]+$/.test(trimmed) && !/^\d{12,}$/.test(trimmed)) return null;
  return ZALO_ID.test(trimmed) ? trimmed : null;
}

/** The https://zalo.me/ link that opens a chat in the Zalo app, or null for a value that is none. */
export function zaloUrl(value: string): string | null {
  const id = zaloIdOf(value);
  return id === null ? null : `https://zalo.me/${encodeURIComponent(id)}`;
}

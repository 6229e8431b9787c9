/**
 * A link that opens a place in the visitor's map application. Google Maps' cross-platform URL
 * (`/maps/search/?api=1`) opens the Maps app on phones that have it and the website elsewhere,
 * which a `geo:` URI (Android only) or an OpenStreetMap link (web only) does not.
 * Coordinates pin the place; without them the place's name and address are searched for.
 */
export function mapSearchUrl(place: { location: { lat: number; lng: number } | null; name: string; address: string }) {
  const query = place.location
    ? `${place.location.lat},${place.location.lng}`
    : [place.name, place.address].filter(Boolean).join(", ");
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

/**
 * The product set beside its group, or null when it would repeat the group: group 6 has a single
 * set whose name is the group's own, so "Dịch vụ du lịch … · Dịch vụ du lịch …" would print it twice.
 */
export function productSetLabel(category: { name: string; parent: { name: string } | null }): string | null {
  if (!category.parent) return null;
  const same = category.name.trim().toLocaleLowerCase() === category.parent.name.trim().toLocaleLowerCase();
  return same ? null : category.name;
}

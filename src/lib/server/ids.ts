/**
 * Record ids are UUIDs. A malformed id in a URL or form is answered like an unknown one (404 or a field error),
 * never with a database error, so every lookup checks the shape first with this one pattern.
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string) => UUID_PATTERN.test(id);

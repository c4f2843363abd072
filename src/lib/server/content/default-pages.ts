import type { Db } from '../db/client';

/** The editable public pages every installation starts with (filled in by the content-pages work). Idempotent. */
export async function seedDefaultPages(_db: Db): Promise<void> {}

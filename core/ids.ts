// Ids are UUIDs everywhere (users, rows). One check, used wherever an id from outside (a URL,
// a file-key prefix) must be one before anything is looked up or deleted.
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const isUuid = (text: string) => new RegExp(`^${uuid}$`, 'i').test(text);

/** A file-store folder of one owner: "uploads/<uuid>/". */
export const isOwnerFolder = (prefix: string) => new RegExp(`^[a-z-]+/${uuid}/$`, 'i').test(prefix);

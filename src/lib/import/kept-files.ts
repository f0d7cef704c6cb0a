/**
 * Files the reader opened, kept in this browser (IndexedDB) so that Back, Forward and a reload
 * show them again: a history entry names its file by id. Nothing leaves the browser. The last few
 * are kept; "Forget this file" removes one at once.
 */
const DATABASE = 'opened-files';
const STORE = 'files';
/** enough for Back through a few files opened in turn, without filling the reader's disk */
export const KEPT_AT_MOST = 5;

interface KeptRecord {
  id: string;
  name: string;
  type: string;
  lastModified: number;
  /** a Blob: a File loses its name in some browsers' storage */
  content: Blob;
  /** the encoding the reader chose to read it in, if they chose one */
  encoding?: string;
  keptAt: number;
}

export interface KeptFile {
  file: File;
  encoding?: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DATABASE, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
  return request(req);
}

async function withStore<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const database = await open(factory);
  try {
    const transaction = database.transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
    const result = await work(transaction.objectStore(STORE));
    await done;
    return result;
  } finally {
    database.close();
  }
}

/** Keeps a file under its id (a new one, or the same again when read in another encoding). */
export async function keepFile(
  id: string,
  file: File,
  encoding?: string,
  factory: IDBFactory = indexedDB,
  now = Date.now(),
): Promise<void> {
  const record: KeptRecord = {
    id,
    name: file.name,
    type: file.type,
    lastModified: file.lastModified,
    content: file.slice(0, file.size, file.type),
    ...(encoding && { encoding }),
    keptAt: now,
  };
  await withStore(factory, 'readwrite', async (store) => {
    const others = (await request(store.getAll())) as KeptRecord[];
    // the oldest give way, so that at most KEPT_AT_MOST stay
    const older = others.filter((other) => other.id !== id).sort((a, b) => b.keptAt - a.keptAt);
    for (const stale of older.slice(KEPT_AT_MOST - 1)) store.delete(stale.id);
    await request(store.put(record));
  });
}

/** keepFile where the browser may keep nothing (a private window, a full disk): whether it did. */
export function keepIfPossible(id: string, file: File, encoding?: string): Promise<boolean> {
  return keepFile(id, file, encoding).then(
    () => true,
    () => false,
  );
}

/** The file kept under an id; undefined when it was forgotten or has given way to newer ones. */
export async function findKeptFile(
  id: string,
  factory: IDBFactory = indexedDB,
): Promise<KeptFile | undefined> {
  const record = await withStore(
    factory,
    'readonly',
    (store) => request(store.get(id)) as Promise<KeptRecord | undefined>,
  );
  if (!record) return undefined;
  const file = new File([record.content], record.name, {
    type: record.type,
    lastModified: record.lastModified,
  });
  return { file, ...(record.encoding && { encoding: record.encoding }) };
}

export async function forgetFile(id: string, factory: IDBFactory = indexedDB): Promise<void> {
  await withStore(factory, 'readwrite', (store) => request(store.delete(id)).then(() => {}));
}

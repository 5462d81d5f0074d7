/** Why the clipping store failed, as a code the UI can branch on. */
export type StorageErrorReason =
  | 'quota' // the browser refused to store more data
  | 'unavailable' // no IndexedDB (private mode, disabled storage, blocked by policy)
  | 'version' // the stored database is newer than this code, or an upgrade failed
  | 'blocked' // another Trích Báo page holds the database open on an old version, or it was closed
  | 'invalid' // the data given cannot be stored (bad key, uncloneable value)
  | 'unknown';

const MESSAGES: Record<StorageErrorReason, { en: string; vi: string }> = {
  quota: {
    en: 'The browser has no room left to store clippings. Delete some old clippings or free disk space, then try again.',
    vi: 'Trình duyệt đã hết chỗ lưu bài trích. Hãy xóa bớt bài cũ hoặc giải phóng dung lượng ổ đĩa rồi thử lại.',
  },
  unavailable: {
    en: 'This browser window cannot store clippings (private browsing or site storage is turned off). Use a normal window or allow storage.',
    vi: 'Cửa sổ trình duyệt này không cho lưu bài trích (đang duyệt ẩn danh hoặc bộ nhớ trang bị tắt). Hãy dùng cửa sổ thường hoặc cho phép lưu trữ.',
  },
  version: {
    en: 'The clipping database belongs to a newer or broken version of Trích Báo. Update the extension, then try again.',
    vi: 'Cơ sở dữ liệu bài trích thuộc một phiên bản Trích Báo mới hơn hoặc bị lỗi nâng cấp. Hãy cập nhật tiện ích rồi thử lại.',
  },
  blocked: {
    en: 'Another Trích Báo page is using the clipping database. Close or reload the other Trích Báo tabs, then try again.',
    vi: 'Một trang Trích Báo khác đang dùng cơ sở dữ liệu bài trích. Hãy đóng hoặc tải lại các thẻ Trích Báo khác rồi thử lại.',
  },
  invalid: {
    en: 'This clipping contains data that cannot be stored. Nothing was saved.',
    vi: 'Bài trích này chứa dữ liệu không lưu được. Chưa có gì được lưu.',
  },
  unknown: {
    en: 'Saving to the clipping database failed for an unknown reason. Nothing was changed; please try again.',
    vi: 'Lưu vào cơ sở dữ liệu bài trích thất bại vì một lỗi không rõ. Chưa có gì thay đổi; hãy thử lại.',
  },
};

/** A failure of the clipping store, with a reason code and a message for the reader in English and Vietnamese. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly reason: StorageErrorReason;
  readonly messageEn: string;
  readonly messageVi: string;

  constructor(reason: StorageErrorReason, options: { cause?: unknown } = {}) {
    const { en, vi } = MESSAGES[reason];
    super(en, { cause: options.cause });
    this.reason = reason;
    this.messageEn = en;
    this.messageVi = vi;
  }
}

// Error names from the IndexedDB spec, browsers and Dexie (which appends "Error" to its own).
const REASON_BY_NAME: Record<string, StorageErrorReason> = {
  QuotaExceededError: 'quota',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable', // Firefox private windows before v115 fail open() this way
  SecurityError: 'unavailable', // storage disabled or third-party context
  NotAllowedError: 'unavailable',
  VersionError: 'version', // the database on disk has a higher version than this code
  UpgradeError: 'version',
  SchemaError: 'version',
  VersionChangeError: 'blocked',
  DatabaseClosedError: 'blocked',
  DataError: 'invalid',
  DataCloneError: 'invalid',
  InvalidArgumentError: 'invalid',
  ConstraintError: 'invalid',
};

/** Dexie wraps the browser's error in `inner` (OpenFailedError, AbortError…); the innermost name is the real cause. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

/** Maps any error thrown by Dexie or IndexedDB to a StorageError (a StorageError passes through). */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  // Innermost first: an AbortError caused by a QuotaExceededError is a quota problem.
  for (const name of errorNames(error).reverse()) {
    const reason = REASON_BY_NAME[name];
    if (reason) return new StorageError(reason, { cause: error });
  }
  return new StorageError('unknown', { cause: error });
}

/** Runs a store operation and rethrows any failure as a StorageError. */
export async function withStorageErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Wraps the KV binding so that every call either answers within a deadline or fails with
 * StorageUnavailableError, which the error handler answers as 503 with Retry-After. A KV fault
 * then never becomes a 500 or a hung request, and nothing above this layer handles timeouts.
 */

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError'
}

const DEFAULT_TIMEOUT_MS = 5000
const GUARDED_METHODS = new Set(['get', 'getWithMetadata', 'put', 'delete', 'list'])

async function withDeadline<T>(
  operation: string,
  run: () => Promise<T>,
  timeoutMs: number,
): Promise<T> {
  const timer: { id?: ReturnType<typeof setTimeout> } = {}
  const deadline = new Promise<never>((_, reject) => {
    timer.id = setTimeout(() => {
      reject(new StorageUnavailableError(`KV ${operation} took longer than ${timeoutMs} ms`))
    }, timeoutMs)
  })
  try {
    return await Promise.race([run(), deadline])
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error
    throw new StorageUnavailableError(`KV ${operation} failed`, { cause: error })
  } finally {
    clearTimeout(timer.id ?? null)
  }
}

export function guardKv(kv: KVNamespace, timeoutMs = DEFAULT_TIMEOUT_MS): KVNamespace {
  return new Proxy(kv, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (
        typeof property !== 'string' ||
        !GUARDED_METHODS.has(property) ||
        typeof value !== 'function'
      ) {
        return value
      }
      return (...args: unknown[]) =>
        withDeadline(
          property,
          () => Promise.resolve(value.apply(target, args) as unknown),
          timeoutMs,
        )
    },
  })
}

export function storageTimeoutMs(env: Env): number {
  const configured = Number(env.KV_TIMEOUT_MS)
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_TIMEOUT_MS
}

import { APIError } from 'payload'

/**
 * An error whose Chinese message reaches the admin and API clients. Payload's error formatter keeps
 * the message of an APIError only when it carries data (in a minified production build the class
 * name it otherwise relies on is lost, and clients saw "An unknown error occurred.").
 */
export const publicError = (message: string, status: number, reason: string) =>
  new APIError(message, status, { reason }, true)

/**
 * An error as it may be logged from the public intake: SQL errors carry their statement's parameters (names and
 * phones of up to a whole batch of residents), so only the name, code and the message before its parameters go
 * to the log.
 */
export function loggableError(error: unknown): { name: string; code?: unknown; message: string } {
  if (!(error instanceof Error)) return { name: typeof error, message: '（非 Error 对象）' }
  const cause = (error as { cause?: unknown }).cause
  const message = error.message.split(/\n?params:/)[0]!.slice(0, 500)
  return { name: error.name, code: (error as { code?: unknown }).code ?? (cause as { code?: unknown } | undefined)?.code, message }
}

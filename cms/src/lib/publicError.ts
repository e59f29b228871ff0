import { APIError } from 'payload'

/**
 * An error whose Chinese message reaches the admin and API clients. Payload's error formatter keeps
 * the message of an APIError only when it carries data (in a minified production build the class
 * name it otherwise relies on is lost, and clients saw "An unknown error occurred.").
 */
export const publicError = (message: string, status: number, reason: string) =>
  new APIError(message, status, { reason }, true)

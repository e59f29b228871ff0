/** The HTTP edge of the public intake: bodies, origins, client address, and answers for forms and scripts. */
import { isIPv6 } from 'node:net'
import type { PayloadRequest } from 'payload'
import { siteOrigins } from '../lib/origins'
import { codeTry, codeTryRight, consume, type CodeUse } from './rateLimit'
import { errorPage } from './resultPage'
import { env } from '../env'
import { loggableError } from '../lib/publicError'

export const MAX_FORM_BYTES = 64 * 1024
export const MAX_MULTIPART_BYTES = 6 * 1024 * 1024

export type UploadedFile = { data: Buffer; name: string; type: string }
export type Body = { fields: Record<string, unknown>; file?: UploadedFile; json: boolean }
export class HttpError extends Error {
  constructor(
    public status: number,
    message: string,
    public errors?: Record<string, string>,
  ) {
    super(message)
  }
}

/** Reads at most `max` bytes; a larger body is refused without being read to the end. */
async function readCapped(req: Request, max: number): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > max) throw new HttpError(413, tooLarge(max))
  if (readBodies.has(req)) {
    const body = readBodies.get(req) ?? Buffer.alloc(0)
    if (body.length > max) throw new HttpError(413, tooLarge(max))
    return body
  }
  if (!req.body) return Buffer.alloc(0)
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      throw new HttpError(413, tooLarge(max))
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}
const tooLarge = (max: number) => `提交的内容过大（上限 ${max >= 1024 * 1024 ? `${Math.round(max / 1024 / 1024)} MB` : `${Math.round(max / 1024)} KB`}）`

function addField(fields: Record<string, unknown>, key: string, value: unknown) {
  if (key.length > 64) throw new HttpError(400, '提交的字段名无效')
  if (Object.hasOwn(fields, key)) throw new HttpError(400, `字段“${key}”重复提交`, { [key]: '该字段重复提交' })
  fields[key] = value
}

/** Form posts (urlencoded or multipart) and JSON alike become one flat record; anything else is refused. */
export async function readBody(req: PayloadRequest, { allowFile = false } = {}): Promise<Body> {
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  const fields: Record<string, unknown> = Object.create(null)
  if (type.startsWith('application/json')) {
    const raw = await readCapped(req as unknown as Request, MAX_FORM_BYTES)
    let parsed: unknown
    try {
      parsed = JSON.parse(raw.toString('utf8'))
    } catch {
      throw new HttpError(400, '提交的内容不是有效的 JSON')
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new HttpError(400, '提交的内容格式不正确')
    for (const [k, v] of Object.entries(parsed)) addField(fields, k, v)
    return { fields, json: true }
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const raw = await readCapped(req as unknown as Request, MAX_FORM_BYTES)
    for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) addField(fields, k, v)
    return { fields, json: false }
  }
  if (type.startsWith('multipart/form-data')) {
    const raw = await readCapped(req as unknown as Request, allowFile ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES)
    let form: FormData
    try {
      form = await new Response(new Uint8Array(raw), { headers: { 'content-type': req.headers.get('content-type')! } }).formData()
    } catch {
      throw new HttpError(400, '提交的表单格式不正确')
    }
    let file: UploadedFile | undefined
    for (const [k, v] of form) {
      if (typeof v === 'string') addField(fields, k, v)
      else if (k === 'attachment' && allowFile) {
        if (file) throw new HttpError(400, '只能上传一个附件', { attachment: '只能上传一个附件' })
        if (v.size > 0) file = { data: Buffer.from(await v.arrayBuffer()), name: v.name, type: v.type }
      } else throw new HttpError(400, '不接受该文件字段', { [k]: '不接受文件' })
    }
    return { fields, file, json: false }
  }
  throw new HttpError(415, '请以表单或 JSON 格式提交')
}

/** JSON answers for scripts (JSON bodies, Accept: application/json); 303 redirects for plain HTML forms. */
export function wantsJson(req: PayloadRequest, body?: Body): boolean {
  if (body?.json) return true
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('application/json')) return true
  const accept = req.headers.get('accept') ?? ''
  return accept.includes('application/json') || req.headers.get('x-requested-with') !== null
}

/**
 * CSRF: a browser always names the page's origin on a POST. Only the site's origins (and the CMS's own) may
 * post; requests without Origin or Referer come from scripts and servers, which carry no visitor's cookies.
 */
export function assertAllowedOrigin(req: PayloadRequest) {
  // The CMS's own result pages (e.g. the cancel form beside a sign-up), whatever CMS_URL says.
  if (req.headers.get('sec-fetch-site') === 'same-origin') return
  const allowed = siteOrigins()
  const origin = req.headers.get('origin')
  if (origin) {
    if (!allowed.includes(origin)) throw new HttpError(403, '不接受来自其他网站的提交')
    return
  }
  const referer = req.headers.get('referer')
  if (referer) {
    let refOrigin = ''
    try {
      refOrigin = new URL(referer).origin
    } catch {}
    if (!allowed.includes(refOrigin)) throw new HttpError(403, '不接受来自其他网站的提交')
  }
}

/**
 * Socket addresses of the requests the Pages routes receive (intake/pagesRoute.ts). The App Router gives Payload's
 * endpoints no socket: Next copies the socket address into X-Forwarded-For only when the request carries none
 * (base-server.js: `x-forwarded-for ??= socket.remoteAddress`), so there the header is whatever the client sent.
 */
const socketPeers = new WeakMap<object, string>()
/** Bodies those routes have already read from the socket: handed over as bytes, not re-wrapped in a web stream. */
const readBodies = new WeakMap<object, Buffer | null>()
export function rememberNodeRequest(req: object, address: string | undefined, body: Buffer | null) {
  if (address) socketPeers.set(req, address)
  readBodies.set(req, body)
}

/** What requests share a bucket under when no address can be trusted: one bucket, never one the client names. */
export const UNKNOWN_CLIENT = 'unknown'

/**
 * The one client address rule, as Express's `trust proxy` with a number of hops: the socket address, and
 * X-Forwarded-For's entries from the right, one per trusted proxy. `trustedHops` 0 (the default) ignores the header;
 * n takes the n-th address from its right (the leftmost one when it has fewer). An IPv6 address counts as its /64
 * network, which a single connection usually holds whole. Without a socket address (App Router) and without
 * trusted hops, every request shares UNKNOWN_CLIENT: a request can never choose its own bucket.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | null | undefined, trustedHops: number): string {
  const chain = [peer, ...(forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean).reverse()]
  const chosen = chain[Math.min(trustedHops, chain.length - 1)]
  return chosen ? bucketOf(chosen) : UNKNOWN_CLIENT
}

/** A plain address: no port, brackets or zone; IPv4-mapped IPv6 as IPv4; IPv6 as its /64 network. */
function bucketOf(raw: string): string {
  let a = raw.trim().toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a)
  if (bracketed) a = bracketed[1]!
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.replace(/:\d+$/, '')
  a = a.replace(/%.*$/, '').replace(/^::ffff:(\d{1,3}(\.\d{1,3}){3})$/, '$1')
  if (isIPv6(a)) return `${ipv6Groups(a).slice(0, 4).join(':')}::/64`
  return a.slice(0, 64)
}

function ipv6Groups(a: string): string[] {
  let s = a
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s)
  if (v4) {
    const [b1, b2, b3, b4] = v4.slice(1).map(Number) as [number, number, number, number]
    s = `${s.slice(0, v4.index)}${((b1 << 8) | b2).toString(16)}:${((b3 << 8) | b4).toString(16)}`
  }
  const [head, tail] = s.split('::') as [string, string | undefined]
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros = s.includes('::') ? Array(8 - left.length - right.length).fill('0') : []
  return [...left, ...zeros, ...right].map((g) => g.replace(/^0+(?=.)/, ''))
}

export function clientIp(req: PayloadRequest): string {
  return clientAddress(socketPeers.get(req), req.headers.get('x-forwarded-for'), env.TRUST_PROXY)
}

export function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } })
}

/** An error for the visitor: JSON for scripts; for a plain form post, a page saying what was wrong (same status). */
export async function failure(req: PayloadRequest, asJson: boolean, error: HttpError): Promise<Response> {
  const retryAfter = (error as HttpError & { retryAfter?: number }).retryAfter
  const headers: Record<string, string> = error.status === 429 && retryAfter ? { 'retry-after': String(retryAfter) } : {}
  if (asJson) return json(error.errors ? { message: error.message, errors: error.errors } : { message: error.message }, error.status, headers)
  const res = await errorPage(req.payload, error.status, error.message, error.errors, formPage(req))
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v)
  return res
}

/** The site page the form was on, to link back to (only one of ours). */
function formPage(req: PayloadRequest): string | null {
  const referer = req.headers.get('referer')
  if (!referer) return null
  try {
    return siteOrigins().includes(new URL(referer).origin) ? referer : null
  } catch {
    return null
  }
}

/** 45 秒, 3 分钟: how long a refused visitor waits, as they read it. */
const waitText = (wait: number) => (wait > 90 ? `${Math.ceil(wait / 60)} 分钟` : `${wait} 秒`)

/** A 429 that tells the visitor how long to wait, in words and in Retry-After. */
function refusedFor(wait: number, message: string): HttpError {
  return Object.assign(new HttpError(429, message), { retryAfter: wait })
}

export function tooManyRequests(wait: number): HttpError {
  return refusedFor(wait, `提交过于频繁，请 ${waitText(wait)}后再试`)
}

/** Runs a handler so that nothing the visitor sends can turn into a 500. */
export async function guarded(req: PayloadRequest, asJson: () => boolean, fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn()
  } catch (error) {
    if (error instanceof HttpError) return failure(req, asJson(), error)
    req.payload.logger.error({ err: loggableError(error), msg: `群众来件处理失败 ${req.url}` })
    return failure(req, asJson(), new HttpError(500, '系统繁忙，提交未成功，请稍后再试'))
  }
}

/** Status lookups, cancellations and result pages: limited per address, so codes cannot be guessed by trying. */
export async function limitLookups(req: PayloadRequest): Promise<void> {
  const wait = await consume({ lookup: clientIp(req) })
  if (wait) throw tooManyRequests(wait)
}

/**
 * One try at a receipt or cancel code, counted before the code is checked: after INTAKE_LOOKUP_FAILURES wrong
 * tries the code is locked for INTAKE_LOOKUP_LOCK seconds (429), whoever asks and whatever they type. An unknown
 * code counts like a known one with the wrong phone digits, so the lock tells nothing either. `right()` clears
 * the count once the code turned out right.
 */
export async function tryCode(use: CodeUse, code: string): Promise<{ right: () => Promise<void> }> {
  const wait = await codeTry(use, code)
  if (wait) {
    throw refusedFor(wait, `该编号输错次数过多，为保护您的信息已暂时锁定，请 ${waitText(wait)}后再试。如有疑问，请联系工作人员。`)
  }
  return { right: () => codeTryRight(use, code) }
}

/** A public form post: from the site's origins only, its body read once, answered as JSON or as a page (guarded). */
export function formPost(req: PayloadRequest, fn: (body: Body) => Promise<Response>, { allowFile = false } = {}): Promise<Response> {
  let body: Body | undefined
  return guarded(req, () => wantsJson(req, body), async () => {
    assertAllowedOrigin(req)
    body = await readBody(req, { allowFile })
    return fn(body)
  })
}

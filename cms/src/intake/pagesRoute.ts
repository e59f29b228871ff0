import type { IncomingMessage, ServerResponse } from 'node:http'
import { headersWithCors, type Endpoint, type Payload, type PayloadRequest } from 'payload'
import { apiRoutes } from '@lawpoint/content-types'
import { runningPayload } from '../lib/payloadInstance'
import { endpointPath } from '../lib/routes'
import { MAX_FORM_BYTES, MAX_MULTIPART_BYTES, rememberNodeRequest } from './http'
import { intakeEndpoints } from './index'
import { loggableError } from '../lib/publicError'

/**
 * The public intake endpoints that count per client address, served as Next Pages API routes (one file per
 * route under src/pages/api/public/, each `export default pagesRoute(apiRoutes.…)`).
 *
 * Why: the App Router gives Payload's endpoints a Request without the socket, and Next fills X-Forwarded-For from
 * the socket only when the client sent none (`??=` in next/dist/server/base-server.js), so there a client names
 * its own address. Here Next hands us the Node request: its socket address is remembered for clientIp()
 * (rememberNodeRequest), and the endpoint's own handler answers, with the same CORS headers as Payload's. It also skips
 * Payload's REST routing and the App Router's per-request machinery, which keeps the opinion post's p99 low at
 * 100 concurrent residents (docs/benchmarks.md); the production server (cms/server.mjs) then calls it without Next's
 * routing at all. The endpoints stay registered with Payload too (same paths, for
 * the route check and the Local API); over HTTP these routes take precedence.
 */
type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>
const directKey = Symbol.for('lawpoint.publicRoutes')

export function pagesRoute(route: string) {
  const path = endpointPath(route)
  const byMethod = new Map(intakeEndpoints.filter((e) => e.path === path).map((e) => [e.method.toUpperCase(), e] as const))
  if (!byMethod.size) throw new Error(`没有为 ${route} 注册的公众来件端点`)
  const allow = [...byMethod.keys(), 'OPTIONS'].join(', ')
  // Only the opinion form takes a file; every other route keeps no more than a form's worth of body in memory.
  const maxBody = route === apiRoutes.opinions ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES

  const publicRoute: NodeHandler = async (req, res) => {
    const headers = new Headers()
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !dropped.has(k)) headers.set(k, Array.isArray(v) ? v.join(', ') : v)
    let response: Response
    let payload: Payload | undefined
    try {
      payload = await payloadInstance(req)
      const endpoint = byMethod.get(req.method ?? '')
      if (endpoint) response = await serve(endpoint, req, headers, payload, maxBody)
      else if (req.method === 'OPTIONS') response = new Response(null, { status: 200 })
      else response = Response.json({ message: '不支持该请求方法' }, { status: 405, headers: { allow } })
    } catch (error) {
      if (payload) payload.logger.error({ err: loggableError(error), msg: `群众来件处理失败 ${req.url}` })
      else console.error('群众来件处理失败', loggableError(error))
      response = Response.json({ message: '系统繁忙，请稍后再试' }, { status: 500 })
    }
    if (payload) headersWithCors({ headers: response.headers, req: { payload, headers } as unknown as PayloadRequest })
    res.statusCode = response.status
    response.headers.forEach((v, k) => res.setHeader(k, v))
    res.end(Buffer.from(await response.arrayBuffer()))
  }
  directRoutes().set(route.split('?')[0]!, publicRoute)
  return publicRoute
}

/**
 * The production server (cms/server.mjs) answers a public route with its handler directly once Next has loaded
 * it here, skipping Next's routing (most of an opinion's CPU at 100 clients); `next start`/`next dev` ignore it.
 */
function directRoutes(): Map<string, NodeHandler> {
  const registry = globalThis as { [directKey]?: Map<string, NodeHandler> }
  return (registry[directKey] ??= new Map())
}

// Hop-by-hop and length headers describe the original message, not the Request rebuilt from its bytes.
const dropped = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'expect'])

async function serve(endpoint: Endpoint, req: IncomingMessage, headers: Headers, payload: Payload, maxBody: number): Promise<Response> {
  const body = req.method === 'POST' ? await readAll(req, maxBody) : null
  const request = new Request(requestUrl(req, headers), { method: req.method, headers })
  rememberNodeRequest(request, req.socket.remoteAddress, body)
  const url = new URL(request.url)
  return endpoint.handler(Object.assign(request, { payload, searchParams: url.searchParams }) as unknown as PayloadRequest)
}

/** The URL as the App Router would build it; a Host header that makes no URL gives way to localhost. */
function requestUrl(req: IncomingMessage, headers: Headers): string {
  try {
    return new URL(req.url ?? '/', `http://${headers.get('host') ?? 'localhost'}`).href
  } catch {
    return new URL(req.url ?? '/', 'http://localhost').href
  }
}

/**
 * The body, or its first bytes past the largest allowed size (the handler then answers 413). The rest of a
 * too-large upload is read and dropped, so the connection stays usable for the answer.
 */
async function readAll(req: IncomingMessage, maxBody: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size <= maxBody) chunks.push(chunk)
    size += chunk.length
    if (size > 64 * 1024 * 1024) break
  }
  return chunks.length ? Buffer.concat(chunks) : null
}

/** The running instance; on a fresh server, one request to the main bundle starts Payload first. */
async function payloadInstance(req: IncomingMessage): Promise<Payload> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const payload = runningPayload()
    if (payload) return payload
    const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '')
    const host = address.includes(':') ? `[${address}]` : address
    await fetch(`http://${host}:${req.socket.localPort}${apiRoutes.challenge}`).catch(() => undefined)
  }
  throw new Error('Payload 尚未启动')
}

import type { IncomingMessage, ServerResponse } from 'node:http'
import { headersWithCors, type Payload, type PayloadRequest } from 'payload'
import { apiRoutes } from '@lawpoint/content-types'
import { runningPayload } from '../lib/payloadInstance'
import { postOpinion } from './endpoints'
import { MAX_MULTIPART_BYTES, rememberPeer } from './http'

/**
 * POST /api/public/opinions, the busiest public endpoint, served as a lean Pages API route (mounted by
 * src/pages/api/public/opinions.ts): no Payload REST routing (login, locale, endpoint matching) and none of
 * the App Router's per-request machinery. Same handler as the Payload endpoint, same CORS answers; this is
 * what keeps p99 low at 100 concurrent residents (docs/benchmarks.md).
 */
/**
 * The body, or its first bytes past the largest allowed size (the handler then answers 413). The rest of a
 * too-large upload is read and dropped, so the connection stays usable for the answer.
 */
async function readAll(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size <= MAX_MULTIPART_BYTES) chunks.push(chunk)
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

// Hop-by-hop and length headers describe the original message, not the Request rebuilt from its bytes.
const dropped = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'expect'])

export async function leanOpinionRoute(req: IncomingMessage, res: ServerResponse) {
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !dropped.has(k)) headers.set(k, Array.isArray(v) ? v.join(', ') : v)
  let response: Response
  let payload: Payload | undefined
  try {
    payload = await payloadInstance(req)
    if (req.method === 'POST') {
      const body = await readAll(req)
      const request = new Request(`http://${headers.get('host') ?? 'localhost'}${req.url}`, { method: 'POST', headers, body: body ? new Uint8Array(body) : null })
      rememberPeer(request, req.socket.remoteAddress)
      response = await postOpinion.handler(Object.assign(request, { payload }) as unknown as PayloadRequest)
    } else if (req.method === 'OPTIONS') response = new Response(null, { status: 200 })
    else response = Response.json({ message: '不支持该请求方法' }, { status: 405, headers: { allow: 'POST, OPTIONS' } })
  } catch (error) {
    if (payload) payload.logger.error({ err: error, msg: '意见提交处理失败' })
    else console.error('意见提交处理失败', error)
    response = Response.json({ message: '系统繁忙，提交未成功，请稍后再试' }, { status: 500 })
  }
  if (payload) headersWithCors({ headers: response.headers, req: { payload, headers } as unknown as PayloadRequest })
  res.statusCode = response.status
  response.headers.forEach((v, k) => res.setHeader(k, v))
  res.end(Buffer.from(await response.arrayBuffer()))
}

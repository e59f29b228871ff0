/**
 * During `astro build`, hands every rendered HTML page to the search indexer (lib/search/page-sink.ts), so
 * Pagefind reads it while the next pages render instead of re-reading the whole site afterwards.
 * Anywhere else (dev server, no indexer) it does nothing.
 */
import { defineMiddleware } from 'astro:middleware'
import { pageSink } from './lib/search/page-sink'

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  const sink = pageSink()
  if (!sink || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response
  // Bytes, not text: decoding and re-encoding every page cost more than rendering parts of it.
  const body = new Uint8Array(await response.arrayBuffer())
  await sink.page(context.url.pathname, body)
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
})

/**
 * Next calls register() once when the server starts: Payload starts now rather than on the first request, so a
 * production CMS with an unsafe setup (lib/productionChecks.ts) stops at once with the reason, instead of
 * answering every request with an error. Node only: the startup itself lives in lib/startPayload.ts.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await (await import('./lib/startPayload')).startPayload()
}

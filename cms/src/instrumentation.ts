/**
 * Next calls register() once when the server starts: Payload starts now rather than on the first request, so a
 * production CMS with an unsafe setup (lib/productionChecks.ts) stops at once with the reason, instead of
 * answering every request with an error.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { UnsafeProductionError }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./lib/productionChecks'),
  ])
  try {
    await getPayload({ config })
  } catch (error) {
    if (!(error instanceof UnsafeProductionError)) throw error
    console.error(`\n内容管理后台拒绝启动：${error.message}\n`)
    process.exit(1)
  }
}

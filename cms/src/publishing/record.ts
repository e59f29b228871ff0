/**
 * A build as the CMS runs it: the `site-builds` row goes queued → running → live | failed, with
 * duration, page count, timings and the log's tail, so the admin shows what happened.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { siteCheckedFields } from '@lawpoint/content-types'
import { exportSnapshot } from './snapshot'
import { runSiteBuild, type BuildOutcome } from './runner'

/** Contact details of people (staff accounts, residents who registered or commented) the site must never show. */
export async function personalContacts(payload: Payload): Promise<string[]> {
  const values: string[] = []
  const collect = async (collection: string, fields: string[]) => {
    if (!payload.collections[collection as keyof typeof payload.collections]) return
    const { docs } = await payload.find({
      collection: collection as 'users',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: Object.fromEntries(fields.map((f) => [f, true])),
    })
    for (const d of docs as unknown as Record<string, unknown>[])
      for (const f of fields) if (typeof d[f] === 'string' && d[f]) values.push(d[f] as string)
  }
  for (const { collection, fields } of siteCheckedFields()) await collect(collection, fields)
  return values
}

const tail = (file: string, lines = 60) => {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return ''
  }
}

export async function runSiteBuildForRecord(payload: Payload, buildId: string | number): Promise<BuildOutcome> {
  let id = buildId
  const existing = await payload.findByID({ collection: 'site-builds', id, depth: 0, disableErrors: true, overrideAccess: true })
  if (!existing || existing.status !== 'queued') {
    // A job for a build that already ran (a change arrived as it started): build again, don't drop it.
    const created = await payload.create({
      collection: 'site-builds',
      data: {
        status: 'queued',
        trigger: existing?.trigger ? `补充构建：${existing.trigger}` : '补充构建',
        changes: existing?.changes ?? [],
        requestedAt: new Date().toISOString(),
      },
      depth: 0,
    })
    id = created.id
  }
  const started = new Date()
  await payload.update({ collection: 'site-builds', id, data: { status: 'running', startedAt: started.toISOString() }, depth: 0 })
  const exportStarted = Date.now()
  let exportMs = 0
  // Not awaited here: the site build starts while the snapshot is exported (see runner.ts).
  const snapshot = exportSnapshot(payload).then((s) => ((exportMs = Date.now() - exportStarted), s))
  const forbidden = personalContacts(payload)
  // The runner awaits both (and reports a failure as the build's error) only after it has taken the build
  // lock; a rejection before then must not count as unhandled, which would stop the CMS process.
  snapshot.catch(() => {})
  forbidden.catch(() => {})
  const outcome = await runSiteBuild({
    snapshot,
    forbidden,
    onStart: async ({ name }) => {
      await payload.update({ collection: 'site-builds', id, data: { outputDir: name }, depth: 0 })
    },
  })
  outcome.timings = { export: exportMs, ...outcome.timings }
  if (outcome.ok) {
    // Whatever was live before is now only kept for rollback.
    await payload.update({
      collection: 'site-builds',
      where: { and: [{ status: { equals: 'live' } }, { id: { not_equals: id } }] },
      data: { status: 'superseded' },
      depth: 0,
    })
  }
  await payload.update({
    collection: 'site-builds',
    id,
    data: {
      status: outcome.ok ? 'live' : 'failed',
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - started.getTime(),
      pages: outcome.validation?.pages ?? null,
      timings: outcome.timings,
      error: outcome.error ?? null,
      log: tail(path.join(outcome.dir, 'build.log')),
    },
    depth: 0,
  })
  if (outcome.ok) payload.logger.info(`网站已发布：${outcome.name}（${outcome.durationMs} ms）`)
  else payload.logger.error(`网站构建失败，线上网站未改变：${outcome.error?.split('\n')[0]}`)
  return outcome
}

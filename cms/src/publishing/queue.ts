/**
 * Build requests → Payload jobs. Every publish/unpublish/delete calls requestBuild(): changes that
 * arrive while a build is queued join it (one `site-builds` row, one pending job, its start pushed
 * back by the debounce up to a maximum wait), so ten quick edits make one build, or two if a build
 * was already running. The task is exclusive and superseding (Payload concurrency control), and the
 * runner holds a lock file, so two builds never run at once.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { runSiteBuildForRecord } from './record'
import { env } from '../env'

export const SITE_BUILD_QUEUE = 'site-build'
export const SITE_BUILD_TASK = 'siteBuild'

const debounceMs = () => env.SITE_BUILD_DEBOUNCE_MS
const maxWaitMs = () => env.SITE_BUILD_MAX_WAIT_MS

export interface BuildChange {
  action: string
  collection?: string
  id?: number | string
  title?: string
  by?: string
  at?: string
}

type KickState = { timer?: NodeJS.Timeout; draining: boolean; again: boolean; chain: Promise<unknown> }
// On globalThis: Next may load this module more than once in one process.
const state: KickState = ((globalThis as { __lawpointSiteBuild?: KickState }).__lawpointSiteBuild ??= {
  draining: false,
  again: false,
  chain: Promise.resolve(),
})

const describe = (changes: BuildChange[]) => {
  const first = changes[0]!
  const one = (c: BuildChange) => `${c.action}${c.title ? `《${c.title}》` : c.collection ? ` ${c.collection}#${c.id}` : ''}`
  return changes.length === 1 ? one(first) : `${one(first)} 等 ${changes.length} 项更改`
}

/** Records a change and makes sure a build will run soon after it; returns the site-builds id. */
export function requestBuild(
  payload: Payload,
  change: BuildChange,
  options: { req?: PayloadRequest; immediate?: boolean } = {},
): Promise<number | string> {
  // Serialised in-process so simultaneous edits find the same queued build.
  const next = state.chain.then(() => enqueue(payload, change, options))
  state.chain = next.catch(() => undefined)
  return next
}

async function enqueue(payload: Payload, change: BuildChange, { req, immediate }: { req?: PayloadRequest; immediate?: boolean }) {
  const now = new Date()
  const entry = { ...change, at: change.at ?? now.toISOString() }
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'queued' } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    req,
  })
  let build = docs[0]
  if (build) {
    const changes = [...((build.changes as BuildChange[] | null) ?? []), entry].slice(-200)
    build = await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: { changes, trigger: describe(changes), requestedAt: now.toISOString() },
      req,
      depth: 0,
    })
  } else {
    build = await payload.create({
      collection: 'site-builds',
      data: { status: 'queued', changes: [entry], trigger: describe([entry]), requestedAt: now.toISOString() },
      req,
      depth: 0,
    })
  }
  // Quiet period after the latest change, but never later than maxWait after the first.
  const firstAt = new Date(build.createdAt).getTime()
  const runAt = immediate ? now.getTime() : Math.min(now.getTime() + debounceMs(), Math.max(firstAt + maxWaitMs(), now.getTime()))
  // Superseding: Payload deletes the earlier pending job for this key, so one job per queued build.
  await payload.jobs.queue({
    task: SITE_BUILD_TASK,
    queue: SITE_BUILD_QUEUE,
    input: { buildId: String(build.id) },
    waitUntil: new Date(runAt),
    req,
  })
  kick(payload, runAt - Date.now())
  return build.id
}

/** Runs the site-build queue in this process once the debounce has passed (SITE_BUILD_AUTORUN=false to leave it to cron/workers). */
export function kick(payload: Payload, delayMs = 0): void {
  if (!env.SITE_BUILD_AUTORUN) return
  if (state.timer) clearTimeout(state.timer)
  state.timer = setTimeout(() => void drain(payload), Math.max(0, delayMs) + 50)
  state.timer.unref?.()
}

async function drain(payload: Payload): Promise<void> {
  if (state.draining) {
    state.again = true
    return
  }
  state.draining = true
  try {
    do {
      state.again = false
      await payload.jobs.run({ queue: SITE_BUILD_QUEUE, limit: 1, sequential: true })
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: {
          and: [{ queue: { equals: SITE_BUILD_QUEUE } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }],
        },
        sort: 'waitUntil',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const next = docs[0] as { waitUntil?: string | null; processing?: boolean } | undefined
      if (!next || next.processing) break
      const wait = next.waitUntil ? new Date(next.waitUntil).getTime() - Date.now() : 0
      if (wait > 0) {
        kick(payload, wait)
        break
      }
      state.again = true
    } while (state.again)
  } catch (error) {
    payload.logger.error({ err: error, msg: '网站构建队列运行出错' })
  } finally {
    state.draining = false
  }
}

export const siteBuildTask: TaskConfig<{ input: { buildId: string }; output: { ok: boolean; outputDir?: string } }> = {
  slug: SITE_BUILD_TASK,
  label: '生成并发布网站',
  inputSchema: [{ name: 'buildId', type: 'text', required: true }],
  outputSchema: [
    { name: 'ok', type: 'checkbox' },
    { name: 'outputDir', type: 'text' },
  ],
  // A failed build is reported in site-builds, not retried: the same content would fail again.
  retries: 0,
  concurrency: { key: () => 'site-build', exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    const outcome = await runSiteBuildForRecord(req.payload, input.buildId)
    return { output: { ok: outcome.ok, outputDir: outcome.name } }
  },
}

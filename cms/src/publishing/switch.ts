/**
 * The served site is whatever data/site-builds/live points at. Switching is a symlink made beside it
 * and renamed over it — rename(2) is atomic, so a request sees the old site or the new, never a mix.
 * No Payload imports: the rollback script and the static server use this too.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildsRoot, keepBuilds, livePath } from './paths'

/** Build directories are named by their start time, so name order is age order. */
const buildName = /^\d{8}T\d{6}\d{3}Z(-\d+)?$/

export function newBuildName(date = new Date()): string {
  return date.toISOString().replace(/[-:.]/g, '')
}

/** The site directory of a build: <root>/<name>/dist. */
export const distOf = (root: string, name: string) => path.join(root, name, 'dist')

/** Builds that finished (have a dist/ and a `ok` marker), oldest first. */
export function listBuilds(root = buildsRoot()): string[] {
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root)
    .filter((n) => buildName.test(n) && fs.existsSync(path.join(root, n, 'ok')))
    .sort()
}

/** The name of the build currently served, if any. */
export function currentLive(root = buildsRoot()): string | null {
  try {
    const target = fs.readlinkSync(livePath(root))
    return path.basename(path.dirname(path.resolve(root, target)))
  } catch {
    return null
  }
}

/** Points `live` at a build, atomically. */
export function switchLive(name: string, root = buildsRoot()): void {
  const dist = distOf(root, name)
  if (!fs.existsSync(dist)) throw new Error(`没有这个构建：${dist}`)
  const tmp = path.join(root, `.live-${process.pid}-${Date.now()}`)
  // Relative target: the builds directory can be moved or mounted elsewhere (e.g. into an nginx container).
  fs.symlinkSync(path.relative(root, dist), tmp)
  fs.renameSync(tmp, livePath(root))
}

/** Marks a build complete (eligible for live/rollback). */
export function markOk(name: string, root = buildsRoot()): void {
  fs.writeFileSync(path.join(root, name, 'ok'), new Date().toISOString())
}

/** Deletes all but the newest `keep` finished builds (never the live one) and failed builds older than the newest. */
export function pruneBuilds(root = buildsRoot(), keep = keepBuilds()): string[] {
  if (!fs.existsSync(root)) return []
  const live = currentLive(root)
  const ok = listBuilds(root)
  const keepSet = new Set(ok.slice(-keep))
  if (live) keepSet.add(live)
  const all = fs.readdirSync(root).filter((n) => buildName.test(n)).sort()
  // Failed builds: keep the latest few for their logs.
  const failed = all.filter((n) => !ok.includes(n))
  for (const n of failed.slice(-3)) keepSet.add(n)
  const removed: string[] = []
  for (const n of all) {
    if (keepSet.has(n)) continue
    // Out of the list at once (a rename), deleted by another process: a library build is 47,000 files, and
    // deleting them took 7 s of the CMS's main thread inside the publish; deleted by fs.promises, they queued
    // ahead of the next publish's own file writes in libuv's four threads (its snapshot took 10 s to write).
    // Renamed first, so a remover that dies leaves nothing in the list; the next prune finishes its work.
    fs.renameSync(path.join(root, n), path.join(root, `${removing}${n}`))
    removed.push(n)
  }
  // Also what a stopped process left half-deleted.
  const doomed = fs.readdirSync(root).filter((n) => n.startsWith(removing)).map((n) => path.join(root, n)).filter((d) => !deleting.has(d))
  if (doomed.length) {
    for (const d of doomed) deleting.add(d)
    const remover = spawn(process.execPath, ['-e', "for (const d of process.argv.slice(1)) require('fs').rmSync(d, { recursive: true, force: true })", ...doomed], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_OPTIONS: '' },
    })
    remover.on('exit', (code) => {
      doomed.forEach((d) => deleting.delete(d))
      // Its error is on stderr; the folders stay and the next prune tries again.
      if (code) console.error(`旧构建未能删除（退出码 ${code}）：${doomed.join('、')}`)
    })
    remover.on('error', () => doomed.forEach((d) => deleting.delete(d)))
    remover.unref()
    // At the lowest CPU priority, so that the next publish's build comes first (the disk it shares).
    try {
      if (remover.pid) os.setPriority(remover.pid, 19)
    } catch {
      /* not permitted here: it runs at normal priority */
    }
  }
  return removed
}
const removing = '.removing-'
const deleting = new Set<string>()

/** Switches live to the build before the current one; returns [from, to]. */
export function rollback(root = buildsRoot(), to?: string): { from: string | null; to: string } {
  const builds = listBuilds(root)
  const live = currentLive(root)
  let target = to
  if (!target) {
    const i = live ? builds.indexOf(live) : builds.length
    target = i > 0 ? builds[i - 1] : undefined
  }
  if (!target || !builds.includes(target)) throw new Error(`没有可以回滚到的构建（现有：${builds.join('、') || '无'}）`)
  switchLive(target, root)
  return { from: live, to: target }
}

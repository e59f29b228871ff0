import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** A hash of every file under the given paths (skipping build output), to tell whether a build is stale. */
export function treeHash(paths: string[], skip = /(^|\/)(node_modules|\.next[^/]*|dist|\.astro|snapshot)(\/|$)/): string {
  const hash = createHash('sha256')
  const walk = (p: string) => {
    if (skip.test(p) || !fs.existsSync(p)) return
    const stat = fs.statSync(p)
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p).sort()) walk(path.join(p, entry))
    else hash.update(p).update(fs.readFileSync(p))
  }
  for (const p of paths) walk(p)
  return hash.digest('hex')
}

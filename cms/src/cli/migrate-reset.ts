/**
 * npm run migrate:reset -w cms — PRE-RELEASE ONLY: replaces all migrations with one `initial` per
 * dialect generated from the current config. Never use once a database outside development exists;
 * use `npm run migrate:create -w cms -- NAME` then.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { cmsRoot } from '../lib/paths'

for (const dialect of ['sqlite', 'postgres']) {
  const dir = path.join(cmsRoot, 'src/migrations', dialect)
  for (const f of fs.readdirSync(dir)) if (f !== 'index.ts') fs.rmSync(path.join(dir, f))
  fs.writeFileSync(path.join(dir, 'index.ts'), "import type { Migration } from 'payload'\n\nexport const migrations: Migration[] = []\n")
}
execFileSync('npx', ['tsx', 'src/cli/migrate-create.ts', 'initial'], { cwd: cmsRoot, stdio: 'inherit' })

#!/usr/bin/env node
/**
 * node src/scripts/run.mjs <script> [args…] — runs src/scripts/<script>.ts with plain Node.
 *
 * Our TypeScript (cms/src and the shared content-types source) is bundled with esbuild into
 * .scripts/bin/ and run by plain Node, with npm packages loaded natively — no loader hooks at run time.
 */
import { buildSync } from 'esbuild'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const [script, ...rest] = process.argv.slice(2)
if (!script) {
  console.error('用法：node src/scripts/run.mjs <脚本名> [参数]')
  process.exit(2)
}
// Two levels below cms/, like src/lib/, so paths derived from import.meta.url still point at cms/.
const outfile = path.join(cmsDir, '.scripts/bin', `${script}.mjs`)

buildSync({
  entryPoints: [path.join(cmsDir, 'src/scripts', `${script}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  // Keep CommonJS packages' require() working inside the ESM bundle.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  // npm packages load natively; only our own source, including the shared package, is bundled.
  packages: 'external',
  alias: { '@lawpoint/content-types': path.resolve(cmsDir, '../content-types/src/index.ts') },
})

// lexical's default Node entry points (*.node.mjs) pick their build with a top-level await; Node 20
// now and then never settles that graph and quits with code 13 before our first line runs. The
// "development" condition resolves lexical straight to its plain build. Should code 13 still occur,
// nothing has happened yet and every script here is idempotent, so it is tried again.
for (let attempt = 1; ; attempt++) {
  const { status, signal } = spawnSync(process.execPath, ['--conditions=development', '--enable-source-maps', outfile, ...rest], { stdio: 'inherit' })
  if (status === 13 && attempt < 4) {
    console.error(`（Node 加载模块时意外退出，第 ${attempt} 次重试）`)
    continue
  }
  process.exit(status ?? (signal ? 1 : 0))
}

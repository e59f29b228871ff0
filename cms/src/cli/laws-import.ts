/**
 * npm run laws:import -w cms -- <folder> [--dry-run] [--draft]   (from the repository root: npm run laws:import -- <folder>)
 * Imports the law texts of a folder into the law library and prints what changed, law by law (cms/src/lawLibrary/).
 */
import fs from 'node:fs'
import path from 'node:path'
import { runScript } from '../lib/localPayload'
import { importLaws, type ImportResult } from '../lawLibrary/import'

const args = process.argv.slice(2)
const flags = new Set(args.filter((a) => a.startsWith('--')))
const [folderArg] = args.filter((a) => !a.startsWith('--'))
const unknown = [...flags].filter((f) => !['--dry-run', '--draft'].includes(f))
if (!folderArg || unknown.length) {
  console.error(`用法：npm run laws:import -- <文件夹> [--dry-run] [--draft]${unknown.length ? `\n不认识的选项：${unknown.join(' ')}` : ''}`)
  process.exit(2)
}
// npm runs workspace scripts in cms/: a relative folder is taken from where the command was typed.
const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), folderArg)
if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
  console.error(`找不到文件夹 ${folder}`)
  process.exit(2)
}
const dryRun = flags.has('--dry-run')
const draft = flags.has('--draft')

runScript(async (payload) => {
  console.log(`${dryRun ? '试运行（不写入）：' : ''}导入 ${folder}${draft ? '（新法律存为草稿）' : ''}`)
  let result: ImportResult
  try {
    result = await importLaws(payload, folder, { dryRun, draft, by: '命令行导入', log: (text) => console.log(text) })
  } catch (error) {
    // A broken keys.json, an unreadable folder: nothing was imported.
    console.error(`未能导入：${(error as Error).message}`)
    process.exitCode = 1
    return
  }
  const t = result.totals
  for (const s of result.skipped) console.log(`跳过 ${s.file}：${s.reason}`)
  console.log(
    `\n共 ${t.laws} 部法律：首次导入 ${t.created} 部，更新 ${t.updated} 部，无变化 ${t.unchanged} 部；条文新增 ${t.added}，修改 ${t.changed}，删除 ${t.removed}（${(result.ms / 1000).toFixed(1)} 秒）`,
  )
  if (dryRun) console.log('试运行：没有写入任何内容。')
  else if (result.buildId !== undefined) console.log('已加入网站发布队列：CMS 运行时会自动重新生成网站（也可运行 npm run publish）。')
  if (result.failed.length) {
    console.error(`\n有 ${result.failed.length} 个文件未能导入：`)
    for (const f of result.failed) console.error(`  ${f.file}：${f.reason}`)
    process.exitCode = 1
  }
})

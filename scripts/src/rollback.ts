/**
 * npm run rollback [-- BUILD_NAME] — serves the previous build again, instantly (one symlink
 * rename; the static server and nginx follow the link). `npm run rollback -- --list` lists builds.
 * The CMS shows the change in 网站发布记录 (the live row is wherever the link points).
 * Run `npm run publish` (or publish anything) to go forward again.
 */
import { buildsRoot } from '@lawpoint/cms/publishing/paths'
import { currentLive, listBuilds, rollback } from '@lawpoint/cms/publishing/switch'

const arg = process.argv[2]
const root = buildsRoot()
if (arg === '--list') {
  const live = currentLive(root)
  for (const b of listBuilds(root)) console.log(`${b === live ? '→' : ' '} ${b}`)
  process.exit(0)
}
try {
  const { from, to } = rollback(root, arg)
  console.log(`已回滚：线上网站从 ${from ?? '（无）'} 切换到 ${to}（${root}/live）`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

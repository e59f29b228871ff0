/**
 * npm run seed [-- --demo] — migrate, then fill the database with the demo content. Safe to run again.
 * The demo logins (public passwords) only with --demo or LAWPOINT_DEMO=true, and never under NODE_ENV=production.
 */
import { runScript } from '../lib/localPayload'
import { printDemoLogins } from '../seed/demoUsers'
import { seed } from '../seed/run'
import { env } from '../env'

const demoAccounts = env.LAWPOINT_DEMO || process.argv.includes('--demo')
if (demoAccounts && env.NODE_ENV === 'production') {
  console.error('NODE_ENV=production 时不能创建演示账号（其密码是公开的）。请在后台创建正式账号。')
  process.exit(1)
}

runScript(async (payload) => {
  const started = Date.now()
  const { created } = await seed(payload, (msg) => payload.logger.info(msg), { demoAccounts })
  const total = Object.values(created).reduce((a, b) => a + b, 0)
  payload.logger.info(
    total ? `已写入演示内容 ${total} 条：${JSON.stringify(created)}（${((Date.now() - started) / 1000).toFixed(1)} 秒）` : '演示内容已存在，未作改动',
  )
  if (demoAccounts) printDemoLogins(`${env.cmsUrl}/admin`)
  else payload.logger.info('未创建演示账号（需要时加 --demo）。首次打开后台时创建管理员账号。')
})

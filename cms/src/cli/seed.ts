/** npm run seed — migrate, then fill the database with the demo content. Safe to run again. */
import { runScript } from '../lib/localPayload'
import { printDemoLogins } from '../seed/demoUsers'
import { seed } from '../seed/run'
import { env } from '../env'

runScript(async (payload) => {
  const started = Date.now()
  const { created } = await seed(payload, (msg) => payload.logger.info(msg))
  const total = Object.values(created).reduce((a, b) => a + b, 0)
  payload.logger.info(
    total ? `已写入演示内容 ${total} 条：${JSON.stringify(created)}（${((Date.now() - started) / 1000).toFixed(1)} 秒）` : '演示内容已存在，未作改动',
  )
  printDemoLogins(`${env.cmsUrl}/admin`)
})

import type { Role } from '@lawpoint/content-types'

/**
 * One demo login per role, with public passwords: created only for a local demo (`npm start`, or `npm run seed -- --demo`),
 * never under NODE_ENV=production, and a production CMS refuses to start while one of them still works.
 */
export const demoUsers: { email: string; password: string; name: string; role: Role; collectionPointName?: string }[] = [
  { email: 'admin@lawpoint.local', password: 'lawpoint-admin', name: '系统管理员', role: 'admin' },
  { email: 'editor@lawpoint.local', password: 'lawpoint-editor', name: '宣传干事 李敏', role: 'editor' },
  { email: 'volunteer@lawpoint.local', password: 'lawpoint-volunteer', name: '志愿者 陈晓', role: 'volunteer' },
  {
    email: 'liaison@lawpoint.local',
    password: 'lawpoint-liaison',
    name: '英南村联络员 吴建华',
    role: 'liaison',
    collectionPointName: '英南',
  },
]

export function printDemoLogins(adminUrl: string, log: (line: string) => void = console.log): void {
  log(`后台 ${adminUrl} 演示账号：`)
  for (const u of demoUsers) log(`  ${u.role.padEnd(9)} ${u.email.padEnd(26)} 密码 ${u.password}`)
}

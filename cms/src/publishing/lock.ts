/**
 * One build at a time across processes (the CMS's job runner, `npm run publish`, the benchmark):
 * an exclusive lock file holding the owner's pid; a lock left by a dead process is taken over.
 */
import fs from 'node:fs'
import path from 'node:path'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export async function withBuildLock<T>(root: string, work: () => Promise<T>, timeoutMs = 60 * 60_000): Promise<T> {
  fs.mkdirSync(root, { recursive: true })
  const file = path.join(root, '.build.lock')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' })
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const owner = Number(fs.readFileSync(file, 'utf8').trim())
      if (!owner || !alive(owner)) {
        fs.rmSync(file, { force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`等待其他构建结束超时（进程 ${owner} 持有 ${file}）`)
      await new Promise((r) => setTimeout(r, 300))
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(file, { force: true })
  }
}

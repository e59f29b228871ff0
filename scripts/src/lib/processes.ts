import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

export const repoRoot = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '')

/** Runs a command to completion, streaming its output; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: repoRoot, ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} 失败（退出码 ${code ?? signal}）`)),
    )
  })
}

/** Prints elapsed time every few seconds while a long step runs, so nobody thinks it hung. */
export async function withProgress<T>(label: string, work: () => Promise<T>, everySeconds = 15): Promise<T> {
  const started = Date.now()
  console.log(`▶ ${label}…`)
  const timer = setInterval(() => console.log(`  …${label}，已用 ${Math.round((Date.now() - started) / 1000)} 秒`), everySeconds * 1000)
  try {
    const result = await work()
    console.log(`✔ ${label}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`)
    return result
  } finally {
    clearInterval(timer)
  }
}

/** Polls a URL until it answers below 500. */
export async function waitForHttp(url: string, timeoutMs = 120_000, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url} 的服务进程已退出（退出码 ${child.exitCode}）`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (res.status < 500) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} 在 ${timeoutMs / 1000} 秒内没有响应`)
}

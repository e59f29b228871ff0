/**
 * The warm build server (site/src/build-server.mjs), from the runner's side: started on the first build, kept
 * between builds, so an edit does not pay for Node, Astro and the Vite bundle again. One per process (the last
 * builds folder used): a build for another folder, a code change, a failed build or an abort ends it, and
 * the next build starts a fresh one. The runner falls back to a plain `astro build` if it fails.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { siteRoot } from './paths'

type Reply = { id: string; ok: boolean; error?: string; stale?: boolean }

let server: { child: ChildProcess; root: string; log: (line: string) => void } | undefined
let builds = 0

function start(root: string, env: NodeJS.ProcessEnv): NonNullable<typeof server> {
  // spawn with an IPC channel rather than fork: Next's bundler takes fork's first argument for a module to bundle.
  const child = spawn(process.execPath, ['--expose-gc', path.join(siteRoot, 'src/build-server.mjs')], {
    cwd: siteRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const s = { child, root, log: (_line: string) => {} }
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) s.log(line)
  }
  child.stdout?.on('data', onData)
  child.stderr?.on('data', onData)
  const gone = () => {
    if (server === s) server = undefined
  }
  child.on('exit', gone)
  // A process that could not start (no memory, no such file): the build waiting on it fails, the CMS stays up.
  child.on('error', gone)
  return s
}

/** Ends the warm server (tests, shutdown); the next build starts another. */
export function stopWarmServer(): void {
  server?.child.kill('SIGTERM')
  server = undefined
}

/** Keeps the process alive only while a build is in flight: an idle warm server never holds up an exit. */
function hold(child: ChildProcess, on: boolean) {
  for (const h of [child, child.channel, child.stdout, child.stderr] as ({ ref?(): void; unref?(): void } | null | undefined)[]) {
    if (on) h?.ref?.()
    else h?.unref?.()
  }
}

/**
 * One build in the warm server: `env` is the build's environment (the same a cold `astro build` gets).
 * Rejects if the build fails, with the build's error; the server is then ended.
 */
export async function warmBuild(root: string, env: NodeJS.ProcessEnv, log: (line: string) => void, signal?: AbortSignal): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    if (server && server.root !== root) stopWarmServer()
    server ??= start(root, env)
    const s = server
    s.log = log
    const id = `${process.pid}-${++builds}`
    const vars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'))
    hold(s.child, true)
    try {
      const reply = await new Promise<Reply>((resolve, reject) => {
        const onMessage = (m: Reply) => m.id === id && done(() => resolve(m))
        const onExit = (code: number | null) => done(() => reject(new Error(`热构建进程已退出（${code}）`)))
        const onError = (error: Error) => done(() => reject(new Error(`热构建进程无法启动：${error.message}`)))
        const onAbort = () => done(() => reject(new Error('构建已中止')))
        const done = (settle: () => void) => {
          s.child.off('message', onMessage)
          s.child.off('exit', onExit)
          s.child.off('error', onError)
          signal?.removeEventListener('abort', onAbort)
          settle()
        }
        s.child.on('message', onMessage)
        s.child.on('exit', onExit)
        s.child.on('error', onError)
        signal?.addEventListener('abort', onAbort, { once: true })
        s.child.send({ id, env: vars })
      })
      if (reply.stale && attempt === 0) {
        log('网站代码已更新：重新启动构建进程')
        stopWarmServer()
        continue
      }
      if (!reply.ok) throw new Error(reply.error ?? '构建失败')
      return
    } catch (error) {
      if (server === s) stopWarmServer()
      throw error
    } finally {
      s.log = () => {}
      hold(s.child, false)
    }
  }
}
